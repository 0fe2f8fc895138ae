package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.audit.AuditEvent;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.audit.Wijziging;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** The BEHEERDER's account pages, driven like a browser without JavaScript. */
@SamenspelTest
class AccountBeheerPaginaTest {

    private static final Pattern VERSIE = Pattern.compile("name=\"versie\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InlogBeperking inlogBeperking;

    /** Ten more wrong passwords, as the throttle hears of them: a wait of half a minute, long enough to look at. */
    private void laatWachten(String naam) {
        for (int i = 0; i < 10; i++) {
            inlogBeperking.mislukt(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(naam, "verkeerd"),
                    new BadCredentialsException("x")));
        }
    }

    @Test
    void deLijstToontRollenInHetNederlandsGemeentenaamEnBlokkade() {
        String naam = maak(Set.of(Rol.AMBTENAAR), "GM0355");
        laatWachten(naam);
        String wachtTot =
                Tijdstip.KORT.format(accounts.wachtTot(accounts.vindOpNaam(naam).orElseThrow()));

        String lijst = Http.browser(port, "beheerder").get("/beheer/accounts").body();
        assertThat(lijst)
                .contains("<caption")
                .contains("scope=\"col\"")
                .contains("Nieuw account aanmaken")
                .contains("Wacht tot");
        String rij = rij(lijst, naam);
        assertThat(rij).contains("Ambtenaar").contains("Zeist").contains("Ja").contains(wachtTot);
        assertThat(rij(lijst, "regisseur")).contains("Regisseur").doesNotContain(wachtTot);
    }

