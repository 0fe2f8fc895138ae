package nl.samenspel.gesprek;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The conversation pages without JavaScript: plan one (errors at the field, nothing stored), the agenda with its
 * probing questions, notes, an adjustment that opens a new DVO version, an action; the question bank page.
 */
@SamenspelTest
class GesprekPaginaTest {

    @LocalServerPort
    int port;

    static String api(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    @Test
    void vanPlannenViaAgendaNaarBijsturingZonderJavascript() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT);
        Http api = Http.api(port, TestAccounts.REGISSEUR);
        long dvo = api.postJson(api(id) + "/dvo", Map.of("gemeente", ZEIST, "jaar", 2027))
                .json()
                .path("id")
                .asLong();
        String dvoPad = api(id) + "/dvo/" + dvo;
        api.postJson(dvoPad + "/vaststelling", Map.of(), api.get(dvoPad).header("ETag"));
        Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                .postJson(api(id) + "/gedoe", Map.of("titel", "Telefoon onbereikbaar", "soort", "ONVOORZIEN"));
        String basis = "/samenwerkingen/" + id + "/gesprekken";

        Http wethouder = Http.browser(port, TestAccounts.BESTUURDER_ZEIST);
        Http.Antwoord lijst = wethouder.get(basis);
        assertThat(lijst.status()).isEqualTo(200);
        assertThat(lijst.body()).contains("Er zijn nog geen gesprekken", "Gesprek plannen", "aria-current=\"page\"");

        Http.Antwoord fout = wethouder.formulier(basis, "dvo=" + dvo, "datum=2027-03-01", "rapportage=424242");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body())
                .contains("href=\"#veld-rapportage\"")
                .contains("Deze voortgangsrapportage bestaat niet in deze samenwerking")
                .contains("value=\"424242\"");
        assertThat(api.get(api(id) + "/gesprekken").json()).isEmpty();

        Http.Antwoord goed = wethouder.formulier(basis, "dvo=" + dvo, "datum=2027-03-01", "rapportage=");
        assertThat(goed.status()).isEqualTo(302);
        String gesprek =
                goed.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
        Http.Antwoord pagina = wethouder.get(gesprek);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body())
                .contains("Telefoon onbereikbaar")
                .contains("Nieuw gedoe")
                .contains("Hoe is dit voorval ontstaan, vanuit uw kant bekeken?");

        assertThat(wethouder
                        .formulier(gesprek + "/verslag", "versie=1", "verslag=We spraken over bereikbaarheid.")
                        .status())
                .isEqualTo(302);
        Http.Antwoord leeg = wethouder.formulier(gesprek + "/bijsturingen", "tekst=", "nieuweDvoVersie=ja");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.body()).contains("href=\"#veld-tekst\"");
        Http.Antwoord bijsturing = wethouder.formulier(
                gesprek + "/bijsturingen", "tekst=Telefonische bereikbaarheid in de afspraak", "nieuweDvoVersie=ja");
        assertThat(bijsturing.status()).isEqualTo(302);
        assertThat(api.get(dvoPad).json().path("versienummer").asInt()).isEqualTo(2);
        assertThat(wethouder
                        .formulier(
                                gesprek + "/acties",
                                "omschrijving=Belscript maken",
                                "eigenaar=Teamleider",
                                "deadline=2027-04-01")
                        .status())
                .isEqualTo(302);
        assertThat(wethouder.get(gesprek).body())
                .contains("We spraken over bereikbaarheid.")
                .contains("Nieuwe versie 2 van de afspraak")
                .contains("Belscript maken");

        Http bilt = Http.browser(port, TestAccounts.AMBTENAAR_DE_BILT);
        assertThat(bilt.get(gesprek).status()).isEqualTo(404);
    }

    @Test
    void deVragenbankpaginaToontDeStandaardsetEnDeRegisseurPastHemAan() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT);
        String bank = "/samenwerkingen/" + id + "/vragenbank";
        Http regisseur = Http.browser(port, TestAccounts.REGISSEUR);
        Http.Antwoord pagina = regisseur.get(bank);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains("Dit is de standaardset", "Vraag toevoegen");
        Http.Antwoord fout = regisseur.formulier(bank, "soort=", "tekst=Iets");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("Kies bij welk soort agendapunt");
        assertThat(regisseur
                        .formulier(bank, "soort=REK", "tekst=Wat leert het gebruik ons?")
                        .status())
                .isEqualTo(302);
        assertThat(regisseur.get(bank).body())
                .contains("Wat leert het gebruik ons?")
                .doesNotContain("Dit is de standaardset");
        assertThat(Http.browser(port, TestAccounts.AMBTENAAR_ZEIST).get(bank).body())
                .doesNotContain("Vraag toevoegen");
    }
}
