package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.DE_BILT;
import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.support.Browser;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

@SamenspelTest
class VerkenningBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void regisseurVoegtTakenToeAmbtenarenVullenPositiesInEnRegisseurZietDeMatrix() {
        long id = VerkenningTestData.samenwerking(port, ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id;
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open(basis + "/taken");
            assertThat(regisseur.tekst()).contains("Er zijn nog geen taken");
            regisseur.klikKnop("Opslaan");
            assertThat(regisseur.tekst()).contains("Geef de taak een naam");
            regisseur.screenshot("verkenning-taken-fout");
            regisseur
                    .typ("naam", "WOZ-waardering")
                    .typ("omschrijving", "Taxeren van woningen en bedrijfspanden.")
                    .kies("taakveld", "0.61 OZB woningen")
                    .klikKnop("Opslaan");
            assertThat(regisseur.tekst()).contains("De taak is toegevoegd").contains("0.61 OZB woningen");
            regisseur.typ("naam", "Klantcontact belastingen").klikKnop("Opslaan");
            assertThat(regisseur.tekst()).contains("Klantcontact belastingen");
            regisseur.screenshot("verkenning-taken");
        }
        vulIn("ambtenaar1", basis + "/posities/" + ZEIST, "De Bilt", List.of("Sterk nodig", "Niet nodig"), true);
        vulIn("ambtenaar2", basis + "/posities/" + DE_BILT, "Zeist", List.of("Enigszins nodig", "Niet nodig"), false);

        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open(basis + "/posities");
            assertThat(regisseur.tekst()).contains("Gedeeld").contains("Ingevuld, nog niet gedeeld");
            regisseur.screenshot("verkenning-posities-regisseur");
            regisseur.open(basis + "/behoefteanalyse");
            List<WebElement> matrices = regisseur.driver().findElements(By.cssSelector("svg[role='img']"));
            assertThat(matrices).hasSize(2);
            assertThat(matrices.get(0).findElement(By.tagName("title")).getAttribute("textContent"))
                    .contains("WOZ-waardering");
            assertThat(matrices.get(0).findElement(By.tagName("desc")).getAttribute("textContent"))
                    .contains("Zeist heeft De Bilt: sterk nodig")
                    .contains("De Bilt heeft Zeist: enigszins nodig");
            assertThat(regisseur.tekst())
                    .contains("Wederzijds")
                    .contains("Samenwerken")
                    .contains("Geen behoefte")
                    .contains("++ Sterk nodig");
            regisseur.screenshot("verkenning-behoefteanalyse");
        }
        try (Browser zeist = new Browser(port)) {
            zeist.inloggen("ambtenaar1");
            zeist.open(basis + "/behoefteanalyse");
            assertThat(zeist.tekst())
                    .contains("De Bilt")
                    .contains("nog niet gedeeld of nog niet ingevuld")
                    .doesNotContain("Wederzijds");
            zeist.screenshot("verkenning-behoefteanalyse-zeist");
        }
    }

    private void vulIn(String gebruiker, String pad, String ander, List<String> sterktes, boolean delen) {
        try (Browser browser = new Browser(port)) {
            browser.inloggen(gebruiker);
            browser.open(pad.substring(0, pad.lastIndexOf('/')));
            browser.klikLink("Invullen");
            assertThat(browser.pad()).isEqualTo(pad);
            browser.typ("watWillenWij", "Minder kwetsbaar worden bij de WOZ.")
                    .typ("watWillenWijNiet", "Geen gezamenlijke balie.")
                    .typ("maximumPerJaar", "abc");
            List<WebElement> selects = browser.driver().findElements(By.cssSelector("select[name^='sterkte-']"));
            assertThat(selects).hasSize(2);
            for (int i = 0; i < selects.size(); i++) {
                new org.openqa.selenium.support.ui.Select(selects.get(i)).selectByVisibleText(sterktes.get(i));
            }
            browser.klikKnop("Positie opslaan");
            assertThat(browser.tekst()).contains("Vul een bedrag in euro in");
            assertThat(browser.driver().findElement(By.name("watWillenWij")).getAttribute("value"))
                    .isEqualTo("Minder kwetsbaar worden bij de WOZ.");
            browser.screenshot("verkenning-positie-fout-" + gebruiker);
            browser.typ("maximumPerJaar", "75000,50").klikKnop("Positie opslaan");
            assertThat(browser.tekst())
                    .contains("De positie is opgeslagen")
                    .contains("Hebben wij " + ander + " nodig?");
            if (delen) {
                // Sharing saves what was just typed in the same step (it used to be a separate form that lost it).
                browser.typ("eigenRuimte", "Eigen loket blijft.").klikKnop("Opslaan en delen met de andere partijen");
                assertThat(browser.tekst()).contains("De positie is gedeeld");
                assertThat(browser.driver().findElement(By.name("eigenRuimte")).getAttribute("value"))
                        .isEqualTo("Eigen loket blijft.");
            }
            browser.screenshot("verkenning-positie-" + gebruiker);
        }
    }
}
