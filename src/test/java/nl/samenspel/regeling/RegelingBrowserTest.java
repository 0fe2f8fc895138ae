package nl.samenspel.regeling;

import static nl.samenspel.support.Rollen.DE_BILT;
import static nl.samenspel.support.Rollen.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The regisseur reaches the checklist from the samenwerking page, marks an item, records a raad's toestemming after
 * a refused future date; axe checks every page on the way (also the page with errors).
 */
@SamenspelTest
class RegelingBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void deRegisseurVinktEenOnderdeelAfEnLegtDeToestemmingVanEenRaadVast() {
        long id = RegelingData.metVorm(port, "OPENBAAR_LICHAAM", ZEIST, DE_BILT);
        String pad = "/samenwerkingen/" + id + "/regeling";
        try (Browser b = new Browser(port)) {
            b.inloggen("regisseur").open("/samenwerkingen/" + id);
            b.klikLink("Wat de regeling moet bevatten, en de toestemming en zienswijze van de raden");
            assertThat(b.pad()).isEqualTo(pad);
            assertThat(b.tekst())
                    .contains("Gekozen vorm: Openbaar lichaam.")
                    .contains("Gevolgen van uittreding")
                    .contains("Wgr art. 9")
                    .contains("artikelnummer niet nagetrokken")
                    .contains("Nog 16 onderdelen zijn niet afgevinkt.");

            b.typ("verwijzing", "artikel 2 van het ontwerp").klikKnop("Geregeld");
            assertThat(b.tekst())
                    .contains("Geregeld in: artikel 2 van het ontwerp")
                    .contains("Nog 15 onderdelen zijn niet afgevinkt.");

            b.kies("gemeente", "Zeist").kies("soort", "Toestemming");
            var datum = b.driver().findElement(By.id("raadsbesluit-datum"));
            b.driver()
                    .executeScript(
                            "arguments[0].value = arguments[1]",
                            datum,
                            Gebeurdatum.vandaag().plusDays(2).toString());
            b.typ("document", "Raadsbesluit 2026-041").klikKnop("Besluit vastleggen");
            assertThat(b.tekst()).contains("Controleer de volgende velden").contains("Deze datum ligt in de toekomst.");
            assertThat(Http.api(port, "regisseur")
                            .get("/api/v1/samenwerkingen/" + id + "/regeling-inhoud")
                            .json()
                            .path("gemeenten")
                            .get(0)
                            .path("toestemming")
                            .isNull())
                    .as("nothing stored")
                    .isTrue();
            assertThat(b.driver().findElement(By.name("document")).getAttribute("value"))
                    .as("what was typed stays")
                    .isEqualTo("Raadsbesluit 2026-041");
            b.screenshot("regeling-fout");

            b.driver().executeScript("arguments[0].value = ''", b.driver().findElement(By.id("veld-datum")));
            b.kies("gemeente", "Zeist").kies("soort", "Toestemming").klikKnop("Besluit vastleggen");
            assertThat(b.tekst()).contains("Raadsbesluit 2026-041");
            assertThat(b.tekst()).contains("Wissen").doesNotContain("Deze datum ligt in de toekomst.");
        }
    }
}