    @Test
    void eenFoutiefFormulierToontDeFoutenPerVeldEnBehoudtDeInvoer() {
        Http browser = Http.browser(port, "beheerder");
        String formulier = browser.get("/beheer/accounts/nieuw").body();
        assertThat(formulier)
                .contains("<option value=\"\">(geen gemeente)</option>")
                .contains("<option value=\"GM0355\">Zeist</option>")
                .contains("name=\"rollen\" value=\"RAADSLID\"");
        long voor = aantal();

        Http.Antwoord fout = browser.formulier(
                "/beheer/accounts/nieuw",
                "gebruikersnaam=Foute Naam",
                "weergavenaam=<b>Jan</b>",
                "wachtwoord=kort",
                "rollen=AMBTENAAR",
                "rollen=RAADSLID",
                "gemeenteCode=");
        assertThat(fout.status()).isEqualTo(400);
        String pagina = fout.body();
        assertThat(pagina)
                .contains("Controleer de volgende velden")
                .contains("href=\"#veld-gebruikersnaam\"")
                .contains("Gebruik 3 tot 100 kleine letters")
                .contains("Kies een wachtwoord van minstens 8 tekens.")
                .contains("Deze rol hoort bij een gemeente; kies de gemeente.")
                .contains("value=\"Foute Naam\"")
                .contains("value=\"&lt;b>Jan&lt;/b>\"")
                .doesNotContain("<b>Jan</b>")
                .contains("value=\"AMBTENAAR\" checked")
                .contains("value=\"RAADSLID\" checked")
                .doesNotContain("value=\"REGISSEUR\" checked")
                .doesNotContain("value=\"kort\"");
        assertThat(browser.formulier(
                                "/beheer/accounts/nieuw",
                                "gebruikersnaam=" + "x".repeat(100_000),
                                "weergavenaam=" + "y".repeat(100_000),
                                "rollen=KEIZER",
                                "gemeenteCode=GM9999")
                        .body())
                .contains("Gebruik maximaal 100 tekens.")
                .contains("Gebruik maximaal 200 tekens.")
                .contains("Kies alleen rollen uit de lijst.")
                .contains("Deze gemeentecode bestaat niet.");
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void beheerderMaaktWijzigtEnZietHetResultaat() {
        Http browser = Http.browser(port, "beheerder");
        browser.get("/beheer/accounts/nieuw");
        String naam = "pagina-" + Long.toString(System.nanoTime(), 36);
        Http.Antwoord gemaakt = browser.formulier(
                "/beheer/accounts/nieuw",
                "gebruikersnaam=" + naam,
                "weergavenaam=Petra Pagina",
                "wachtwoord=samenspel",
                "rollen=AMBTENAAR",
                "gemeenteCode=GM0310");
        assertThat(gemaakt.status()).isEqualTo(302);
        assertThat(browser.get("/beheer/accounts").body()).contains("Het account " + naam + " is aangemaakt.");
        long id = accounts.vindOpNaam(naam).orElseThrow().id();

        String bewerk = browser.get("/beheer/accounts/" + id).body();
        assertThat(bewerk)
                .contains("value=\"Petra Pagina\"")
                .contains("<option value=\"GM0310\" selected>De Bilt</option>");
        String versie = versie(bewerk);

        Http.Antwoord opgeslagen = browser.formulier(
                "/beheer/accounts/" + id,
                "weergavenaam=Petra Nieuw",
                "rollen=AMBTENAAR",
                "rollen=BESTUURDER",
                "gemeenteCode=GM0310",
                "actief=true",
                "versie=" + versie);
        assertThat(opgeslagen.status()).isEqualTo(302);
        assertThat(browser.get("/beheer/accounts/" + id).body())
                .contains("De wijzigingen zijn opgeslagen.")
                .contains("value=\"Petra Nieuw\"");
        Account account = accounts.vind(id);
        assertThat(account.rollen()).containsExactlyInAnyOrder(Rol.AMBTENAAR, Rol.BESTUURDER);
        assertThat(audit.voorEntiteit("account", id).get(0).wijzigingen())
                .extracting(Wijziging::veld)
                .containsExactlyInAnyOrder("weergavenaam", "rollen");
    }

    @Test
    void eenVerouderdeOpslagToontDeConflictmeldingMetDeInvoerVanDeGebruiker() {
        String naam = maak(Set.of(Rol.REGISSEUR), null);
        long id = accounts.vindOpNaam(naam).orElseThrow().id();
        Http browser = Http.browser(port, "beheerder");
        String versie = versie(browser.get("/beheer/accounts/" + id).body());

        // Someone else saves first.
        Http ander = Http.browser(port, "beheerder");
        ander.get("/beheer/accounts/" + id);
        assertThat(ander.formulier(
                                "/beheer/accounts/" + id,
                                "weergavenaam=Door Ander Gewijzigd",
                                "rollen=REGISSEUR",
                                "actief=true",
                                "versie=" + versie)
                        .status())
                .isEqualTo(302);

        Http.Antwoord conflict = browser.formulier(
                "/beheer/accounts/" + id,
                "weergavenaam=Mijn Invoer",
                "rollen=UITVOERDER",
                "actief=true",
                "versie=" + versie);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body())
                .contains("Iemand anders heeft deze gegevens intussen gewijzigd")
                .contains("value=\"Mijn Invoer\"")
                .contains("value=\"UITVOERDER\" checked")
                .contains("Door Ander Gewijzigd");
        assertThat(accounts.vind(id).weergavenaam()).isEqualTo("Door Ander Gewijzigd");
        assertThat(versie(conflict.body())).isNotEqualTo(versie);
    }

