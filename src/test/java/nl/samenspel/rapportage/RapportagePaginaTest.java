package nl.samenspel.rapportage;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The report pages without JavaScript: make a report, fill in a line with a Dutch number, errors in Dutch with the
 * input kept, submitting refused naming the lines, then submitted; the trends page with an SVG chart and a table;
 * the client of another municipality does not get the page.
 */
@SamenspelTest
class RapportagePaginaTest {

    @LocalServerPort
    int port;

    static String zonderHost(String location) {
        return location.replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");
    }

    @Test
    void vanNieuweRapportageViaRegelsNaarIndieningEnTrends() {
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

        String basis = "/samenwerkingen/" + id + "/rapportages";
        Http r = Http.browser(port, "regisseur");
        Http.Antwoord pagina = r.get(basis);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains("Nieuwe rapportage").contains("DVO Zeist 2027");

        Http.Antwoord fout = r.formulier(basis, "dvo=" + dvo, "van=2027-03-31", "tot=2027-01-01");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body())
                .contains("href=\"#veld-tot\"")
                .contains("De laatste dag ligt voor de eerste dag")
                .contains("value=\"2027-03-31\"");

        Http.Antwoord goed = r.formulier(basis, "dvo=" + dvo, "van=2027-01-01", "tot=2027-03-31");
        assertThat(goed.status()).isEqualTo(302);
        String rapportage = zonderHost(goed.header("Location"));
        assertThat(rapportage).startsWith(basis + "/");
        Http.Antwoord concept = r.get(rapportage);
        assertThat(concept.body())
                .contains("Rapportage Zeist, 1e kwartaal 2027")
                .contains("Aanslagen op tijd verstuurd")
                .contains("Percentage op tijd")
                .contains("name=\"waarden[0]\"");
        JsonNode rap = api.get("/api/v1" + rapportage).json();
        long lijn = rap.path("lijnen").get(0).path("id").asLong();

        Http.Antwoord indienen = r.formulier(rapportage + "/indiening", "versie=1");
        assertThat(indienen.status()).isEqualTo(400);
        assertThat(indienen.body())
                .contains("Belastingen heffen: Aanslagen op tijd verstuurd")
                .contains("mist nog");

        Http.Antwoord geenGetal = r.formulier(
                rapportage + "/lijnen/" + lijn, "versie=1", "status=AANDACHT", "waarden[0]=veel", "verhaal=Storing");
        assertThat(geenGetal.status()).isEqualTo(400);
        assertThat(geenGetal.body())
                .contains("is geen getal")
                .contains("value=\"veel\"")
                .contains("Storing");

        Http.Antwoord regel = r.formulier(
                rapportage + "/lijnen/" + lijn,
                "versie=1",
                "status=AANDACHT",
                "waarden[0]=92,5",
                "verhaal=Twee weken vertraging door een storing.");
        assertThat(regel.status()).as(regel.body()).isEqualTo(302);
        JsonNode na = api.get("/api/v1" + rapportage).json();
        assertThat(na.path("lijnen")
                        .get(0)
                        .path("waarden")
                        .get(0)
                        .path("waarde")
                        .decimalValue())
                .isEqualByComparingTo("92.5");
        assertThat(r.get(rapportage).body()).contains("92,5").contains("Aandacht nodig");

        Http.Antwoord oud = r.formulier(rapportage + "/indiening", "versie=1");
        assertThat(oud.status()).isEqualTo(409);
        assertThat(r.formulier(rapportage + "/indiening", "versie=2").status()).isEqualTo(302);
        Http.Antwoord ingediend = r.get(rapportage);
        assertThat(ingediend.body()).contains("Ingediend").doesNotContain("name=\"verhaal\"");

        Http.Antwoord trends = r.get(basis + "/trends");
        assertThat(trends.status()).isEqualTo(200);
        assertThat(trends.body())
                .contains("<svg")
                .contains("role=\"img\"")
                .contains("Statussen van de regels voor Zeist per periode")
                .contains("<caption class=\"utrecht-table__caption\">Aantal regels per status per periode voor Zeist")
                .contains("De ernstigste status van Belastingen heffen per klant per periode");

        assertThat(Http.browser(port, "ambtenaar1").get(rapportage).status()).isEqualTo(200);
        assertThat(Http.browser(port, "ambtenaar2").get(rapportage).status()).isEqualTo(404);
        assertThat(Http.browser(port, "ambtenaar1").get(basis).body()).doesNotContain("Nieuwe rapportage");
    }
}
