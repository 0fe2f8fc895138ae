package nl.samenspel.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forms in error in a real browser: axe finds nothing serious on them (the browser checks every page), and a
 * keyboard user who follows a link in the error summary lands in the field it names.
 */
@SamenspelTest
class FoutformulierBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void eenLinkInHetFoutoverzichtBrengtDeToetsenbordgebruikerInHetVeld() {
        try (Browser beheerder = new Browser(port)) {
            beheerder.inloggen("beheerder");
            beheerder.open("/beheer/accounts/nieuw");
            beheerder.kies("gemeenteCode", "Zeist");
            beheerder.klikKnop("Account aanmaken");
            assertThat(beheerder.tekst()).contains("Controleer de volgende velden");
            beheerder.screenshot("foutoverzicht-nieuw-account");

            WebElement link =
                    beheerder.driver().findElement(By.cssSelector("#foutoverzicht a[href='#veld-gebruikersnaam']"));
            link.sendKeys(Keys.ENTER);
            WebElement actief = beheerder.driver().switchTo().activeElement();
            assertThat(actief.getAttribute("id")).isEqualTo("veld-gebruikersnaam");
            assertThat(actief.getAttribute("aria-invalid")).isEqualTo("true");

            // The role group: its boxes say they are in error, and Tab from the summary reaches them.
            List<WebElement> rollen =
                    beheerder.driver().findElements(By.cssSelector("#veld-rollen input[type=checkbox]"));
            assertThat(rollen)
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.getAttribute("aria-invalid")).isEqualTo("true"));
            assertThat(beheerder.driver().findElement(By.id("veld-rollen")).getAttribute("aria-describedby"))
                    .contains("veld-rollen-fout");
            beheerder.driver().executeScript("document.getElementById('veld-rollen').scrollIntoView()");
            beheerder.screenshot("foutoverzicht-rollen");
        }
    }

    @Test
    void eenSpanningMetFoutenHoudtDeKeuzesEnIsToegankelijk() {
        Http.Antwoord s = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                "Foutformulier " + System.nanoTime() % 1_000_000,
                                "omschrijving",
                                "Een spanning met fouten.",
                                "gemeenten",
                                List.of("GM0355", "GM0310")));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open("/samenwerkingen/" + s.json().path("id").asLong() + "/stappen/spanningen/nieuw");
            regisseur.kies("soort", "Uniformiteit tegenover maatwerk");
            regisseur.vinkAan("partijen", "GM0310");
            regisseur.klikKnop("Opslaan");
            assertThat(regisseur.tekst()).contains("Controleer de volgende velden");
            assertThat(regisseur
                            .driver()
                            .findElement(By.cssSelector("input[name=partijen][value=GM0310]"))
                            .isSelected())
                    .isTrue();
            regisseur.screenshot("foutoverzicht-spanning");
        }
    }
}
