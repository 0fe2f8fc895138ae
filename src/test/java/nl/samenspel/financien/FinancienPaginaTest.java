package nl.samenspel.financien;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The money page without JavaScript: contributions as a chart with a table beside it in Dutch notation, forms that
 * post and redirect, errors at the field, and a civil servant recording that their own raad was informed.
 */
@SamenspelTest
class FinancienPaginaTest {

    @LocalServerPort
    int port;

    @Test
    void bijdragenAlsGrafiekEnTabelEnFormulierenZonderJavascript() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/financien";
        Http regisseur = Http.browser(port, "regisseur");

        Http.Antwoord leeg = regisseur.get(basis + "?jaar=2027");
        assertThat(leeg.status()).isEqualTo(200);
        assertThat(leeg.body())
                .contains("Er is nog geen verdeelsleutel")
                .contains("Voor 2027 is nog geen begroting ingevuld")
                .contains("Waarom een termijn?")
                .contains("aria-current=\"page\"");

        Http.Antwoord som = regisseur.formulier(
                basis + "/verdeelsleutel",
                "soort=VAST",
                "versie=0",
                "gemeente=" + ZEIST,
                "deel=60",
                "gemeente=" + DE_BILT,
                "deel=30");
        assertThat(som.status()).isEqualTo(400);
        assertThat(som.body()).contains("De percentages zijn samen 90; dat moet precies 100 zijn.");
        Http.Antwoord onleesbaar = regisseur.formulier(
                basis + "/verdeelsleutel",
                "soort=VAST",
                "versie=0",
                "gemeente=" + ZEIST,
                "deel=zestig",
                "gemeente=" + DE_BILT,
                "deel=40");
        assertThat(onleesbaar.status()).isEqualTo(400);
        assertThat(onleesbaar.body())
                .contains("href=\"#veld-deel-" + ZEIST + "\"")
                .contains("value=\"zestig\"");

        Http.Antwoord sleutel = regisseur.formulier(
                basis + "/verdeelsleutel",
                "soort=VAST",
                "versie=0",
                "gemeente=" + ZEIST,
                "deel=62,5",
                "gemeente=" + DE_BILT,
                "deel=37,5");
        assertThat(sleutel.status()).as(sleutel.body()).isEqualTo(302);
        Http.Antwoord begroting =
                regisseur.formulier(basis + "/begroting", "jaar=2027", "versie=0", "totaal=1.234.567,89");
        assertThat(begroting.status()).as(begroting.body()).isEqualTo(302);

        Http.Antwoord pagina = regisseur.get(basis + "?jaar=2027");
        assertThat(pagina.body())
                .contains("Begroting 2027: € 1.234.567,89.")
                .contains("<svg role=\"img\"")
                .contains("aria-labelledby=\"grafiek-titel grafiek-desc\"")
                .contains("€ 771.604,93")
                .contains("€ 462.962,96")
                .contains("62,5 %");

        Http.Antwoord nieuw = regisseur.formulier(
                basis + "/gebeurtenissen",
                "soort=TEKORT",
                "jaar=2027",
                "bedrag=10.000",
                "bekendOp=",
                "omschrijving=Tekort op de huisvesting");
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(302);
        String gebeurtenis =
                nieuw.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");

        Http ambtenaar = Http.browser(port, "ambtenaar1");
        Http.Antwoord alsAmbtenaar = ambtenaar.get(gebeurtenis);
        assertThat(alsAmbtenaar.status()).isEqualTo(200);
        assertThat(alsAmbtenaar.body())
                .contains("Tekort voor 2027")
                .contains("Vastleggen dat een raad is geïnformeerd")
                .doesNotContain("<option value=\"" + DE_BILT + "\"")
                .doesNotContain("Corrigeren");
        Http.Antwoord zonderWijze = ambtenaar.formulier(
                gebeurtenis + "/raadsinformatie",
                Map.of("gemeente", ZEIST, "geinformeerdOp", "", "wijze", "", "toelichting", "", "versie", "1"));
        assertThat(zonderWijze.status()).isEqualTo(400);
        assertThat(zonderWijze.body()).contains("Kies hoe de raad is geïnformeerd.");
        Http.Antwoord brief = ambtenaar.formulier(
                gebeurtenis + "/raadsinformatie",
                Map.of(
                        "gemeente",
                        ZEIST,
                        "geinformeerdOp",
                        "",
                        "wijze",
                        "RAADSINFORMATIEBRIEF",
                        "toelichting",
                        "",
                        "versie",
                        "1"));
        assertThat(brief.status()).as(brief.body()).isEqualTo(302);
        assertThat(ambtenaar.get(gebeurtenis).body()).contains("Raadsinformatiebrief");
        assertThat(ambtenaar.get(basis).body()).contains("1 van 2").doesNotContain("Verdeelsleutel opslaan");

        Http.Antwoord raadslid = Http.browser(port, "raadslid1").get(gebeurtenis);
        assertThat(raadslid.status()).isEqualTo(200);
        assertThat(raadslid.body()).doesNotContain("Vastleggen dat een raad is geïnformeerd");
    }
}
