package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * "What is next and who it waits for" on the start page per role, the samenwerking page and the API, with the real
 * modules' {@link Werkvoorraad} beans (positions, steps, accounts): what each samenwerking waits for follows from
 * what the parties did, made through the API. Also what a reader may see of it: who has no position yet is not
 * shown to another party or a council member (the positions page does not show them either).
 */
@SamenspelTest
@Import(VolgendeStapPaginaTest.Nep.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VolgendeStapPaginaTest {

    private static final Logger LOG = LoggerFactory.getLogger(VolgendeStapPaginaTest.class);

    /** A municipality no other test uses, with its own civil servant: what it must do depends on this test only. */
    static final String VENRAY = "GM0984";

    static final String AMBTENAAR_VENRAY = "ambtenaar-venray";

    /** A municipality without an account (no test makes one for it). */
    static final String DEVENTER = "GM0150";

    /** Statements prepared on the application's connections, by any thread. */
    static final AtomicLong STATEMENTS = new AtomicLong();

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    Samenwerkingen samenwerkingen;

    @org.springframework.beans.factory.annotation.Autowired
    VolgendeStappen volgendeStappen;

    @org.springframework.beans.factory.annotation.Autowired
    SamenwerkingRepository repository;

    @org.springframework.beans.factory.annotation.Autowired
    AccountService accounts;

    @TestConfiguration
    static class Nep {
        @Bean
        static BeanPostProcessor tellendeDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String naam) {
                    return bean instanceof DataSource ds ? tellend(ds) : bean;
                }
            };
        }
    }

    /** Zeist and De Bilt must each record their position; Bunnik filled in and shared its own. */
    private long metPosities() {
        return metPosities(TestSamenwerkingen.uniek("Samenwerking"));
    }

    private long metPosities(String titel) {
        Http.Antwoord a = Http.api(port, TestAccounts.REGISSEUR)
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                titel,
                                "omschrijving",
                                "Samen de belastingen uitvoeren.",
                                "gemeenten",
                                List.of(TestAccounts.ZEIST, TestAccounts.DE_BILT, TestAccounts.BUNNIK)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        long id = a.json().path("id").asLong();
        positie(id, TestAccounts.AMBTENAAR_BUNNIK, TestAccounts.BUNNIK, true);
        return id;
    }

    /** {@code gebruiker} records the position of its municipality {@code code} through the API. */
    private void positie(long id, String gebruiker, String code, boolean gedeeld) {
        Http.Antwoord p = Http.api(port, gebruiker)
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/posities/" + code,
                        Map.of("watWillenWij", "Samen sterker in de uitvoering", "gedeeld", gedeeld),
                        null);
        assertThat(p.status()).as(p.body()).isEqualTo(201);
    }

    private void venray() {
        if (!accounts.bestaat(AMBTENAAR_VENRAY)) {
            accounts.maakMetOpenbaarWachtwoord(new NieuwAccount(
                    AMBTENAAR_VENRAY,
                    "Test Ambtenaar (Venray)",
                    TestAccounts.WACHTWOORD,
                    Set.of(Rol.AMBTENAAR),
                    VENRAY));
        }
    }

    /** The keys of what is open, as "sleutel gemeente", in order, as {@code gebruiker} gets them from the API. */
    private List<String> open(String gebruiker, long id) {
        Http.Antwoord a = Http.api(port, gebruiker).get("/api/v1/samenwerkingen/" + id + "/volgende-stap");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<String> uit = new java.util.ArrayList<>();
        a.json()
                .path("open")
                .forEach(p -> uit.add(
                        p.path("fase").asString() + " " + p.path("sleutel").asString()
                                + (p.path("gemeenteCode").isNull()
                                                || p.path("gemeenteCode").isMissingNode()
                                        ? ""
                                        : " " + p.path("gemeenteCode").asString())));
        return uit;
    }

    @Test
    void deRegisseurZietPerSamenwerkingDeVolgendeStapEnOpWieHijWacht() {
        long id = metPosities();
        String pagina = Http.browser(port, TestAccounts.REGISSEUR).get("/").body();

        String kaart = kaart(pagina, id);
        assertThat(kaart)
                .contains("Volgende stap:")
                .contains("href=\"/samenwerkingen/" + id + "/posities/" + TestAccounts.ZEIST + "\"")
                .contains("Wacht op:")
                .contains("Zeist")
                .contains("De Bilt");
        assertThat(kaart.substring(kaart.indexOf("Wacht op:"))).doesNotContain("Bunnik");
        assertThat(pagina).doesNotContain("(0)").doesNotContain("Wat uw gemeente nog moet doen");
    }

    @Test
    void eenNieuweSamenwerkingBegintMetDePositiesEnDaarnaDeAccountsNietMetEenFasewijziging() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, DEVENTER);

        // The method wants the positions first; the regisseur may record Deventer's on its behalf while it has no
        // account, and asks one for it. Nothing of a later phase, and never "nothing is missing".
        assertThat(open(TestAccounts.REGISSEUR, id))
                .containsExactly(
                        "VERKENNEN verkenning.werk.positie-invullen " + TestAccounts.ZEIST,
                        "VERKENNEN verkenning.werk.positie-invullen " + DEVENTER,
                        "VERKENNEN samenwerking.werk.account-aanvragen",
                        "ONDERHANDELEN stappen.werk.inhoud",
                        "ONDERHANDELEN stappen.werk.inhoud",
                        "ONDERHANDELEN stappen.werk.inhoud",
                        "ONDERHANDELEN stappen.werk.inhoud");
        String kaart = kaart(Http.browser(port, TestAccounts.REGISSEUR).get("/").body(), id);
        assertThat(kaart)
                .contains("De positie van Zeist invullen")
                .contains("href=\"/samenwerkingen/" + id + "/posities/" + TestAccounts.ZEIST + "\"")
                .contains("de regisseur (")
                .contains("Deventer")
                .doesNotContain("#fase-titel")
                .doesNotContain("ontbreekt niets");
    }

    @Test
    void alsIederePartijHaarPositieHeeftIsDeFaseDeVolgendeStapZonderTeZeggenDatNietsOntbreekt() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, TestAccounts.DE_BILT);
        positie(id, TestAccounts.AMBTENAAR_ZEIST, TestAccounts.ZEIST, false);
        assertThat(kaart(Http.browser(port, TestAccounts.REGISSEUR).get("/").body(), id))
                .contains("href=\"/samenwerkingen/" + id + "/posities/" + TestAccounts.DE_BILT + "\"");

        positie(id, TestAccounts.AMBTENAAR_DE_BILT, TestAccounts.DE_BILT, false);
        String kaart = kaart(Http.browser(port, TestAccounts.REGISSEUR).get("/").body(), id);
        // Nothing guards Onderhandelen, so "nothing is missing any more" would be an untrue claim about it.
        assertThat(kaart)
                .contains(
                        "Rond de fase \u201eVerkennen\u201d af en zet de samenwerking daarna door naar \u201eOnderhandelen\u201d.")
                .contains("href=\"/samenwerkingen/" + id + "#fase-titel\"")
                .contains("de regisseur (")
                .doesNotContain("ontbreekt niets");
    }

    @Test
    void wieNogGeenPositieHeeftZienAlleenDeRegisseurEnDieGemeenteZelf() {
        long id = metPosities();
        positie(id, TestAccounts.AMBTENAAR_DE_BILT, TestAccounts.DE_BILT, false);
        String api = "/api/v1/samenwerkingen/" + id;

        // The positions page shows De Bilt "not shared" for Zeist's missing position and for its own concept alike.
        String posities = Http.browser(port, TestAccounts.AMBTENAAR_DE_BILT)
                .get("/samenwerkingen/" + id + "/posities")
                .body();
        assertThat(posities).contains("Nog niet gedeeld").doesNotContain("Nog niet ingevuld");

        // The steps to discuss later are public (the step pages show every reader who discussed what).
        List<String> later = List.of(
                "ONDERHANDELEN stappen.werk.inhoud",
                "ONDERHANDELEN stappen.werk.inhoud",
                "ONDERHANDELEN stappen.werk.inhoud",
                "ONDERHANDELEN stappen.werk.inhoud");
        assertThat(open(TestAccounts.REGISSEUR, id))
                .startsWith("VERKENNEN verkenning.werk.positie-invullen " + TestAccounts.ZEIST)
                .endsWith(later.toArray(String[]::new))
                .hasSize(5);
        assertThat(open(TestAccounts.AMBTENAAR_ZEIST, id))
                .startsWith("VERKENNEN verkenning.werk.positie-invullen " + TestAccounts.ZEIST)
                .hasSize(5);
        for (String ander : List.of(TestAccounts.AMBTENAAR_DE_BILT, TestAccounts.RAADSLID_ZEIST)) {
            Http.Antwoord v = Http.api(port, ander).get(api + "/volgende-stap");
            assertThat(open(ander, id))
                    .as(ander)
                    .startsWith("VERKENNEN volgende.elders")
                    .endsWith(later.toArray(String[]::new))
                    .hasSize(5);
            assertThat(v.json().path("wachtOp").size()).as(ander).isZero();
            assertThat(v.body()).as(ander).doesNotContain("/posities/" + TestAccounts.ZEIST);
            String pagina =
                    Http.browser(port, ander).get("/samenwerkingen/" + id).body();
            assertThat(pagina)
                    .as(ander)
                    .contains("In de fase \u201eVerkennen\u201d is nog werk te doen door anderen.")
                    .doesNotContain("/posities/" + TestAccounts.ZEIST + "\"")
                    .doesNotContain("Wacht op:");
        }
        assertThat(kaart(
                        Http.browser(port, TestAccounts.AMBTENAAR_DE_BILT)
                                .get("/")
                                .body(),
                        id))
                .doesNotContain("Zeist invullen")
                .doesNotContain("Wacht op:");
    }

    @Test
    void welkePartijGeenAccountHeeftZienAndereDeelnemersNiet() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, DEVENTER);

        assertThat(open(TestAccounts.REGISSEUR, id)).contains("VERKENNEN samenwerking.werk.account-aanvragen");
        assertThat(open(TestAccounts.AMBTENAAR_ZEIST, id))
                .startsWith("VERKENNEN verkenning.werk.positie-invullen " + TestAccounts.ZEIST)
                .doesNotContain("VERKENNEN samenwerking.werk.account-aanvragen");
        assertThat(open(TestAccounts.RAADSLID_ZEIST, id))
                .startsWith("VERKENNEN volgende.elders")
                .doesNotContain("VERKENNEN samenwerking.werk.account-aanvragen");
        assertThat(Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                        .get("/api/v1/samenwerkingen/" + id + "/volgende-stap")
                        .body())
                .doesNotContain("Deventer")
                .doesNotContain(DEVENTER);
    }

    @Test
    void eenAmbtenaarZietWatZijnGemeenteMoetDoenMetEenLinkNaarDePagina() {
        long id = metPosities();
        for (String gebruiker : List.of(TestAccounts.AMBTENAAR_ZEIST, TestAccounts.BESTUURDER_ZEIST)) {
            String pagina = Http.browser(port, gebruiker).get("/").body();
            int taken = pagina.indexOf("Wat uw gemeente nog moet doen");
            int mijn = pagina.indexOf("Mijn samenwerkingen");
            assertThat(taken).as(gebruiker).isPositive().isLessThan(mijn);
            assertThat(pagina.substring(taken, mijn))
                    .contains("href=\"/samenwerkingen/" + id + "\"")
                    .contains("href=\"/samenwerkingen/" + id + "/posities/" + TestAccounts.ZEIST + "\"")
                    .doesNotContain("/posities/" + TestAccounts.DE_BILT)
                    .doesNotContain("Uw gemeente hoeft nu niets te doen");
        }
    }

    @Test
    void eenAmbtenaarVanEenGemeenteDieHaarWerkDeedHoeftNietsTeDoen() {
        venray();
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, VENRAY);
        String voor = Http.browser(port, AMBTENAAR_VENRAY).get("/").body();
        assertThat(voor)
                .contains("Wat uw gemeente nog moet doen")
                .contains("href=\"/samenwerkingen/" + id + "/posities/" + VENRAY + "\"")
                .doesNotContain("Uw gemeente hoeft nu niets te doen.");

        positie(id, AMBTENAAR_VENRAY, VENRAY, true);
        String pagina = Http.browser(port, AMBTENAAR_VENRAY).get("/").body();

        assertThat(pagina)
                .contains("Wat uw gemeente nog moet doen")
                .contains("Uw gemeente hoeft nu niets te doen.")
                .doesNotContain("/posities/" + VENRAY)
                .doesNotContain("(0)");
    }

    @Test
    void eenRaadslidKrijgtGeenTakenEnGeenVolgendeStap() {
        long id = metPosities();
        String pagina = Http.browser(port, TestAccounts.RAADSLID_ZEIST).get("/").body();

        assertThat(pagina)
                .contains("/samenwerkingen/" + id + "\"")
                .doesNotContain("Wat uw gemeente nog moet doen")
                .doesNotContain("Volgende stap:");
    }

    @Test
    void deSamenwerkingspaginaLeestVanBovenNaarBeneden() {
        long id = metPosities();
        String pagina = Http.browser(port, TestAccounts.REGISSEUR)
                .get("/samenwerkingen/" + id)
                .body();

        int wat = pagina.indexOf("Wat is deze samenwerking");
        int stand = pagina.indexOf("Waar staat zij");
        int volgende = pagina.indexOf("Wat is de volgende stap");
        int fase = pagina.indexOf("id=\"fase-titel\"");
        assertThat(wat).isPositive();
        assertThat(stand).isGreaterThan(wat);
        assertThat(volgende).isGreaterThan(stand);
        assertThat(fase).isGreaterThan(volgende);
        assertThat(pagina.substring(wat, stand))
                .contains("Samen de belastingen uitvoeren.")
                .contains("Bunnik");
        assertThat(pagina.substring(volgende, fase))
                .contains("href=\"/samenwerkingen/" + id + "/posities/" + TestAccounts.ZEIST + "\"")
                .contains("Alles wat nog openstaat");

        String ambtenaar = Http.browser(port, TestAccounts.AMBTENAAR_DE_BILT)
                .get("/samenwerkingen/" + id)
                .body();
        assertThat(ambtenaar)
                .contains("Wat u hier moet doen:")
                .contains("href=\"/samenwerkingen/" + id + "/posities/" + TestAccounts.DE_BILT + "\"")
                .doesNotContain("id=\"fase-titel\"");
    }

    @Test
    void deApiGeeftDeVolgendeStapEnWatDeVragerZelfMoetDoen() {
        long id = metPosities();

        Http.Antwoord regisseur =
                Http.api(port, TestAccounts.REGISSEUR).get("/api/v1/samenwerkingen/" + id + "/volgende-stap");
        assertThat(regisseur.status()).as(regisseur.body()).isEqualTo(200);
        assertThat(regisseur.json().path("volgende").path("gemeenteCode").asString())
                .isEqualTo(TestAccounts.ZEIST);
        assertThat(regisseur.json().path("wachtOp").size()).isEqualTo(2);
        assertThat(regisseur.json().path("wachtOp").get(1).path("naam").asString())
                .isEqualTo("De Bilt");
        // The regisseur must do (or see done) everything open: the two positions first, the steps later.
        assertThat(open(TestAccounts.REGISSEUR, id))
                .startsWith(
                        "VERKENNEN verkenning.werk.positie-invullen " + TestAccounts.ZEIST,
                        "VERKENNEN verkenning.werk.positie-invullen " + TestAccounts.DE_BILT);
        assertThat(regisseur.json().path("voorU").size())
                .isEqualTo(regisseur.json().path("open").size());

        Http.Antwoord ambtenaar =
                Http.api(port, TestAccounts.AMBTENAAR_DE_BILT).get("/api/v1/samenwerkingen/" + id + "/volgende-stap");
        assertThat(ambtenaar.json().path("voorU").size()).isEqualTo(1);
        assertThat(ambtenaar.json().path("voorU").get(0).path("pad").asString())
                .isEqualTo("/samenwerkingen/" + id + "/posities/" + TestAccounts.DE_BILT);
        // Only its own missing position: whether Zeist has one is not De Bilt's to know.
        assertThat(ambtenaar.body()).doesNotContain("/posities/" + TestAccounts.ZEIST);
        assertThat(ambtenaar.json().path("wachtOp").size()).isEqualTo(1);
        assertThat(ambtenaar.json().path("wachtOp").get(0).path("naam").asString())
                .isEqualTo("De Bilt");

        Http.Antwoord raadslid =
                Http.api(port, TestAccounts.RAADSLID_ZEIST).get("/api/v1/samenwerkingen/" + id + "/volgende-stap");
        assertThat(raadslid.status()).isEqualTo(200);
        assertThat(raadslid.json().path("voorU").size()).isZero();
        assertThat(raadslid.json().path("wachtOp").size()).isZero();
        assertThat(raadslid.json().path("volgende").path("sleutel").asString()).isEqualTo("volgende.elders");

        // Utrecht does not take part: not found, nothing revealed.
        long ander = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, TestAccounts.BUNNIK);
        assertThat(Http.api(port, TestAccounts.AMBTENAAR_DE_BILT)
                        .get("/api/v1/samenwerkingen/" + ander + "/volgende-stap")
                        .status())
                .isEqualTo(404);

        Http.Antwoord taken = Http.api(port, TestAccounts.AMBTENAAR_DE_BILT).get("/api/v1/mijn-taken");
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.body()).contains("/samenwerkingen/" + id + "/posities/" + TestAccounts.DE_BILT);
        assertThat(Http.api(port, TestAccounts.RAADSLID_ZEIST)
                        .get("/api/v1/mijn-taken")
                        .json()
                        .path("samenwerkingen")
                        .size())
                .isZero();
    }

    @Test
    void eenFasewijzigingZegtWelkeFaseHetNuIs() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, TestAccounts.DE_BILT);
        Http regisseur = Http.browser(port, TestAccounts.REGISSEUR);
        regisseur.get("/samenwerkingen/" + id);
        Http.Antwoord a = regisseur.formulier(
                "/samenwerkingen/" + id + "/fase", "versie=0", "fase=ONDERHANDELEN", "reden=We beginnen alvast");
        assertThat(a.status()).as(a.body()).isEqualTo(302);
        String terug = a.header("Location");
        assertThat(regisseur
                        .get(terug.substring(terug.indexOf("/samenwerkingen/")))
                        .body())
                .contains("De samenwerking is nu in de fase \u201eOnderhandelen\u201d.")
                .doesNotContain("De wijzigingen zijn opgeslagen");
    }

    @Test
    void eenSpanningOfOefeningVerwijderenZegtWatErIsVerwijderd() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http.Antwoord oefening =
                Http.api(port, TestAccounts.REGISSEUR).postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(oefening.status()).as(oefening.body()).isEqualTo(201);
        long id = oefening.json().path("id").asLong();
        var spanning = Http.api(port, TestAccounts.REGISSEUR)
                .get("/api/v1/samenwerkingen/" + id + "/spanningen")
                .json()
                .path("spanningen")
                .get(0);
        Http regisseur = Http.browser(port, TestAccounts.REGISSEUR);
        regisseur.get("/samenwerkingen/" + id + "/stappen/spanningen");
        Http.Antwoord weg = regisseur.formulier(
                "/samenwerkingen/" + id + "/stappen/spanningen/"
                        + spanning.path("id").asLong() + "/verwijderen",
                "versie=" + spanning.path("versie").asLong());
        assertThat(weg.status()).as(weg.body()).isEqualTo(302);
        assertThat(regisseur.get(pad(weg)).body())
                .contains("De spanning is uit het register verwijderd.")
                .doesNotContain("Opgeslagen.");

        long versie = Http.api(port, TestAccounts.REGISSEUR)
                .get("/api/v1/samenwerkingen/" + id)
                .json()
                .path("versie")
                .asLong();
        regisseur.get("/samenwerkingen/" + id);
        Http.Antwoord verwijderd =
                regisseur.formulier("/samenwerkingen/" + id + "/oefening-verwijderen", "versie=" + versie);
        assertThat(verwijderd.status()).as(verwijderd.body()).isEqualTo(302);
        assertThat(regisseur.get(pad(verwijderd)).body()).contains("De oefensamenwerking is verwijderd.");
    }

    /** The path a redirect leads to. */
    private static String pad(Http.Antwoord redirect) {
        String locatie = redirect.header("Location");
        return locatie.startsWith("http") ? locatie.substring(locatie.indexOf('/', "http://".length())) : locatie;
    }

    @Test
    void deStartpaginaMetTienSamenwerkingenKostGeenQueryStorm() {
        String naam = TestAccounts.REGISSEUR;
        List<Samenwerking> tien = new java.util.ArrayList<>();
        for (int i = 0; i < TIEN; i++) {
            tien.add(repository.vind(metPosities()).orElseThrow());
        }
        Http regisseur = Http.browser(port, naam);
        regisseur.get("/");
        long voor = STATEMENTS.get();
        String pagina = regisseur.get("/").body();
        long kosten = STATEMENTS.get() - voor;
        assertThat(pagina).contains("Volgende stap:");

        // The next steps alone, for the same ten: with open punten, and without (then the phase change is next).
        voor = STATEMENTS.get();
        List<VolgendeStap> metPunten = volgendeStappen.van(tien);
        long stappen = STATEMENTS.get() - voor;
        assertThat(metPunten).allSatisfy(v -> assertThat(v.volgende()).isNotNull());
        venray();
        List<Samenwerking> klaar = new java.util.ArrayList<>();
        for (int i = 0; i < TIEN; i++) {
            long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.BUNNIK, VENRAY);
            positie(id, TestAccounts.AMBTENAAR_BUNNIK, TestAccounts.BUNNIK, true);
            positie(id, AMBTENAAR_VENRAY, VENRAY, true);
            klaar.add(repository.vind(id).orElseThrow());
        }
        voor = STATEMENTS.get();
        List<VolgendeStap> fasen = volgendeStappen.van(klaar);
        long faseStappen = STATEMENTS.get() - voor;
        assertThat(fasen)
                .allSatisfy(v -> assertThat(String.valueOf(v.volgende())).contains("#fase-titel"));
        LOG.info(
                "event=meting startpagina={} volgende-stappen={} zonder-punten={} samenwerkingen={}",
                kosten,
                stappen,
                faseStappen,
                TIEN);
        System.out.println("meting: startpagina met " + TIEN + " samenwerkingen: " + kosten
                + " statements; volgende stappen: " + stappen + " (met open punten), " + faseStappen
                + " (zonder)");
        // Fixed costs (session, lists, counts) plus a few per samenwerking (check status); each module's
        // Werkvoorraad reads in bulk for the whole list, and the regisseur's name is read once, not once per
        // samenwerking.
        assertThat(kosten).as("statements voor één startpagina").isLessThan(STARTPAGINA);
        assertThat(stappen).as("statements voor tien volgende stappen").isLessThan(VOLGENDE);
        assertThat(faseStappen).as("statements voor tien faseovergangen").isLessThan(VOLGENDE);
    }

    private static final int TIEN = 10;
    /** Measured 46 with the bulk reads (91 before, when each module read per samenwerking). */
    private static final long STARTPAGINA = 50;
    /** Measured 5 and 7: a few per module for the whole list, not per samenwerking (50 before). */
    private static final long VOLGENDE = 10;

    @Test
    @Order(1)
    void deStartpaginasEnDeSamenwerkingspaginaZijnToegankelijkPerRol() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, "GM0193", TestAccounts.ZEIST);
        long id = metPosities("Belastingen samen heffen");
        try (Browser browser = new Browser(port)) {
            browser.inloggen(TestAccounts.REGISSEUR);
            assertThat(browser.tekst())
                    .contains("Volgende stap:")
                    .contains("Wacht op:")
                    .contains("De positie van Zeist invullen");
            browser.controleer();
            browser.screenshot("eerste-uur-01-start-regisseur");
            browser.open("/samenwerkingen/" + id);
            assertThat(browser.tekst())
                    .contains("Wat is deze samenwerking")
                    .contains("Waar staat zij")
                    .contains("Wat is de volgende stap");
            browser.controleer();
            browser.screenshot("eerste-uur-02-samenwerking-volgende-stap");
        }
        try (Browser browser = new Browser(port)) {
            browser.inloggen(TestAccounts.AMBTENAAR_ZEIST);
            assertThat(browser.tekst())
                    .contains("Wat uw gemeente nog moet doen")
                    .contains("De positie van Zeist invullen");
            browser.controleer();
            browser.screenshot("eerste-uur-07-start-ambtenaar");
            browser.open("/samenwerkingen/" + id);
            assertThat(browser.tekst()).contains("Wat u hier moet doen:");
            browser.controleer();
        }
        try (Browser browser = new Browser(port)) {
            browser.inloggen(TestAccounts.BESTUURDER_ZEIST);
            assertThat(browser.tekst()).contains("Wat uw gemeente nog moet doen");
            browser.controleer();
            browser.screenshot("start-bestuurder");
            browser.open("/samenwerkingen/" + id);
            browser.controleer();
        }
        venray();
        long venray = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, VENRAY);
        positie(venray, AMBTENAAR_VENRAY, VENRAY, true);
        try (Browser browser = new Browser(port)) {
            browser.inloggen(AMBTENAAR_VENRAY);
            assertThat(browser.tekst()).contains("Uw gemeente hoeft nu niets te doen.");
            browser.controleer();
        }
    }

    /** The card of samenwerking {@code id} on a start page. */
    private static String kaart(String pagina, long id) {
        int begin = pagina.indexOf("href=\"/samenwerkingen/" + id + "\"");
        assertThat(begin).as("kaart van " + id).isPositive();
        int eind = pagina.indexOf("class=\"samenspel-card\"", begin);
        return pagina.substring(begin, eind < 0 ? pagina.length() : eind);
    }

    /** A DataSource that counts every statement prepared on its connections. */
    static DataSource tellend(DataSource echt) {
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, methode, args) -> {
                    Object resultaat = aanroep(echt, methode, args);
                    if (resultaat instanceof Connection verbinding) {
                        return Proxy.newProxyInstance(
                                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                                    if (m.getName().equals("prepareStatement")
                                            || m.getName().equals("createStatement")
                                            || m.getName().equals("prepareCall")) {
                                        STATEMENTS.incrementAndGet();
                                    }
                                    return aanroep(verbinding, m, a);
                                });
                    }
                    return resultaat;
                });
    }

    private static Object aanroep(Object doel, java.lang.reflect.Method methode, Object[] args) throws Throwable {
        try {
            return methode.invoke(doel, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
