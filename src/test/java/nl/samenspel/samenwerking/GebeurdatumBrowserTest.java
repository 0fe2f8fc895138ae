package nl.samenspel.samenwerking;

import static nl.samenspel.samenwerking.TestData.DE_BILT;
import static nl.samenspel.samenwerking.TestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.account.AccountService;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A history recorded afterwards, as the regisseur sees it: the phase block with its date and deciding-body fields,
 * the transitions with their day, and the history sorted on the day things happened (axe on every page).
 */
@SamenspelTest
class GebeurdatumBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void deRegisseurZietEenAchterafVastgelegdeGeschiedenisOpDeDagWaaropHetGebeurde() {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Belastingen BUCH"), ZEIST, DE_BILT));
        String pad = "/api/v1/samenwerkingen/" + id;
        Http api = Http.api(port, "regisseur");
        assertThat(api.postJson(
                                pad + "/spanningen",
                                Map.of(
                                        "omschrijving",
                                        "Wie betaalt de ICT",
                                        "soort",
                                        "KOSTEN_VERDELING",
                                        "datum",
                                        "2015-06-15"))
                        .status())
                .isEqualTo(201);
        assertThat(api.postJson(
                                pad + "/fase",
                                Map.of(
                                        "fase",
                                        "ONDERHANDELEN",
                                        "reden",
                                        "Zo besloten.",
                                        "datum",
                                        "2015-09-01",
                                        "besluitOrgaan",
                                        "STUURGROEP"),
                                api.get(pad).header("ETag"))
                        .status())
                .isEqualTo(200);
        assertThat(api.postJson(
                                pad + "/stappen/uitstel",
                                Map.of("onderwerp", "FASE:VORMGEVEN", "reden", "Eerst de raden", "datum", "2016-02-01"))
                        .status())
                .isEqualTo(201);
        assertThat(api.postJson(
                                pad + "/fase",
                                Map.of(
                                        "fase",
                                        "AFSPREKEN",
                                        "reden",
                                        "De colleges wilden door.",
                                        "datum",
                                        "2016-11-20",
                                        "besluitOrgaan",
                                        "ALGEMEEN_BESTUUR"),
                                api.get(pad).header("ETag"))
                        .status())
                .isEqualTo(200);

        String naam = accounts.vindOpNaam("regisseur").orElseThrow().weergavenaam();
        try (Browser browser = new Browser(port)) {
            browser.inloggen("regisseur");
            browser.open("/samenwerkingen/" + id);
            assertThat(browser.tekst())
                    .contains("(sinds 20 november 2016)")
                    .contains("20 november 2016: van Onderhandelen naar Afspreken")
                    .contains("Besloten door: Algemeen bestuur")
                    .contains("(naar Afspreken, op 20 november 2016, vastgelegd door " + naam + ")")
                    .contains("Datum waarop het gebeurde");
            browser.screenshot("gebeurdatum-samenwerking");

            browser.open("/samenwerkingen/" + id + "/historie");
            String historie = browser.tekst();
            assertThat(historie)
                    .contains("Gebeurd op")
                    .contains("Vastgelegd op")
                    .contains("Naar fase")
                    .doesNotContain("AFSPREKEN");
            // Newest first by the day it happened: today's creation, then 2016, then 2015.
            assertThat(historie.indexOf("20 november 2016"))
                    .isPositive()
                    .isLessThan(historie.indexOf("1 februari 2016"));
            assertThat(historie.indexOf("1 februari 2016")).isLessThan(historie.indexOf("1 september 2015"));
            assertThat(historie.indexOf("1 september 2015")).isLessThan(historie.indexOf("15 juni 2015"));
            browser.screenshot("gebeurdatum-historie");

            browser.open("/samenwerkingen/" + id + "/stappen");
            assertThat(browser.tekst()).contains("1 februari 2016, vastgelegd door regisseur");
            browser.screenshot("gebeurdatum-stappen");
            browser.open("/samenwerkingen/" + id + "/stappen/spanningen");
            assertThat(browser.tekst()).contains("15 juni 2015");
            browser.open("/samenwerkingen/" + id + "/stappen/spanningen/nieuw");
            browser.controleer();
        }
    }
}
