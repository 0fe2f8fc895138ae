package nl.samenspel.raad;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.Browser;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A council member goes from the start page to the overview for the council; axe checks every page on the way. */
@SamenspelTest
class RaadBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void eenRaadslidVindtVanafDeStartpaginaWatDeSamenwerkingVoorDeGemeenteBetekent() {
        RaadData.Casus casus = RaadData.casus(port);
        // A chosen form and bodies, so that axe also checks the organisation chart on this page.
        RaadData.ontwerp(port, casus.id());
        String pad = "/samenwerkingen/" + casus.id() + "/voor-de-raad";
        try (Browser b = new Browser(port)) {
            b.inloggen("raadslid1").open("/");
            b.driver().findElement(By.cssSelector("a[href='" + pad + "']")).click();
            assertThat(b.pad()).isEqualTo(pad);
            assertThat(b.titel()).startsWith("Voor de raad: " + casus.titel());
            assertThat(b.tekst())
                    .contains("Wat deze samenwerking betekent voor Zeist")
                    .contains("Zeist koopt deze taak in bij De Bilt.")
                    .contains("Besloten door: Gemeenteraad van Zeist.")
                    .contains(RaadData.GEDEELD_WIL)
                    .contains("Kosten voor Zeist: nog niet vastgelegd in Samenspel.")
                    .contains("Gekozen vorm en bestuur")
                    .contains("Het organogram in tekst")
                    .doesNotContain(RaadData.GEHEIM);
            // Nothing to fill in or press, but logging out.
            assertThat(b.driver().findElements(By.cssSelector("main form, main input, main select, main textarea")))
                    .isEmpty();
            b.screenshot("eerste-uur-08-raadslid");

            // From the samenwerking page the council member is pointed here as well.
            b.open("/samenwerkingen/" + casus.id());
            b.driver()
                    .findElement(By.linkText(
                            "Voor de raad: lees in gewone taal wat deze samenwerking betekent voor uw gemeente"))
                    .click();
            assertThat(b.pad()).isEqualTo(pad);
        }
    }
}
