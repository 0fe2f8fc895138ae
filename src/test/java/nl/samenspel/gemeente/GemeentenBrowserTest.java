package nl.samenspel.gemeente;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.Browser;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

@SamenspelTest
class GemeentenBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void ambtenaarZoektEenGemeenteEnBekijktHaarRegios() {
        try (Browser browser = new Browser(port)) {
            browser.inloggen("ambtenaar1");
            browser.open("/gemeenten");
            assertThat(browser.titel()).isEqualTo("Gemeenten · Samenspel");
            assertThat(browser.tekst()).contains("342 gemeenten gevonden");
            browser.screenshot("gemeenten-lijst");

            browser.typ("naam", "bilt").klikKnop("Zoeken");
            assertThat(browser.pad()).isEqualTo("/gemeenten?naam=bilt&provincie=");
            assertThat(browser.tekst()).contains("1 gemeente gevonden").contains("43.718");
            browser.screenshot("gemeenten-zoeken");

            browser.klikLink("De Bilt");
            assertThat(browser.pad()).isEqualTo("/gemeenten/GM0310");
            assertThat(browser.titel()).isEqualTo("De Bilt · Samenspel");
            assertThat(browser.tekst()).contains("Veiligheidsregio").contains("Midden-Utrecht");
            browser.screenshot("gemeente-detail");

            browser.open("/gemeenten");
            new Select(browser.driver().findElement(By.name("provincie"))).selectByVisibleText("Fryslân");
            browser.klikKnop("Zoeken");
            assertThat(browser.tekst()).contains("18 gemeenten gevonden").contains("Leeuwarden");
            browser.screenshot("gemeenten-provincie");

            browser.open("/gemeenten?pagina=14");
            assertThat(browser.tekst()).contains("Pagina 14 van 14").contains("Vorige pagina");
            browser.driver().executeScript("window.scrollTo(0, document.body.scrollHeight)");
            browser.screenshot("gemeenten-laatste-pagina");
            browser.klikLink("Vorige pagina");
            assertThat(browser.tekst()).contains("Pagina 13 van 14");

            browser.open("/gemeenten?provincie=Atlantis");
            assertThat(browser.tekst()).contains("Deze provincie bestaat niet");
            browser.screenshot("gemeenten-fout");

            browser.klikLink("Waar komen deze gegevens vandaan?");
            assertThat(browser.titel()).isEqualTo("Bronnen van de gemeentegegevens · Samenspel");
            browser.screenshot("gemeenten-bronnen");
        }
    }
}
