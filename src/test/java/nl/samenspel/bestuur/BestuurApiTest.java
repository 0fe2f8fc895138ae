package nl.samenspel.bestuur;

import static nl.samenspel.support.TestAccounts.BUNNIK;
import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.UTRECHT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The governance designer through the API (issue 12 points 3, 5 and 7): the proposal per chosen form and adopting
 * it once, bodies and seats with versions and audit, bad input refused in Dutch with nothing stored, only the
 * regisseur writes, the chart as SVG, and the accounts on the execution line.
 */
@SamenspelTest
class BestuurApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService rekeningen;

    /**
     * A director account of its own: the shared {@code uitvoerder} must stay without seats, because other tests
     * check that an uitvoerder without a seat sees nothing.
     */
    private String directeur() {
        String naam = TestSamenwerkingen.uniek("directeur").toLowerCase(java.util.Locale.ROOT);
        rekeningen.maak(new NieuwAccount(naam, "Dirk Directeur", "samenspel", java.util.Set.of(Rol.UITVOERDER), null));
        return naam;
    }

    @Autowired
    Organen organen;

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    void kiesVorm(long id, String vorm) {
        kiesVorm(port, id, vorm);
    }

    /** Opens the form step and chooses {@code vorm}, as the regisseur, through the form module's API. */
    static void kiesVorm(int port, long id, String vorm) {
        Http r = Http.api(port, "regisseur");
        Http.Antwoord open = r.postJson(pad(id) + "/stappen/vorm/ontgrendeling", Map.of("reden", "Voor de test"));
        assertThat(open.status()).as(open.body()).isIn(201, 409);
        String etag = r.get(pad(id) + "/vormbesluit").header("ETag");
        Http.Antwoord gekozen = r.putJson(pad(id) + "/vormbesluit", Map.of("vorm", vorm, "motivering", "Test"), etag);
        assertThat(gekozen.status()).as(gekozen.body()).isEqualTo(200);
    }

    long orgaan(long id, String naam, String lijn) {
        Http.Antwoord a =
                Http.api(port, "regisseur").postJson(pad(id) + "/organen", Map.of("naam", naam, "lijn", lijn));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    static List<String> namen(JsonNode organen) {
        List<String> uit = new ArrayList<>();
        organen.path("organen").forEach(o -> uit.add(o.path("naam").asString()));
        return uit;
    }

    @Test
    void hetVoorstelVolgtUitDeGekozenVormEnOvernemenMaaktNietsDubbel() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");

        Http.Antwoord zonder = r.get(pad(id) + "/organen/voorstel");
        assertThat(zonder.status()).isEqualTo(200);
        assertThat(zonder.json().path("vorm").isNull()).isTrue();
        Http.Antwoord teVroeg = r.postJson(pad(id) + "/organen/voorstel", Map.of());
        assertThat(teVroeg.status()).as(teVroeg.body()).isEqualTo(409);
        assertThat(teVroeg.body()).contains("nog geen vorm");

        kiesVorm(id, "OPENBAAR_LICHAAM");
        JsonNode voorstel = r.get(pad(id) + "/organen/voorstel").json();
        assertThat(voorstel.path("vorm").asString()).isEqualTo("OPENBAAR_LICHAAM");
        List<String> soorten = new ArrayList<>();
        voorstel.path("organen").forEach(o -> soorten.add(o.path("soort").asString()));
        assertThat(soorten).contains("ALGEMEEN_BESTUUR", "DAGELIJKS_BESTUUR", "VOORZITTER", "OPDRACHTGEVERSOVERLEG");
        assertThat(voorstel.path("organen").get(0).path("wetsgrond").asString()).isEqualTo("Wgr art. 12");
        assertThat(voorstel.path("organen").get(0).path("aanwezig").asBoolean()).isFalse();

        // One body by hand first: adopting leaves it alone and adds the rest.
        Http.Antwoord ab = r.postJson(
                pad(id) + "/organen",
                Map.of("naam", "Ons algemeen bestuur", "lijn", "TOEZICHT", "soort", "ALGEMEEN_BESTUUR"));
        assertThat(ab.status()).as(ab.body()).isEqualTo(201);
        Http.Antwoord over = r.postJson(pad(id) + "/organen/voorstel", Map.of());
        assertThat(over.status()).as(over.body()).isEqualTo(200);
        assertThat(over.json().path("totaal").asInt()).isEqualTo(soorten.size());
        assertThat(namen(over.json()))
                .contains("Ons algemeen bestuur", "Dagelijks bestuur", "Voorzitter", "Opdrachtgeversoverleg")
                .doesNotContain("Algemeen bestuur");
        Http.Antwoord nogmaals = r.postJson(pad(id) + "/organen/voorstel", Map.of());
        assertThat(nogmaals.json().path("totaal").asInt()).isEqualTo(soorten.size());
        r.get(pad(id) + "/organen/voorstel")
                .json()
                .path("organen")
                .forEach(o -> assertThat(o.path("aanwezig").asBoolean()).isTrue());
    }

    @Test
    void eenContractKrijgtEenAccountoverlegPerGemeente() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT, BUNNIK);
        kiesVorm(id, "CONTRACT");
        Http.Antwoord over = Http.api(port, "regisseur").postJson(pad(id) + "/organen/voorstel", Map.of());
        assertThat(over.status()).as(over.body()).isEqualTo(200);
        List<String> gemeenten = new ArrayList<>();
        over.json().path("organen").forEach(o -> {
            assertThat(o.path("lijn").asString()).isEqualTo("KLANT");
            gemeenten.add(o.path("gemeente").asString());
        });
        assertThat(gemeenten).containsExactly(ZEIST, DE_BILT, BUNNIK);
    }

    @Test
    void orgaanEnZetelToevoegenWijzigenEnVerwijderenMetVersiesEnAudit() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord gemaakt =
                r.postJson(pad(id) + "/organen", Map.of("naam", "Algemeen bestuur", "lijn", "TOEZICHT"));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(gemaakt.header("ETag")).isEqualTo("\"1\"");
        String orgaan = pad(id) + "/organen/" + gemaakt.json().path("id").asLong();

        Map<String, Object> wijziging = Map.of("naam", "AB", "lijn", "TOEZICHT", "soort", "ALGEMEEN_BESTUUR");
        assertThat(r.putJson(orgaan, wijziging, null).status()).isEqualTo(428);
        assertThat(r.putJson(orgaan, wijziging, "\"7\"").status()).isEqualTo(412);
        Http.Antwoord gewijzigd = r.putJson(orgaan, wijziging, "\"1\"");
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.header("ETag")).isEqualTo("\"2\"");
        assertThat(r.get(orgaan).json().path("naam").asString()).isEqualTo("AB");

        Http.Antwoord zetel = r.postJson(
                orgaan + "/zetels",
                Map.of(
                        "persoon",
                        "Anna de Wit",
                        "gemeente",
                        ZEIST,
                        "rol",
                        "BESTUURLIJK",
                        "portefeuilles",
                        List.of("Financiën"),
                        "stemmen",
                        2,
                        "account",
                        "bestuurder1"));
        assertThat(zetel.status()).as(zetel.body()).isEqualTo(201);
        assertThat(zetel.json().path("inhoudelijk").asBoolean()).isFalse();
        assertThat(zetel.json().path("stemmen").asInt()).isEqualTo(2);
        String zetelPad = orgaan + "/zetels/" + zetel.json().path("id").asLong();

        Map<String, Object> jeugd = Map.of(
                "persoon", "Anna de Wit", "gemeente", ZEIST, "rol", "BESTUURLIJK", "portefeuilles", List.of("Jeugd"));
        assertThat(r.putJson(zetelPad, jeugd, "\"5\"").status()).isEqualTo(412);
        Http.Antwoord zetelGewijzigd = r.putJson(zetelPad, jeugd, "\"1\"");
        assertThat(zetelGewijzigd.status()).as(zetelGewijzigd.body()).isEqualTo(200);
        assertThat(zetelGewijzigd.json().path("inhoudelijk").asBoolean()).isTrue();
        assertThat(zetelGewijzigd.json().path("stemmen").asInt()).isEqualTo(1);
        assertThat(r.get(orgaan + "/zetels")
                        .json()
                        .get(0)
                        .path("portefeuilles")
                        .get(0)
                        .asString())
                .isEqualTo("Jeugd");

        assertThat(r.delete(zetelPad, "\"1\"").status()).isEqualTo(412);
        assertThat(r.delete(zetelPad, "\"2\"").status()).isEqualTo(204);
        assertThat(r.get(orgaan + "/zetels").json().size()).isZero();
        assertThat(r.delete(orgaan, "\"1\"").status()).isEqualTo(412);
        assertThat(r.delete(orgaan, "\"2\"").status()).isEqualTo(204);
        assertThat(r.get(orgaan).status()).isEqualTo(404);

        List<String> historie = new ArrayList<>();
        r.get(pad(id) + "/historie")
                .json()
                .forEach(h -> historie.add(
                        h.path("entiteit").asString() + " " + h.path("actie").asString()));
        assertThat(historie).filteredOn(h -> h.startsWith("bestuur_orgaan")).hasSize(3);
        assertThat(historie).filteredOn(h -> h.startsWith("bestuur_zetel")).hasSize(3);
    }

    record Geval(String veld, Map<String, Object> body, String tekst) {}

    @Test
    void slechteInvoerGeeftEenNederlandseMeldingEnSlaatNietsOp() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");

        Http.Antwoord lijn = r.postJson(pad(id) + "/organen", Map.of("naam", "AB", "lijn", "BOVENAAN"));
        assertThat(lijn.status()).as(lijn.body()).isEqualTo(400);
        assertThat(lijn.header("Content-Type")).contains("application/problem+json");
        assertThat(lijn.json().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("lijn");
        Http.Antwoord geenLijn = r.postJson(pad(id) + "/organen", Map.of("naam", "AB"));
        assertThat(geenLijn.status()).isEqualTo(400);
        assertThat(geenLijn.body()).contains("Kies een lijn");
        Http.Antwoord vreemd = r.postJson(
                pad(id) + "/organen", Map.of("naam", "Accountoverleg", "lijn", "KLANT", "gemeente", UTRECHT));
        assertThat(vreemd.status()).isEqualTo(400);
        assertThat(vreemd.body()).contains("neemt niet deel");
        assertThat(r.get(pad(id) + "/organen").json().path("totaal").asInt()).isZero();

        String orgaan = pad(id) + "/organen/" + orgaan(id, "Algemeen bestuur", "TOEZICHT");
        List<Geval> gevallen = List.of(
                new Geval(
                        "gemeente",
                        Map.of("persoon", "Piet", "gemeente", UTRECHT, "rol", "BESTUURLIJK"),
                        "neemt niet deel"),
                new Geval(
                        "stemmen",
                        Map.of("persoon", "Piet", "gemeente", ZEIST, "rol", "BESTUURLIJK", "stemmen", 0),
                        "heel getal"),
                new Geval(
                        "account",
                        Map.of("persoon", "Piet", "gemeente", ZEIST, "rol", "BESTUURLIJK", "account", "bestaat-niet"),
                        "geen account"),
                new Geval("rol", Map.of("persoon", "Piet", "gemeente", ZEIST, "rol", "KONING"), "rol"));
        for (Geval g : gevallen) {
            Http.Antwoord a = r.postJson(orgaan + "/zetels", g.body());
            assertThat(a.status()).as(g.veld() + ": " + a.body()).isEqualTo(400);
            assertThat(a.json().path("invalidParams").get(0).path("name").asString())
                    .isEqualTo(g.veld());
            assertThat(a.body()).as(g.veld()).contains(g.tekst());
        }
        assertThat(r.get(orgaan + "/zetels").json().size()).isZero();
    }

    @Test
    void alleenDeRegisseurOntwerptIedereenDieDeSamenwerkingZietLeest() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long orgaan = orgaan(id, "Algemeen bestuur", "TOEZICHT");
        Http ambtenaar = Http.api(port, "ambtenaar1");
        assertThat(ambtenaar
                        .postJson(pad(id) + "/organen", Map.of("naam", "X", "lijn", "KLANT"))
                        .status())
                .isEqualTo(403);
        assertThat(ambtenaar
                        .postJson(
                                pad(id) + "/organen/" + orgaan + "/zetels",
                                Map.of("persoon", "X", "gemeente", ZEIST, "rol", "BESTUURLIJK"))
                        .status())
                .isEqualTo(403);
        assertThat(ambtenaar.delete(pad(id) + "/organen/" + orgaan, "\"1\"").status())
                .isEqualTo(403);
        assertThat(Http.api(port, "bestuurder1")
                        .postJson(pad(id) + "/organen/voorstel", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(ambtenaar.get(pad(id) + "/organen").json().path("totaal").asInt())
                .isEqualTo(1);
        assertThat(Http.api(port, "raadslid1").get(pad(id) + "/organogram").status())
                .isEqualTo(200);

        long ander = TestSamenwerkingen.maak(port, "regisseur", DE_BILT, BUNNIK);
        assertThat(ambtenaar.get(pad(ander) + "/organen").status()).isEqualTo(404);
    }

    @Test
    void hetOrganogramIsSvgMetBeideLijnenEnOntsnapteNamen() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        orgaan(id, "<script>alert(1)</script>", "TOEZICHT");
        orgaan(id, "Opdrachtgeversoverleg", "KLANT");
        Http.Antwoord svg = Http.api(port, "regisseur").get(pad(id) + "/organogram", "image/svg+xml");
        assertThat(svg.status()).as(svg.body()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.body())
                .startsWith("<svg")
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("class=\"lijn-toezicht\"", "class=\"lijn-klant\"")
                .contains("Toezichtlijn", "Klantlijn", "Zeist", "De Bilt");
    }

    @Test
    void deAccountsOpDeUitvoeringslijnZijnDeUitvoerders() {
        String directeur = directeur();
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        long directie = orgaan(id, "Directie", "UITVOERING");
        long ab = orgaan(id, "Algemeen bestuur", "TOEZICHT");
        assertThat(r.postJson(
                                pad(id) + "/organen/" + directie + "/zetels",
                                Map.of(
                                        "persoon",
                                        "Dirk Directeur",
                                        "rol",
                                        "AMBTELIJK",
                                        "functie",
                                        "directeur",
                                        "account",
                                        directeur))
                        .status())
                .isEqualTo(201);
        assertThat(r.postJson(
                                pad(id) + "/organen/" + ab + "/zetels",
                                Map.of(
                                        "persoon",
                                        "Anna de Wit",
                                        "gemeente",
                                        ZEIST,
                                        "rol",
                                        "BESTUURLIJK",
                                        "account",
                                        "bestuurder1"))
                        .status())
                .isEqualTo(201);
        assertThat(organen.uitvoerders(id)).containsExactly(directeur);
    }

    @Test
    void eenGekozenVormZonderOrganenWachtOpDeRegisseur() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        kiesVorm(id, "BEDRIJFSVOERINGSORGANISATIE");
        Http.Antwoord fase = r.postJson(
                pad(id) + "/fase",
                Map.of("fase", "VORMGEVEN", "reden", "Voor de test"),
                r.get(pad(id)).header("ETag"));
        assertThat(fase.status()).as(fase.body()).isIn(200, 201);
        assertThat(r.get(pad(id) + "/volgende-stap").body()).contains("Ontwerp het bestuur");

        r.postJson(pad(id) + "/organen/voorstel", Map.of());
        assertThat(r.get(pad(id) + "/volgende-stap").body()).doesNotContain("Ontwerp het bestuur");
    }
}
