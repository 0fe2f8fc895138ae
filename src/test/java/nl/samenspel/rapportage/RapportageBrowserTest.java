package nl.samenspel.rapportage;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A report in the browser (axe on every page): fill in the line, submit, and read the trends as a chart with its
 * table.
 */
@SamenspelTest
class RapportageBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void deRegisseurVultEenRapportageInDientHaarInEnZietDeTrends() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http api = Http.api(port, "regisseur");
        String a = "/api/v1/samenwerkingen/" + id;
        long dienst = api.postJson(a + "/diensten", Map.of("naam", "Belastingen heffen", "backoffice", "Eén"))
                .json()
                .path("id")
                .asLong();
        long dvo = api.postJson(a + "/dvo", Map.of("gemeente", ZEIST, "jaar", 2027))
                .json()
                .path("id")
                .asLong();
        api.postJson(
                a + "/dvo/" + dvo + "/regels",
                Map.of(
                        "dienst",
                        dienst,
                        "resultaat",
                        "Aanslagen op tijd verstuurd",
                        "indicatoren",
                        List.of("Percentage op tijd")));
        long rapportage = api.postJson(a + "/rapportages", Map.of("dvo", dvo, "van", "2027-01-01", "tot", "2027-03-31"))
                .json()
                .path("id")
                .asLong();

        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open("/samenwerkingen/" + id + "/rapportages");
            assertThat(regisseur.tekst()).contains("1e kwartaal 2027").contains("Nieuwe rapportage");
            regisseur.klikLink("1e kwartaal 2027");
            assertThat(regisseur.pad()).isEqualTo("/samenwerkingen/" + id + "/rapportages/" + rapportage);

            regisseur.klikKnop("Rapportage indienen");
            assertThat(regisseur.tekst()).contains("mist nog een status en een verhaal");

            regisseur.kies("status", "Aandacht nodig");
            regisseur.typ("waarden[0]", "92,5");
            regisseur.typ("verhaal", "Twee weken vertraging door een storing in het aanslagsysteem.");
            regisseur.klikKnop("Regel opslaan");
            assertThat(regisseur.tekst()).contains("Opgeslagen").contains("92,5");
            regisseur.klikKnop("Rapportage indienen");
            assertThat(regisseur.tekst()).contains("De rapportage is ingediend");

            regisseur.klikLink("Trends");
            WebElement svg = regisseur.driver().findElement(By.cssSelector("svg[role='img']"));
            assertThat(svg.getAttribute("aria-labelledby")).contains("klant-" + ZEIST + "-titel");
            assertThat(regisseur.tekst())
                    .contains("Aantal regels per status per periode voor Zeist")
                    .contains("Ernstigste status van Belastingen heffen per klant per periode");
            regisseur.screenshotHelePagina("rapportage-trends");
        }
    }
}
