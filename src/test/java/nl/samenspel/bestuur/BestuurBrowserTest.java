package nl.samenspel.bestuur;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.Browser;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Designing the bodies in the browser (axe on every page): from the samenwerking page to the designer, adopt the
 * proposal of the chosen form, add a seat (once wrong, once right), and see the chart with its text alternative.
 */
@SamenspelTest
class BestuurBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void deRegisseurNeemtHetVoorstelOverVoegtEenZetelToeEnZietHetOrganogram() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        BestuurApiTest.kiesVorm(port, id, "OPENBAAR_LICHAAM");
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open("/samenwerkingen/" + id);
            regisseur.klikLink("Bestuur en organogram");
            assertThat(regisseur.pad()).isEqualTo("/samenwerkingen/" + id + "/bestuur");
            assertThat(regisseur.tekst()).contains("Wgr art. 12").contains("wordt aangemaakt");

            regisseur.klikKnop("Voorstel overnemen");
            assertThat(regisseur.tekst())
                    .contains("Het voorstel is overgenomen")
                    .contains("Dagelijks bestuur")
                    .contains("Opdrachtgeversoverleg");

            regisseur.klikLink("Algemeen bestuur");
            regisseur.typ("persoon", "Anna de Wit");
            regisseur.kies("gemeente", "Zeist");
            regisseur.vinkAan("rol", "BESTUURLIJK");
            regisseur.typ("portefeuilles", "Financiën");
            regisseur.typ("stemmen", "0");
            regisseur.klikKnop("Zetel toevoegen");
            assertThat(regisseur.tekst()).contains("Het aantal stemmen is een heel getal");
            regisseur.typ("stemmen", "2");
            regisseur.klikKnop("Zetel toevoegen");
            assertThat(regisseur.tekst()).contains("Opgeslagen").contains("Anna de Wit");

            regisseur.open("/samenwerkingen/" + id + "/bestuur");
            WebElement svg = regisseur.driver().findElement(By.cssSelector("svg.samenspel-organogram"));
            assertThat(svg.getAttribute("aria-describedby")).contains("organogram-tekst");
            assertThat(regisseur.tekst())
                    .contains("Het organogram in tekst")
                    .contains("Algemeen bestuur (Toezicht, 1 zetel)")
                    .contains("Gemeenten als opdrachtgever: Zeist, De Bilt");
            regisseur.screenshotHelePagina("bestuur-ontwerp");
        }
    }
}
