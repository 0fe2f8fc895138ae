package nl.samenspel.overgang;

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
 * The overgang pages without JavaScript: the four sections, forms that post and redirect, errors in Dutch at the
 * field with what was typed kept, and each role seeing only the forms it may use.
 */
@SamenspelTest
class OvergangPaginaTest {

    @LocalServerPort
    int port;

    static String api(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    @Test
    void startEnTransitieMetFoutBijHetVeldEnInvoerBewaard() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/overgang";
        Http r = Http.browser(port, "regisseur");
        Http.Antwoord leeg = r.get(basis);
        assertThat(leeg.status()).isEqualTo(200);
        assertThat(leeg.body())
                .contains("Start en transitieperiode", "Maatregelen rond de start", "Overdrachtsinventaris")
                .contains("Nog geen transitieperiode vastgelegd")
                .contains("Medewerkers", "Bestuurders", "Raadsleden", "Inwoners en klanten")
                .contains("type=\"date\"", "name=\"versie\" value=\"0\"")
                .contains("aria-current=\"page\"");
        assertThat(leeg.body().split("Voor deze groep is nog niets vastgelegd", -1))
                .hasSize(5);

        Http.Antwoord fout = r.formulier(
                basis + "/start",
                Map.of(
                        "start", "2027-01-01",
                        "transitieStart", "2027-06-01",
                        "transitieEind", "2027-01-31",
                        "toelichting", "Eerst leren, dan vastzetten",
                        "versie", "0"));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body())
                .contains("href=\"#veld-transitieEind\"", "ligt voor het begin")
                .contains("value=\"2027-06-01\"", "value=\"2027-01-31\"", "Eerst leren, dan vastzetten");
        assertThat(Http.api(port, "regisseur").get(api(id) + "/overgang").header("ETag"))
                .isEqualTo("\"0\"");

