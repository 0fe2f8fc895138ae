package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.Browser;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SamenspelTest
class SamenwerkingBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Test
    void regisseurMaaktEenSamenwerkingMetGezochteGemeentenEnRaadslidBekijktHaarAlleen() {
        String titel = TestData.uniek("Samen belastingen innen");
        try (Browser browser = new Browser(port)) {
            browser.inloggen("regisseur");
            assertThat(browser.titel()).isEqualTo("Start · Samenspel");
            assertThat(browser.tekst()).contains("Mijn samenwerkingen");

            browser.open("/samenwerkingen/nieuw");
            browser.klikKnop("Opslaan");
            assertThat(browser.tekst())
                    .contains("Controleer de volgende velden")
                    .contains("Vul een titel in.")
                    .contains("Beschrijf wat de gemeenten samen willen doen.")
                    .contains("Kies minstens 2 verschillende gemeenten.");
            browser.screenshot("samenwerking-formulier-fouten");

            browser.typ("titel", titel).typ("omschrijving", "De drie gemeenten willen de WOZ samen uitvoeren.");
            for (String[] gemeente : new String[][] {{"Zeist", "GM0355"}, {"bilt", "GM0310"}, {"Bunnik", "GM0312"}}) {
                browser.typ("zoekterm", gemeente[0]).klikKnop("Zoek gemeente");
                assertThat(browser.tekst()).contains("Gevonden gemeenten");
                browser.vinkAan("gemeenten", gemeente[1]);
            }
            assertThat(browser.driver().findElement(By.name("titel")).getAttribute("value"))
                    .isEqualTo(titel);
            browser.screenshot("samenwerking-formulier-gezocht");
            browser.klikKnop("Opslaan");

            assertThat(browser.pad()).matches("/samenwerkingen/\\d+\\?aangemaakt");
            assertThat(browser.titel()).isEqualTo(titel + " · Samenspel");
            assertThat(browser.tekst())
                    .contains("Zeist")
                    .contains("De Bilt")
                    .contains("Bunnik")
                    .contains("Verkennen");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("[aria-current='step']"))
                            .getText())
                    .contains("Verkennen");
            browser.screenshot("samenwerking-pagina");

            browser.klikLink("Historie");
            assertThat(browser.tekst()).contains("Aangemaakt").contains(titel).contains("regisseur");
            browser.screenshot("samenwerking-historie");

            browser.open("/samenwerkingen");
            assertThat(browser.tekst())
                    .contains(titel)
                    .contains("Oefensamenwerkingen")
                    .doesNotContain("Oefencasus:");
            browser.screenshot("samenwerking-lijst");
        }
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        try (Browser raadslid = new Browser(port)) {
            raadslid.inloggen("raadslid1");
            raadslid.open("/samenwerkingen");
            raadslid.klikLink(titel);
            assertThat(raadslid.titel()).isEqualTo(titel + " · Samenspel");
            assertThat(raadslid.tekst()).contains("alleen de regisseur");
            assertThat(raadslid.driver().findElements(By.linkText("Bewerken"))).isEmpty();
            assertThat(raadslid.driver().findElements(By.xpath("//button[normalize-space(.)='Archiveren']")))
                    .isEmpty();
            raadslid.screenshot("samenwerking-pagina-raadslid");

            raadslid.open("/samenwerkingen/oefenen");
            long demo = raadslid.driver()
                    .findElements(By.cssSelector(".samenspel-oefen"))
                    .size();
            assertThat(demo)
                    .as("de oefencasus van Zeist staat met label in de lijst van oefensamenwerkingen")
                    .isPositive();
        }
    }
}
