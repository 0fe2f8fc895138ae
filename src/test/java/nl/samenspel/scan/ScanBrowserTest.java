package nl.samenspel.scan;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scan pages in a real browser with axe, without JavaScript tricks: the regisseur opens a round; Zeist keeps a
 * draft that nobody else sees, is told in Dutch which statements still need a score, and submits; with De Bilt's
 * answers the differences appear as a dot plot and a table with the tension marked; the regisseur adds an action
 * and closes the round.
 */
@SamenspelTest
class ScanBrowserTest {

    @LocalServerPort
    int port;

    static final LocalDate VANDAAG = LocalDate.now(java.time.Clock.system(Tijdstip.NEDERLAND));

    @Test
    void vanOpenenViaInvullenEnVerschillenNaarEenActieplan() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/scans";
        String scan;
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open(basis);
            assertThat(regisseur.tekst()).contains("Er is nog geen scan gehouden.");
            regisseur.klikKnop("Scan openen");
            assertThat(regisseur.tekst()).contains("De scan is geopend.").contains("0 van 2 partijen hebben ingediend");
            scan = regisseur.pad().replaceAll("\\?.*$", "");
        }
        try (Browser zeist = new Browser(port)) {
            zeist.inloggen("ambtenaar1");
            zeist.open(scan);
            assertThat(zeist.tekst()).contains("Antwoorden van Zeist");
            zeist.vinkAan("waarde1", "5").vinkAan("waarde2", "4");
            zeist.typ("openSturing", "De stukken komen vaak pas vlak voor het overleg.");
            zeist.klikKnop("Concept opslaan");
            assertThat(zeist.tekst()).contains("Opgeslagen.").contains("concept, nog niet ingediend");
            zeist.klikKnop("Indienen");
            assertThat(zeist.tekst()).contains("Geef een score bij deze stelling voordat u indient.");
            for (Stelling st : Stelling.values()) {
                zeist.vinkAan(st.veld(), st == Stelling.WAARDE1 ? "5" : "4");
            }
            zeist.klikKnop("Indienen");
            assertThat(zeist.tekst()).contains("Ingediend.");
        }
        Http bilt = Http.api(port, "ambtenaar2");
        String api = "/api/v1" + scan;
        assertThat(bilt.putJson(
                                api + "/antwoorden/" + DE_BILT,
                                ScanApiTest.antwoorden(4, Map.of(Stelling.WAARDE1, 2), false),
                                "\"0\"")
                        .status())
                .isEqualTo(200);
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open(scan);
            assertThat(regisseur.tekst())
                    .as("het concept van De Bilt blijft van De Bilt")
                    .contains("nog niet geantwoord")
                    .doesNotContain("concept, nog niet ingediend");
        }
        assertThat(bilt.putJson(
                                api + "/antwoorden/" + DE_BILT,
                                ScanApiTest.antwoorden(4, Map.of(Stelling.WAARDE1, 2), true),
                                "\"1\"")
                        .status())
                .isEqualTo(200);
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open(scan);
            assertThat(regisseur.tekst())
                    .contains("2 van 2 partijen hebben ingediend")
                    .contains("Spanning: bespreken")
                    .contains("De stukken komen vaak pas vlak voor het overleg.");
            assertThat(regisseur.driver().getPageSource()).contains("<svg").contains("Scores per stelling en partij");
            regisseur.screenshot("scan-verschillen");
            regisseur.klikKnop("Scan afronden");
            assertThat(regisseur.tekst()).contains("Zet minstens één actie in het actieplan");
            regisseur
                    .typ("omschrijving", "Bespreek in het AB wat de samenwerking elk van ons oplevert")
                    .typ("eigenaar", "Voorzitter AB");
            // A date input takes its value in ISO form whatever the browser's display format.
            regisseur
                    .driver()
                    .executeScript(
                            "document.querySelector('[name=deadline]').value = '" + VANDAAG.plusMonths(2) + "';");
            regisseur.klikKnop("Actie toevoegen");
            assertThat(regisseur.tekst()).contains("Voorzitter AB");
            regisseur.klikKnop("Scan afronden");
            assertThat(regisseur.tekst()).contains("De scan is afgerond.");
        }
    }
}
