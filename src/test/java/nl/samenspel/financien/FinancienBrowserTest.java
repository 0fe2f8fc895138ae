package nl.samenspel.financien;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The money page and an event page in a real browser with axe: the chart, its table and recording a raad. */
@SamenspelTest
class FinancienBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void deRegisseurZietDeBijdragenEnDeAmbtenaarLegtDeRaadsinformatieVast() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String api = "/api/v1/samenwerkingen/" + id;
        Http r = Http.api(port, "regisseur");
        r.putJson(
                api + "/verdeelsleutel",
                Map.of("soort", "VAST", "delen", Map.of(ZEIST, new BigDecimal("70"), DE_BILT, new BigDecimal("30"))),
                "\"0\"");
        r.putJson(api + "/begrotingen/2027", Map.of("totaal", "2.000.000"), "\"0\"");
        long gebeurtenis = r.postJson(
                        api + "/financiele-gebeurtenissen",
                        Map.of(
                                "soort",
                                "EXTRA_BIJDRAGE",
                                "jaar",
                                2027,
                                "bedrag",
                                "100.000",
                                "omschrijving",
                                "Extra bijdrage voor de inhuur"))
                .json()
                .path("id")
                .asLong();
        String basis = "/samenwerkingen/" + id + "/financien";
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open(basis + "?jaar=2027");
            assertThat(regisseur.tekst())
                    .contains("Bijdragen per gemeente in 2027")
                    .contains("€ 1.400.000,00")
                    .contains("€ 70.000,00")
                    .contains("€ 1.470.000,00");
        }
        try (Browser zeist = new Browser(port)) {
            zeist.inloggen("ambtenaar1");
            zeist.open(basis + "/gebeurtenissen/" + gebeurtenis);
            zeist.kies("wijze", "Raadsinformatiebrief");
            zeist.klikKnop("Vastleggen");
            assertThat(zeist.tekst())
                    .contains("Vastgelegd dat de raad is geïnformeerd")
                    .contains("Raadsinformatiebrief");
        }
    }
}
