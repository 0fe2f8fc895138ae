package nl.samenspel.toets;

import static nl.samenspel.toets.ToetsData.AMERSFOORT;
import static nl.samenspel.toets.ToetsData.HOUTEN;
import static nl.samenspel.toets.ToetsData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.account.AccountService;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A regisseur sees a finding appear after a change, records a deliberate deviation, and sees it resolved after the fix. */
@SamenspelTest
class ToetsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void eenBevindingVerschijntNaEenWijzigingEnVerdwijntNaHetHerstel() {
        // A regisseur who works for Amersfoort.
        String regie = ToetsData.account(accounts, Rol.REGISSEUR, AMERSFOORT);
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        String pad = "/samenwerkingen/" + id + "/toets";

        try (Browser b = new Browser(port)) {
            b.inloggen(regie).open(pad);
            assertThat(b.titel()).startsWith("Toets gouden regels");
            assertThat(b.tekst())
                    .contains("Een partij heeft niet gezegd wat zij niet wil")
                    .doesNotContain("De regisseur is ook vertegenwoordiger van een partij");
            b.screenshot("toets-samenwerking");

            // The change: Utrecht, where the regisseur works, joins.
            Http api = Http.api(port, regie);
            assertThat(api.putJson(
                                    "/api/v1/samenwerkingen/" + id,
                                    Map.of(
                                            "titel",
                                            "Toets in de browser",
                                            "omschrijving",
                                            "Met Utrecht.",
                                            "gemeenten",
                                            List.of(ZEIST, HOUTEN, AMERSFOORT)),
                                    "\"0\"")
                            .status())
                    .isEqualTo(200);
            b.open(pad);
            assertThat(b.tekst())
                    .contains("De regisseur is ook vertegenwoordiger van een partij")
                    .contains("is verbonden aan Amersfoort");
            assertThat(b.driver()
                            .findElement(By.cssSelector(".samenspel-indicator"))
                            .getText())
                    // An insider regisseur is worth a conversation (R6.3, AANDACHT), no risk while Amersfoort
                    // supplies nothing the others buy.
                    .contains("aandacht")
                    .doesNotContain("risico");
            b.screenshot("toets-regisseur-is-partij");

            // A deliberate deviation on another finding, through the form.
            b.driver()
                    .findElements(By.cssSelector(".samenspel-bevinding__erkennen summary"))
                    .get(0)
                    .click();
            b.driver()
                    .findElement(By.cssSelector("textarea[id^='veld-reden-R1-2-']"))
                    .sendKeys("Eerst na de raadsvergadering.");
            b.driver()
                    .findElements(By.cssSelector(".samenspel-bevinding__erkennen form button"))
                    .get(0)
                    .click();
            b.controleer();
            assertThat(b.pad()).endsWith("/toets?erkend");
            assertThat(b.tekst())
                    .contains("De bewuste afwijking is vastgelegd")
                    .contains("Eerst na de raadsvergadering.");

            // The fix: Utrecht leaves again; the finding is resolved and its history kept.
            assertThat(api.putJson(
                                    "/api/v1/samenwerkingen/" + id,
                                    Map.of(
                                            "titel",
                                            "Toets in de browser",
                                            "omschrijving",
                                            "Zonder Utrecht.",
                                            "gemeenten",
                                            List.of(ZEIST, HOUTEN)),
                                    "\"1\"")
                            .status())
                    .isEqualTo(200);
            b.open(pad);
            String regel6 = b.driver()
                    .findElement(By.cssSelector("section[aria-labelledby='regel-6']"))
                    .getText();
            assertThat(regel6).contains("Opgelost");
            assertThat(b.driver()
                            .findElement(By.cssSelector(".samenspel-indicator"))
                            .getText())
                    .doesNotContain("risico");
            b.screenshot("toets-opgelost");
        }
    }

    @Test
    void hetGemeenteoverzichtIsLeesbaarVoorEenRaadslid() {
        String raadslid = ToetsData.account(accounts, Rol.RAADSLID, ZEIST);
        long id = ToetsData.samenwerking(port, ToetsData.regisseur(accounts), ZEIST, HOUTEN);
        try (Browser b = new Browser(port)) {
            b.inloggen(raadslid).open("/gemeenten/" + ZEIST + "/toets");
            assertThat(b.tekst()).contains("Toets van de samenwerkingen van Zeist");
            // Issue 10: rules without checks say so in the council member's view, never "In orde".
            assertThat(b.tekst()).contains("Nog niet getoetst").contains("van 7 regels nog niet getoetst");
            assertThat(b.driver().findElements(By.cssSelector("a[href='/samenwerkingen/" + id + "/toets']")))
                    .isNotEmpty();
            assertThat(b.driver().findElements(By.tagName("textarea"))).isEmpty();
            b.screenshot("toets-gemeente");
        }
    }
}
