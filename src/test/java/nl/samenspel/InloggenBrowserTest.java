package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.Browser;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@SamenspelTest
class InloggenBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void verkeerdWachtwoordGeeftEenDuidelijkeMeldingEnGoedWachtwoordOpent() {
        try (Browser browser = new Browser(port)) {
            browser.open("/inloggen");
            browser.typ("gebruikersnaam", "regisseur")
                    .typ("wachtwoord", "fout-wachtwoord")
                    .klikKnop("Inloggen");
            assertThat(browser.tekst()).contains("klopt niet");

            browser.inloggen("regisseur");
            assertThat(browser.tekst()).contains("Ingelogd als regisseur");
            assertThat(browser.titel()).isEqualTo("Start · Samenspel");
            browser.screenshot("start");
        }
    }
}