        Http.Antwoord goed = r.formulier(
                basis + "/start",
                Map.of(
                        "start", "2027-01-01",
                        "transitieStart", "2027-01-01",
                        "transitieEind", "2027-12-31",
                        "toelichting", "Eerst leren, dan vastzetten",
                        "versie", "0"));
        assertThat(goed.status()).isEqualTo(302);
        assertThat(r.get(basis).body())
                .contains("Formele start: 1 januari 2027.")
                .contains("Transitieperiode: van 1 januari 2027 tot en met 31 december 2027.")
                .contains("name=\"versie\" value=\"1\"");
        // The same form again, with the version it was shown with: stale now.
        Http.Antwoord verouderd = r.formulier(
                basis + "/start",
                Map.of("start", "2027-02-01", "transitieStart", "", "transitieEind", "", "versie", "0"));
        assertThat(verouderd.status()).isEqualTo(409);
        assertThat(verouderd.body()).contains("Iemand anders heeft deze gegevens intussen gewijzigd", "2027-02-01");
    }

    @Test
    void maatregelenMetUitlegEnEenWaarschuwingBijHetWeghalenVanRek() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/overgang";
        Http r = Http.browser(port, "regisseur");
        Http.Antwoord nieuw = r.get(basis + "/maatregelen/nieuw");
        assertThat(nieuw.status()).isEqualTo(200);
        assertThat(nieuw.body()).contains("Stille buffer wegorganiseren", "type=\"radio\"");

        Http.Antwoord fout = r.formulier(
                basis + "/maatregelen",
                Map.of(
                        "soort",
                        "BUFFER_WEGORGANISEREN",
                        "omschrijving",
                        "Geen reservecapaciteit meer",
                        "jaar",
                        "volgend jaar",
                        "bedrag",
                        "1.5"));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body())
                .contains("href=\"#veld-jaar\"", "href=\"#veld-bedrag\"")
                .contains("value=\"volgend jaar\"", "value=\"1.5\"", "Geen reservecapaciteit meer")
                .contains("value=\"BUFFER_WEGORGANISEREN\" checked");
        assertThat(Http.api(port, "regisseur")
                        .get(api(id) + "/maatregelen")
                        .json()
                        .size())
                .isZero();

        Http.Antwoord goed = r.formulier(
                basis + "/maatregelen",
                Map.of(
                        "soort",
                        "BUFFER_WEGORGANISEREN",
                        "omschrijving",
                        "Geen reservecapaciteit meer",
                        "jaar",
                        "2027",
                        "bedrag",
                        "10.000"));
        assertThat(goed.status()).isEqualTo(302);
        Http.Antwoord pagina = r.get(basis);
        assertThat(pagina.body())
                .contains("Geen reservecapaciteit meer", "2027", "€ 10.000,00")
                .contains("Let op: deze maatregel haalt de rek weg");
        long mid = Http.api(port, "regisseur")
                .get(api(id) + "/maatregelen")
                .json()
                .get(0)
                .path("id")
                .asLong();
        Http.Antwoord bewerk = r.get(basis + "/maatregelen/" + mid);
        assertThat(bewerk.status()).isEqualTo(200);
        assertThat(bewerk.body()).contains("name=\"versie\" value=\"1\"", "value=\"10.000,00\"");
        assertThat(r.formulier(basis + "/maatregelen/" + mid + "/verwijderen", Map.of("versie", "1"))
                        .status())
                .isEqualTo(302);
        assertThat(r.get(basis).body()).contains("Nog geen maatregelen vastgelegd");
    }

    @Test
    void eenAmbtenaarVultDeInventarisAanVoorDeEigenGemeente() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/overgang";
        Http a = Http.browser(port, "ambtenaar1");
        Http.Antwoord overzicht = a.get(basis);
        assertThat(overzicht.status()).isEqualTo(200);
        assertThat(overzicht.body())
                .contains("Onderdeel toevoegen", "Verwachting toevoegen voor Medewerkers")
                .doesNotContain("Start en transitie opslaan", "Maatregel toevoegen");
        Http.Antwoord nieuw = a.get(basis + "/overdrachtsinventaris/nieuw");
        assertThat(nieuw.status()).isEqualTo(200);
        assertThat(nieuw.body()).contains("<option value=\"" + ZEIST + "\" selected");

        Http.Antwoord fout =
                a.formulier(basis + "/overdrachtsinventaris", Map.of("naam", "Baliebriefjes", "gemeente", ZEIST));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("href=\"#veld-soort\"", "value=\"Baliebriefjes\"");

        Http.Antwoord goed = a.formulier(
                basis + "/overdrachtsinventaris",
                Map.of("soort", "TUSSENDOORTAAK", "naam", "Baliebriefjes", "gemeente", ZEIST, "ontdektNaStart", "ja"));
        assertThat(goed.status()).isEqualTo(302);
        assertThat(a.get(basis).body())
                .contains("Tussendoortaken", "Baliebriefjes", "Ontdekt na de start", "Uit Zeist")
                .contains("Eén onderdeel bleek pas na de start over te gaan.");

        // Not for another municipality.
        Http.Antwoord ander = a.formulier(
                basis + "/overdrachtsinventaris", Map.of("soort", "TAAK", "naam", "Iets", "gemeente", DE_BILT));
        assertThat(ander.status()).isEqualTo(403);
    }

    @Test
    void eenRaadslidLeestAllesEnZietGeenFormulieren() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/overgang";
        Http wethouder = Http.browser(port, "bestuurder1");
        Http.Antwoord formulier = wethouder.get(basis + "/verwachtingen/nieuw?groep=RAADSLEDEN");
        assertThat(formulier.status()).isEqualTo(200);
        assertThat(formulier.body()).contains("<option value=\"RAADSLEDEN\" selected");
        assertThat(wethouder
                        .formulier(
                                basis + "/verwachtingen",
                                Map.of(
                                        "groep",
                                        "RAADSLEDEN",
                                        "verwachting",
                                        "Grip op de kosten",
                                        "volgendeToets",
                                        "2027-04-01"))
                        .status())
                .isEqualTo(302);

        Http raadslid = Http.browser(port, "raadslid1");
        Http.Antwoord pagina = raadslid.get(basis);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body())
                .contains("Grip op de kosten", "Opnieuw toetsen op 1 april 2027.")
                .doesNotContain(
                        "Start en transitie opslaan",
                        "Maatregel toevoegen",
                        "Onderdeel toevoegen",
                        "Verwachting toevoegen");
        assertThat(pagina.body().split("Voor deze groep is nog niets vastgelegd", -1))
                .hasSize(4);
        assertThat(raadslid.get(basis + "/maatregelen/nieuw").status()).isEqualTo(403);
        assertThat(raadslid.get(basis + "/verwachtingen/nieuw").status()).isEqualTo(403);
        assertThat(raadslid.formulier(basis + "/start", Map.of("start", "2027-01-01", "versie", "0"))
                        .status())
                .isEqualTo(403);
    }
}