    @Test
    void eenBeheerderKanZichzelfNietDeactiverenOfDeBeheerrolAfnemen() {
        String naam = maak(Set.of(Rol.BEHEERDER), null);
        long id = accounts.vindOpNaam(naam).orElseThrow().id();
        Http zelf = Http.browser(port, naam);
        String versie = versie(zelf.get("/beheer/accounts/" + id).body());

        Http.Antwoord antwoord =
                zelf.formulier("/beheer/accounts/" + id, "weergavenaam=Ikzelf", "rollen=REGISSEUR", "versie=" + versie);
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.body())
                .contains("U kunt uw eigen account niet op inactief zetten")
                .contains("U kunt uzelf de rol Beheerder niet afnemen");
        Account account = accounts.vind(id);
        assertThat(account.actief()).isTrue();
        assertThat(account.rollen()).containsExactly(Rol.BEHEERDER);
    }

    @Test
    void nieuwWachtwoordInstellenWordtVastgelegdZonderHetWachtwoord() {
        String naam = maak(Set.of(Rol.UITVOERDER), null);
        long id = accounts.vindOpNaam(naam).orElseThrow().id();
        Http browser = Http.browser(port, "beheerder");
        String versie = versie(browser.get("/beheer/accounts/" + id).body());

        Http.Antwoord tekort =
                browser.formulier("/beheer/accounts/" + id + "/wachtwoord", "wachtwoord=kort", "versie=" + versie);
        assertThat(tekort.status()).isEqualTo(400);
        assertThat(tekort.body()).contains("Kies een wachtwoord van minstens 8 tekens.");

        Http.Antwoord gezet = browser.formulier(
                "/beheer/accounts/" + id + "/wachtwoord", "wachtwoord=een-heel-nieuw-wachtwoord", "versie=" + versie);
        assertThat(gezet.status()).isEqualTo(302);
        assertThat(Http.api(port, naam, "een-heel-nieuw-wachtwoord")
                        .get("/api/v1/mij")
                        .status())
                .isEqualTo(200);
        assertThat(Http.api(port, naam, "samenspel").get("/api/v1/mij").status())
                .isEqualTo(401);

        AuditEvent laatste = audit.voorEntiteit("account", id).get(0);
        assertThat(laatste.gebruiker()).isEqualTo("beheerder");
        assertThat(laatste.wijzigingen()).containsExactly(new Wijziging("wachtwoord", null, "gewijzigd"));
        String alleAudit = String.join(
                "\n",
                jdbc.sql("SELECT wijzigingen FROM audit_event WHERE entiteit_type = 'account' AND entiteit_id = ?")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .list());
        assertThat(alleAudit)
                .doesNotContain("een-heel-nieuw-wachtwoord")
                .doesNotContain("{bcrypt}")
                .doesNotContain("$2a$");
    }

    @Test
    void deBeheerderHeftEenInlogblokkadeOp() {
        String naam = maak(Set.of(Rol.REGISSEUR), null);
        long id = accounts.vindOpNaam(naam).orElseThrow().id();
        for (int i = 0; i < 5; i++) {
            Http.api(port, naam, "verkeerd").get("/api/v1/mij");
        }
        assertThat(Http.api(port, naam).get("/api/v1/mij").status()).isEqualTo(429);
        laatWachten(naam);

        Http browser = Http.browser(port, "beheerder");
        assertThat(browser.get("/beheer/accounts/" + id).body())
                .contains("moet inloggen met dit account wachten tot")
                .contains("Wachttijd opheffen");
        assertThat(browser.formulier("/beheer/accounts/" + id + "/deblokkeren", "x=y")
                        .status())
                .isEqualTo(302);
        assertThat(browser.get("/beheer/accounts/" + id).body())
                .contains("De wachttijd voor inloggen is opgeheven.")
                .contains("Voor dit account geldt geen wachttijd.");
        assertThat(Http.api(port, naam).get("/api/v1/mij").status()).isEqualTo(200);
        assertThat(audit.voorEntiteit("account", id).get(0).wijzigingen())
                .extracting(Wijziging::veld)
                .contains("geblokkeerdTot");
    }

    @Test
    void eenOnbekendOfOngeldigAccountnummerGeeftEenNetteFoutpagina() {
        Http browser = Http.browser(port, "beheerder");
        Http.Antwoord onbekend = browser.get("/beheer/accounts/987654321", "text/html");
        assertThat(onbekend.status()).isEqualTo(404);
        assertThat(onbekend.body()).contains("Niet gevonden");
        assertThat(browser.get("/beheer/accounts/abc", "text/html").status()).isEqualTo(400);
        assertThat(browser.formulier("/beheer/accounts/987654321", "weergavenaam=x", "versie=0")
                        .status())
                .isEqualTo(404);
    }

    private String maak(Set<Rol> rollen, String gemeente) {
        String naam = "pag-" + Long.toString(System.nanoTime(), 36);
        accounts.maak(new NieuwAccount(naam, "Pagina Test", "samenspel", rollen, gemeente));
        return naam;
    }

    private static String versie(String pagina) {
        Matcher m = VERSIE.matcher(pagina);
        assertThat(m.find()).as("verborgen versie in het formulier").isTrue();
        return m.group(1);
    }

    /** The table row of one user name. */
    private static String rij(String pagina, String naam) {
        int start = pagina.indexOf(">" + naam + "</a>");
        assertThat(start).as("rij van " + naam).isPositive();
        return pagina.substring(start, pagina.indexOf("</tr>", start));
    }

    private long aantal() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    static List<String> rollen(String... r) {
        return List.of(r);
    }
}
