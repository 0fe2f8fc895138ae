package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.Browser;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@SamenspelTest
class AccountBeheerBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void beheerderMaaktViaHetFormulierEenAccountEnZietHetInDeLijst() {
        String naam = "browser-" + Long.toString(System.nanoTime(), 36);
        try (Browser browser = new Browser(port)) {
            browser.open("/inloggen");
            browser.screenshot("account-inloggen-demo");
            browser.inloggen("beheerder");
            browser.klikLink("Accounts");
            assertThat(browser.titel()).isEqualTo("Accounts · Samenspel");
            browser.screenshot("account-lijst");

            browser.klikLink("Nieuw account aanmaken");
            browser.typ("gebruikersnaam", naam).vinkAan("rollen", "AMBTENAAR").klikKnop("Account aanmaken");
            assertThat(browser.tekst())
                    .contains("Controleer de volgende velden")
                    .contains("Deze rol hoort bij een gemeente; kies de gemeente.");
            browser.screenshot("account-nieuw-fouten");
            browser.driver().executeScript("window.scrollTo(0, 650)");
            browser.screenshot("account-nieuw-fouten-2");

            browser.typ("weergavenaam", "Bart Browser")
                    .typ("wachtwoord", "samenspel-browser")
                    .kies("gemeenteCode", "Zeist")
                    .klikKnop("Account aanmaken");
            assertThat(browser.pad()).isEqualTo("/beheer/accounts");
            assertThat(browser.tekst())
                    .contains("Het account " + naam + " is aangemaakt.")
                    .contains(naam + " Bart Browser Ambtenaar Zeist Ja");
            browser.screenshot("account-lijst-na-aanmaken");

            browser.klikLink(naam);
            assertThat(browser.titel()).isEqualTo("Account " + naam + " · Samenspel");
            browser.screenshot("account-bewerk");
            browser.driver().executeScript("window.scrollTo(0, 900)");
            browser.screenshot("account-bewerk-2");
        }
    }
}
