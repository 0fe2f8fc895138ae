package nl.samenspel.evaluatie;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The evaluation and exit pages without JavaScript: what the regeling says, forms that post and redirect, errors in
 * Dutch at the field with the input kept, "over tijd" in words, who sees which form, and a dissolved samenwerking
 * pointing to its successor.
 */
@SamenspelTest
class EvaluatiePaginaTest {

    @LocalServerPort
    int port;

    static final LocalDate VANDAAG = LocalDate.now(java.time.Clock.system(Tijdstip.NEDERLAND));

    static String zonderHost(String location) {
        return location.replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
    }

    @Test
    void evaluatiesPlannenMetFoutenBijHetVeldEnOverTijdInWoorden() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/evaluaties";
        Http r = Http.browser(port, "regisseur");
        Http.Antwoord pagina = r.get(basis);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body())
                .contains("de regeling regelt dit nog niet")
                .contains("href=\"/samenwerkingen/" + id + "/regeling\"")
                .contains("aria-current=\"page\"")
                .contains("action=\"" + basis + "\"");

        Http.Antwoord fout = r.formulier(
                basis,
                "gepland=",
                "reikwijdte=",
                "evaluator=Rekenkamer Utrechtse Heuvelrug",
                "bevindingen=",
                "uitgevoerd=");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body())
                .contains("href=\"#veld-gepland\"", "href=\"#veld-reikwijdte\"")
                .contains("Vul de datum in waarop de evaluatie gepland is")
                .contains("value=\"Rekenkamer Utrechtse Heuvelrug\"");
        Http.Antwoord datum = r.formulier(
                basis, "gepland=15-03-2027", "reikwijdte=Alles", "evaluator=Bureau", "bevindingen=", "uitgevoerd=");
        assertThat(datum.status()).isEqualTo(400);
        assertThat(datum.body()).contains("Dit is geen geldige datum").contains("value=\"15-03-2027\"");
        assertThat(Http.api(port, "regisseur")
                        .get("/api/v1/samenwerkingen/" + id + "/evaluaties")
                        .json()
                        .path("totaal")
                        .asInt())
                .isZero();

        Http.Antwoord goed = r.formulier(
                basis,
                "gepland=" + VANDAAG.minusDays(5),
                "reikwijdte=De dienstverlening",
                "evaluator=Bureau",
                "bevindingen=",
                "uitgevoerd=");
        assertThat(goed.status()).isEqualTo(302);
        String evaluatie = zonderHost(goed.header("Location"));
        assertThat(evaluatie).startsWith(basis + "/");
        Http.Antwoord actie = r.formulier(
                evaluatie + "/acties",
                "omschrijving=Tarieven herzien",
                "eigenaar=Directeur",
                "deadline=" + VANDAAG.minusDays(1),
                "afgerond=");
        assertThat(actie.status()).as(actie.body()).isEqualTo(302);
        Http.Antwoord pag = r.get(evaluatie);
        assertThat(pag.status()).isEqualTo(200);
        assertThat(pag.body())
                .contains("Over tijd:")
                .contains("Tarieven herzien")
                .contains("Vandaag afgerond");

        // A council member reads, without forms.
        Http.Antwoord raad = Http.browser(port, "raadslid1").get(basis);
        assertThat(raad.status()).isEqualTo(200);
        assertThat(raad.body()).contains("De dienstverlening").doesNotContain("action=\"" + basis + "\"");
        assertThat(Http.browser(port, "raadslid1")
                        .formulier(basis, "gepland=2027-01-01", "reikwijdte=X", "evaluator=Y")
                        .status())
                .isEqualTo(403);
        assertThat(Http.browser(port, "ambtenaar3").get(basis).status())
                .as("Bunnik neemt niet deel")
                .isEqualTo(404);
    }

    @Test
    void eenGemeenteKondigtHaarUittredingAanEnDeRegisseurRondtHaarAf() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/uittredingen";
        Http zeist = Http.browser(port, "ambtenaar1");
        Http.Antwoord pagina = zeist.get(basis);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body())
                .contains("Voorwaarden voor uittreding")
                .contains("<option value=\"" + ZEIST + "\"")
                .doesNotContain("<option value=\"" + DE_BILT + "\"");

        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("gemeente", ZEIST);
        velden.put("aangekondigdOp", "");
        velden.put("datum", VANDAAG.toString());
        velden.put("reden", "");
        velden.put("afrekening", "1.5");
        velden.put("richting", "");
        Http.Antwoord fout = zeist.formulier(basis, velden);
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("href=\"#veld-afrekening\"").contains("value=\"1.5\"");
        velden.put("afrekening", "");
        Http.Antwoord zonderReden = zeist.formulier(basis, velden);
        assertThat(zonderReden.status()).isEqualTo(400);
        assertThat(zonderReden.body()).contains("href=\"#veld-reden\"");

        velden.put("reden", "Andere regio");
        Http.Antwoord goed = zeist.formulier(basis, velden);
        assertThat(goed.status()).as(goed.body()).isEqualTo(302);
        String uittreding = zonderHost(goed.header("Location"));
        assertThat(zeist.get(uittreding).body())
                .contains("Voorwaarden of afrekening nog niet vastgelegd")
                .doesNotContain("value=\"AFGEROND\"");

        Http r = Http.browser(port, "regisseur");
        assertThat(r.get(uittreding).body()).contains("value=\"AFGEROND\"");
        Map<String, String> af = new LinkedHashMap<>(velden);
        af.remove("gemeente");
        af.put("status", "AFGEROND");
        af.put("versie", "1");
        af.put("afrekening", "125.000,50");
        af.put("richting", "BETAALT");
        af.put("voorwaarden", "Opzegtermijn twee jaar");
        Http.Antwoord afgerond = r.formulier(uittreding, af);
        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(302);
        Http.Antwoord lijst = r.get(basis);
        assertThat(lijst.body())
                .contains("vertrokken op " + Tijdstip.dag(VANDAAG))
                .contains("Vertrokken partijen");
        Http.Antwoord detail = r.get(uittreding);
        assertThat(detail.body()).contains("€ 125.000,50").contains("De uittredende gemeente betaalt");
        af.put("versie", "2");
        Http.Antwoord nogmaals = r.formulier(uittreding, af);
        assertThat(nogmaals.status()).isEqualTo(409);
        assertThat(nogmaals.body()).contains("is afgerond");
    }

    @Test
    void eenAfgerondeOpheffingWijstNaarDeOpvolger() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/opheffing";
        Http r = Http.browser(port, "regisseur");
        assertThat(r.get(basis).body())
                .contains("Er is geen opheffing besloten")
                .contains("Vereffening bij opheffing");
        Http.Antwoord fout = r.formulier(
                basis,
                "besluitdatum=",
                "ingangsdatum=",
                "vereffening=Naar rato",
                "vereffenaar=",
                "status=AANGEKONDIGD",
                "versie=");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("href=\"#veld-besluitdatum\"").contains("Naar rato");
        Http.Antwoord goed = r.formulier(
                basis,
                "besluitdatum=" + VANDAAG,
                "ingangsdatum=" + VANDAAG,
                "vereffening=Naar rato van inwoners",
                "vereffenaar=Dagelijks bestuur",
                "status=AFGEROND",
                "versie=");
        assertThat(goed.status()).as(goed.body()).isEqualTo(302);
        for (String pagina : new String[] {basis, "/samenwerkingen/" + id + "/evaluaties"}) {
            Http.Antwoord a = Http.browser(port, "bestuurder1").get(pagina);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.body())
                    .contains("Deze samenwerking is opgeheven per " + Tijdstip.dag(VANDAAG))
                    .contains("href=\"/samenwerkingen/" + id + "/bewerken\"");
        }
        assertThat(Http.browser(port, "ambtenaar1")
                        .formulier(basis + "/verwijderen", "versie=1")
                        .status())
                .isEqualTo(403);
    }
}
