package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first hour, accounts (issue 11), in a real browser with axe on every page: the regisseur asks for an account
 * for a party, the beheerder makes it in one step from the start page and reads the one-time password once, the new
 * user signs in, must choose a password first and then lands on the start page.
 */
@SamenspelTest
class AccountAanvraagBrowserTest {

    static final String VEENENDAAL = "GM0345";

    @LocalServerPort
    int port;

    @Test
    void vanAanvraagViaBeheerderTotEersteKeerInloggen() {
        long s = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, VEENENDAAL);
        String naam = "vera-" + Long.toString(System.nanoTime(), 36);
        try (Browser browser = new Browser(port)) {
            browser.inloggen(TestAccounts.REGISSEUR);
            browser.open("/samenwerkingen/" + s);
            assertThat(browser.tekst()).contains("Accounts voor de partijen");
            browser.klikLink("Account aanvragen voor Veenendaal");
            assertThat(browser.titel()).isEqualTo("Account aanvragen · Samenspel");
            browser.typ("weergavenaam", "Vera Veenendaal")
                    .vinkAan("rol", "AMBTENAAR")
                    .typ("email", "vera@veenendaal.example")
                    .typ("toelichting", "Voor het eerste gesprek over de positie van Veenendaal.");
            browser.driver().executeScript("window.scrollTo(0, 0)");
            browser.screenshot("eerste-uur-05-account-aanvragen");
            browser.klikKnop("Aanvraag versturen");
            assertThat(browser.pad()).startsWith("/samenwerkingen/" + s);
            assertThat(browser.tekst())
                    .contains("De aanvraag voor Vera Veenendaal staat klaar voor de beheerder.")
                    .contains("Aangevraagd voor Vera Veenendaal (Ambtenaar)");
            browser.klikKnop("Uitloggen");

            long id = Http.api(port, TestAccounts.REGISSEUR)
                    .get("/api/v1/account-aanvragen?samenwerking=" + s)
                    .json()
                    .path("aanvragen")
                    .get(0)
                    .path("id")
                    .asLong();
            browser.inloggen(TestAccounts.BEHEERDER);
            assertThat(browser.tekst())
                    .contains("Aangevraagde accounts")
                    .contains("Vera Veenendaal")
                    .contains("Ambtenaar voor Veenendaal");
            WebElement veld = browser.driver().findElement(By.id("gebruikersnaam-" + id));
            assertThat(veld.getAttribute("value")).startsWith("vera.veenendaal");
            browser.driver().executeScript("window.scrollTo(0, 0)");
            browser.screenshot("eerste-uur-06-beheerder-start");
            veld.clear();
            veld.sendKeys(naam);
            browser.klikKnop("Account aanmaken voor Vera Veenendaal");
            assertThat(browser.titel()).isEqualTo("Account aangemaakt · Samenspel");
            String wachtwoord = browser.driver()
                    .findElement(By.cssSelector("[data-eenmalig-wachtwoord]"))
                    .getText();
            assertThat(wachtwoord).hasSize(19);
            browser.screenshot("eerste-uur-07-eenmalig-wachtwoord");
            browser.driver().navigate().refresh();
            browser.controleer();
            assertThat(browser.tekst()).doesNotContain(wachtwoord).contains("al getoond");
            browser.klikKnop("Uitloggen");

            browser.open("/inloggen");
            browser.typ("gebruikersnaam", naam).typ("wachtwoord", wachtwoord).klikKnop("Inloggen");
            assertThat(browser.pad()).isEqualTo("/wachtwoord-wijzigen");
            assertThat(browser.tekst()).contains("U bent ingelogd met een eenmalig wachtwoord.");
            browser.open("/samenwerkingen");
            assertThat(browser.pad()).isEqualTo("/wachtwoord-wijzigen");
            browser.screenshot("eerste-uur-08-eigen-wachtwoord");
            browser.typ("wachtwoord", "vera-eigen-wachtwoord")
                    .typ("herhaling", "vera-eigen-wachtwoord")
                    .klikKnop("Wachtwoord opslaan");
            assertThat(browser.pad()).isEqualTo("/");
            assertThat(browser.titel()).isEqualTo("Start · Samenspel");
        }
    }
}
