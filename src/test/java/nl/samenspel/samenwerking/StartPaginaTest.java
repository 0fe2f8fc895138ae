package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The start page per role: real samenwerkingen with phase and check status, practice apart, the council's overview. */
@SamenspelTest
class StartPaginaTest {

    private static final String WACHTWOORD = "een-lang-wachtwoord";

    @LocalServerPort
    int port;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Test
    void deRegisseurZietEchteSamenwerkingenMetFaseEnToetsEnDeOefencasusApart() {
        long oefen = TestSamenwerkingen.oefencasus(port, samenwerkingen);
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, TestAccounts.DE_BILT);
        String pagina = Http.browser(port, TestAccounts.REGISSEUR).get("/").body();

        int mijn = pagina.indexOf("Mijn samenwerkingen");
        int oefenen = pagina.indexOf("<h2 class=\"utrecht-heading-2\">Oefenen</h2>");
        assertThat(mijn).isPositive();
        assertThat(oefenen).isGreaterThan(mijn);
        String echt = pagina.substring(mijn, oefenen);
        assertThat(echt)
                .contains("/samenwerkingen/" + id + "\"")
                .contains("Fase: ")
                .contains("/samenwerkingen/" + id + "/toets")
                .doesNotContain("/samenwerkingen/" + oefen + "\"")
                .doesNotContain("(0)");
        // Issue 11: per samenwerking the next step and who it waits for.
        String kaart = echt.substring(echt.indexOf("/samenwerkingen/" + id + "\""));
        int volgendeKaart = kaart.indexOf("class=\"samenspel-card\"");
        assertThat(volgendeKaart < 0 ? kaart : kaart.substring(0, volgendeKaart))
                .contains("Volgende stap:")
                .contains("Wacht op:");
        String praktijk = pagina.substring(oefenen);
        assertThat(praktijk).contains("Oefencasus").contains("/samenwerkingen/oefenen");
    }

    @Test
    void eenNieuweRegisseurMetAlleenEenOefeningZietNergensNul() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        String naam = TestSamenwerkingen.uniek("regie").replace("-", "");
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("gebruikersnaam", naam);
        account.put("weergavenaam", "Nieuwe regisseur");
        account.put("wachtwoord", WACHTWOORD);
        account.put("rollen", List.of("REGISSEUR"));
        Http.Antwoord gemaakt = Http.api(port, TestAccounts.BEHEERDER).postJson("/api/v1/accounts", account);
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        Http.Antwoord oefening = Http.api(port, naam, WACHTWOORD).postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(oefening.status()).as(oefening.body()).isEqualTo(201);
        long id = oefening.json().path("id").asLong();

        String pagina = Http.browser(port, naam, WACHTWOORD).get("/").body();

        assertThat(pagina)
                .doesNotContain("(0)")
                .doesNotContain("U heeft nog geen samenwerkingen")
                .contains("U heeft nog geen echte samenwerkingen")
                .contains("/samenwerkingen/" + id + "\"");
        assertThat(pagina.substring(pagina.indexOf("<h2 class=\"utrecht-heading-2\">Oefenen</h2>")))
                .contains("/samenwerkingen/" + id + "\"")
                .contains("Oefencasus");
    }

    @Test
    void eenRaadslidZietDeSamenwerkingenVanZijnGemeenteMetToetsEnHetGemeenteoverzicht() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, TestAccounts.BUNNIK);
        String pagina = Http.browser(port, TestAccounts.RAADSLID_ZEIST).get("/").body();

        assertThat(pagina)
                .contains("href=\"/gemeenten/" + TestAccounts.ZEIST + "/toets\"")
                .contains("/samenwerkingen/" + id + "\"")
                .contains("/samenwerkingen/" + id + "/toets\"")
                // A council member acts on nothing: no to-do list, no next step to take.
                .doesNotContain("Wat uw gemeente nog moet doen")
                .doesNotContain("Volgende stap:");
    }

    @Test
    void eenAmbtenaarEnEenBestuurderZienWatHunGemeenteNogMoetDoen() {
        TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, TestAccounts.BUNNIK);
        for (String gebruiker : List.of(TestAccounts.AMBTENAAR_ZEIST, TestAccounts.BESTUURDER_ZEIST)) {
            String pagina = Http.browser(port, gebruiker).get("/").body();
            int taken = pagina.indexOf("Wat uw gemeente nog moet doen");
            assertThat(taken).as(gebruiker).isPositive().isLessThan(pagina.indexOf("Mijn samenwerkingen"));
            assertThat(pagina).doesNotContain("(0)");
        }
    }

    @Test
    void deStartpaginaIsToegankelijkVoorRegisseurRaadslidAmbtenaarEnBestuurder() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, TestAccounts.DE_BILT);
        for (String gebruiker : List.of(
                TestAccounts.REGISSEUR,
                TestAccounts.RAADSLID_ZEIST,
                TestAccounts.AMBTENAAR_ZEIST,
                TestAccounts.BESTUURDER_ZEIST)) {
            try (Browser browser = new Browser(port)) {
                browser.inloggen(gebruiker);
                assertThat(browser.titel()).isEqualTo("Start · Samenspel");
                assertThat(browser.tekst())
                        .contains("Mijn samenwerkingen")
                        .contains("Oefenen")
                        .contains("Toets: ");
                browser.controleer();
                browser.screenshot("start-" + gebruiker);
            }
        }
    }
}
