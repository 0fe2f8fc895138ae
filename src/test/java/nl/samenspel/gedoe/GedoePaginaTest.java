package nl.samenspel.gedoe;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The gedoe pages without JavaScript: what each role sees, forms that post and redirect, errors at the field. */
@SamenspelTest
class GedoePaginaTest {

    @LocalServerPort
    int port;

    static String api(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    @Test
    void meldenEnBehandelenZonderJavascriptMetFoutenBijHetVeld() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http api = Http.api(port, "regisseur");
        long forum = api.postJson(api(id) + "/organen", Map.of("naam", "Opdrachtgeversoverleg", "lijn", "KLANT"))
                .json()
                .path("id")
                .asLong();
        api.putJson(api(id) + "/gedoe-instellingen", Map.of("forum", forum), "\"0\"");
        String basis = "/samenwerkingen/" + id + "/gedoe";

        Http ambtenaar = Http.browser(port, "ambtenaar1");
        Http.Antwoord leeg = ambtenaar.get(basis);
        assertThat(leeg.status()).isEqualTo(200);
        assertThat(leeg.body())
                .contains("Er is nog geen gedoe gemeld")
                .contains("Gedoe melden")
                .contains("Forum voor het onvoorziene: Opdrachtgeversoverleg")
                .contains("aria-current=\"page\"")
                .doesNotContain("Instellingen opslaan");

        Http.Antwoord fout = ambtenaar.formulier(basis, "titel=", "omschrijving=Het archief", "soort=", "gemeldOp=");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body())
                .contains("href=\"#veld-titel\"", "href=\"#veld-soort\"")
                .contains("Kies wat voor gedoe dit is")
                .contains("Het archief</textarea>");
        assertThat(api.get(api(id) + "/gedoe").json().path("totaal").asInt()).isZero();

        Http.Antwoord goed = ambtenaar.formulier(
                basis, "titel=Archiefkoppeling weg", "omschrijving=", "soort=KOPPELING", "gemeldOp=");
        assertThat(goed.status()).isEqualTo(302);
        String item = goed.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
        assertThat(item).startsWith(basis + "/");
        Http.Antwoord itemAlsAmbtenaar = ambtenaar.get(item);
        assertThat(itemAlsAmbtenaar.status()).isEqualTo(200);
        assertThat(itemAlsAmbtenaar.body())
                .contains("Gedoe 1: Archiefkoppeling weg")
                .contains("Test Ambtenaar (Zeist) (Zeist)")
                .doesNotContain("Behandelen");

        Http regisseur = Http.browser(port, "regisseur");
        Http.Antwoord alsRegisseur = regisseur.get(item);
        assertThat(alsRegisseur.body())
                .contains("Behandelen")
                .contains("<option value=\"" + forum + "\" selected")
                .contains("Deze samenwerking heeft nog geen dienstverleningsovereenkomsten");
        String versie = "1";
        Http.Antwoord besluitZonderForum = regisseur.formulier(
                item,
                Map.of(
                        "titel", "Archiefkoppeling weg",
                        "omschrijving", "",
                        "soort", "KOPPELING",
                        "forum", "",
                        "besluit", "Herstellen",
                        "beslotenOp", "",
                        "les", "",
                        "versie", versie));
        assertThat(besluitZonderForum.status()).isEqualTo(400);
        assertThat(besluitZonderForum.body()).contains("href=\"#veld-besluit\"").contains("Herstellen</textarea>");

        Http.Antwoord doorgeleid = regisseur.formulier(
                item,
                Map.of(
                        "titel", "Archiefkoppeling weg",
                        "omschrijving", "",
                        "soort", "KOPPELING",
                        "forum", String.valueOf(forum),
                        "besluit", "Herstellen",
                        "beslotenOp", "",
                        "les", "",
                        "versie", versie));
        assertThat(doorgeleid.status()).isEqualTo(302);
        assertThat(regisseur.get(item).body()).contains("Besloten").contains("Herstellen");

        Http.Antwoord lijst = Http.browser(port, "raadslid1").get(basis);
        assertThat(lijst.status()).isEqualTo(200);
        assertThat(lijst.body())
                .contains("Archiefkoppeling weg")
                .contains("Verbroken koppeling")
                .contains("Opdrachtgeversoverleg")
                .contains("0 dagen")
                .doesNotContain("Gedoe melden");
    }

    @Test
    void teLaatEnHetVangnetStaanLeesbaarOpDePagina() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http api = Http.api(port, "regisseur");
        api.postJson(
                api(id) + "/gedoe",
                Map.of(
                        "titel",
                        "Lang blijven liggen",
                        "soort",
                        "ONVOORZIEN",
                        "gemeldOp",
                        GedoeApiTest.vandaag().minusDays(30).toString()));
        String basis = "/samenwerkingen/" + id + "/gedoe";
        Http regisseur = Http.browser(port, "regisseur");
        assertThat(regisseur.get(basis).body())
                .contains("30 dagen")
                .contains("te lang open (meer dan 28 dagen)")
                .contains("Er is nog geen budget voor het vangnet");

        Http.Antwoord fout = regisseur.formulier(
                basis + "/instellingen", "forum=", "termijnDagen=nul", "vangnetBudget=1.5", "versie=0");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("href=\"#veld-termijnDagen\"", "href=\"#veld-vangnetBudget\"");
        assertThat(fout.body()).contains("value=\"1.5\"");

        assertThat(regisseur
                        .formulier(
                                basis + "/instellingen", "forum=", "termijnDagen=28", "vangnetBudget=1.000", "versie=0")
                        .status())
                .isEqualTo(302);
        assertThat(regisseur
                        .formulier(basis + "/vangnet", "datum=", "bedrag=1.200", "waarvoor=Inhuur", "gedoe=")
                        .status())
                .isEqualTo(302);
        Http.Antwoord pagina = regisseur.get(basis);
        assertThat(pagina.body())
                .contains("Budget: \u20ac 1.000,00")
                .contains("Gebruikt: \u20ac 1.200,00")
                .contains("Het vangnet is overschreden met \u20ac 200,00")
                .contains("Inhuur");
    }
}
