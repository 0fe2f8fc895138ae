package nl.samenspel.stappen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11, the first hour: on a step page the regisseur records that a party without an account discussed the step
 * (after a meeting with it); the party's civil servant later sees it as recorded on its behalf and confirms it. Axe
 * checks every page the browser opens.
 */
@SamenspelTest
class BesprokenNamensBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void deRegisseurMarkeertEenStapNamensEenPartijEnDePartijBevestigt() {
        long id = StappenData.nieuweSamenwerking(port, StappenData.ZEIST, BesprokenNamensTest.HOUTEN);
        Http r = Http.api(port, "regisseur");
        String wat = "/api/v1/samenwerkingen/" + id + "/stappen/wat";
        StappenData.ok(r.putJson(
                wat,
                Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "Samen de WOZ uitvoeren"))),
                StappenData.etag(r, wat)));
        String pagina = "/samenwerkingen/" + id + "/stappen/wat";
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open(pagina);
            assertThat(regisseur.tekst())
                    .contains("Besproken namens een partij vastleggen")
                    .doesNotContain("Ambtelijk besproken voor");
            regisseur.kies("partij", "Houten");
            regisseur.klikKnop("Besproken namens deze partij vastleggen");
            assertThat(regisseur.tekst())
                    .contains("namens de partij als ambtelijk besproken gemarkeerd")
                    .containsPattern("Vastgelegd door de regisseur namens Houten op \\d")
                    .contains("Nog te bevestigen door de gemeente");
            regisseur.driver().executeScript("document.getElementById('besproken-titel').scrollIntoView()");
            regisseur.screenshot("eerste-uur-04-besproken-namens");
            // A mistaken party is corrected: recorded for Zeist, withdrawn, recorded again.
            regisseur.kies("partij", "Zeist");
            regisseur.klikKnop("Besproken namens deze partij vastleggen");
            regisseur.klikKnop("Markering namens Zeist intrekken");
            assertThat(regisseur.tekst())
                    .contains("is ingetrokken")
                    .doesNotContain("namens Zeist op")
                    .contains("Vastgelegd door de regisseur namens Houten");
            regisseur.kies("partij", "Zeist");
            regisseur.klikKnop("Besproken namens deze partij vastleggen");
            assertThat(regisseur.tekst())
                    .as("every party has a mark: no party left to choose")
                    .doesNotContain("Besproken namens een partij vastleggen");
        }
        try (Browser zeist = new Browser(port)) {
            zeist.inloggen("ambtenaar1");
            zeist.open(pagina);
            assertThat(zeist.tekst())
                    .contains("Vastgelegd door de regisseur namens Zeist op")
                    .contains("Door de regisseur namens uw gemeente vastgelegd")
                    .doesNotContain("Besproken namens een partij vastleggen");
            zeist.klikKnop("Bevestigen voor Zeist");
            assertThat(zeist.tekst())
                    .contains("nu van uw gemeente")
                    .contains("door ambtenaar1")
                    .doesNotContain("Vastgelegd door de regisseur namens Zeist")
                    .contains("Vastgelegd door de regisseur namens Houten");
        }
    }
}
