package nl.samenspel.samenwerking;

import static nl.samenspel.samenwerking.TestData.BUNNIK;
import static nl.samenspel.samenwerking.TestData.DE_BILT;
import static nl.samenspel.samenwerking.TestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SamenspelTest
class SamenwerkingFormulierTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void zoekenInHetFormulierHoudtDeInvoerVastEnToontTreffersAlsVinkjes() {
        long voor = TestData.aantalSamenwerkingen(jdbc);
        Http regisseur = Http.browser(port, "regisseur");
        assertThat(regisseur.get("/samenwerkingen/nieuw").status()).isEqualTo(200);

        Http.Antwoord gezocht = regisseur.formulier(
                "/samenwerkingen/nieuw",
                "actie=zoeken",
                "titel=Mijn titel",
                "omschrijving=Wat wij samen willen",
                "gemeenten=" + ZEIST,
                "zoekterm=bilt");
        assertThat(gezocht.status()).isEqualTo(200);
        assertThat(gezocht.body())
                .contains("value=\"Mijn titel\"")
                .contains(">Wat wij samen willen</textarea>")
                .contains("name=\"gemeenten\" value=\"GM0355\" checked")
                .contains("name=\"gemeenten\" value=\"GM0310\">")
                .contains("De Bilt (Utrecht)");
        assertThat(TestData.aantalSamenwerkingen(jdbc))
                .as("zoeken slaat niets op")
                .isEqualTo(voor);
    }

    @Test
    void opslaanMetFoutenToontNederlandseMeldingBijHetVeldEnHoudtDeInvoer() {
        long voor = TestData.aantalSamenwerkingen(jdbc);
        Http regisseur = Http.browser(port, "regisseur");
        regisseur.get("/samenwerkingen/nieuw");
        String lang = "y".repeat(100 * 1024);

        Http.Antwoord fout = regisseur.formulier(
                "/samenwerkingen/nieuw",
                "actie=opslaan",
                "titel=",
                "omschrijving=" + lang,
                "gemeenten=" + ZEIST,
                "gemeenten=GM9999");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body())
                .contains("id=\"veld-titel-fout\">Vul een titel in.")
                .contains("id=\"veld-omschrijving-fout\">Gebruik voor de omschrijving maximaal 10.000 tekens.")
                .contains("id=\"veld-gemeenten-fout\">Gemeentecode GM9999 bestaat niet.")
                .contains("Controleer de volgende velden")
                .contains(lang + "</textarea>")
                .contains("value=\"GM0355\" checked");
        assertThat(TestData.aantalSamenwerkingen(jdbc)).isEqualTo(voor);

        Http.Antwoord eenGemeente = regisseur.formulier(
                "/samenwerkingen/nieuw",
                "actie=opslaan",
                "titel=Te klein",
                "omschrijving=Alleen Zeist",
                "gemeenten=" + ZEIST);
        assertThat(eenGemeente.body())
                .contains("Kies minstens 2 verschillende gemeenten.")
                .contains("value=\"Te klein\"");
        assertThat(TestData.aantalSamenwerkingen(jdbc)).isEqualTo(voor);
    }

    @Test
    void beheerderKrijgtEenRegisseurveldEnMoetEenRegisseurKiezen() {
        Http beheerder = Http.browser(port, "beheerder");
        assertThat(beheerder.get("/samenwerkingen/nieuw").body()).contains("name=\"regisseur\"");
        Http.Antwoord fout = beheerder.formulier(
                "/samenwerkingen/nieuw",
                "actie=opslaan",
                "titel=Door beheer",
                "omschrijving=o",
                "gemeenten=" + ZEIST,
                "gemeenten=" + BUNNIK,
                "regisseur=ambtenaar2");
        assertThat(fout.body()).contains("id=\"veld-regisseur-fout\">Er is geen regisseur met deze gebruikersnaam.");
        Http.Antwoord goed = beheerder.formulier(
                "/samenwerkingen/nieuw",
                "actie=opslaan",
                "titel=" + TestData.uniek("Door beheer"),
                "omschrijving=o",
                "gemeenten=" + ZEIST,
                "gemeenten=" + BUNNIK,
                "regisseur=regisseur");
        assertThat(goed.status()).isEqualTo(302);
        assertThat(Http.browser(port, "regisseur").get("/samenwerkingen/nieuw").body())
                .doesNotContain("name=\"regisseur\"");
    }

    @Test
    void aanmakenViaHetFormulierLeidtNaarDeNieuweSamenwerking() {
        Http regisseur = Http.browser(port, "regisseur");
        regisseur.get("/samenwerkingen/nieuw");
        String titel = TestData.uniek("Samen ICT");
        Http.Antwoord opgeslagen = regisseur.formulier(
                "/samenwerkingen/nieuw",
                "actie=opslaan",
                "titel=" + titel,
                "omschrijving=Een gedeelde servicedesk",
                "gemeenten=" + ZEIST,
                "gemeenten=" + DE_BILT,
                "gemeenten=" + BUNNIK);
        assertThat(opgeslagen.status()).isEqualTo(302);
        String locatie = opgeslagen.header("Location");
        assertThat(locatie).matches(".*/samenwerkingen/\\d+\\?aangemaakt");
        Http.Antwoord pagina = regisseur.get(locatie.substring(locatie.indexOf("/samenwerkingen/")));
        assertThat(pagina.body())
                .contains(titel)
                .contains("Samenwerking „" + titel + "” is aangemaakt.")
                .doesNotContain("De wijzigingen zijn opgeslagen")
                .contains("Bewerken")
                .contains("Archiveren")
                .contains("Historie");
    }

    @Test
    void scriptTekstWordtInLijstEnPaginaEscaped() {
        String titel = "<script>alert(1)</script>" + TestData.uniek("xss");
        long id = TestData.id(TestData.maak(port, "regisseur", titel, ZEIST, DE_BILT));
        Http regisseur = Http.browser(port, "regisseur");
        String lijst = regisseur.get("/samenwerkingen").body();
        String pagina = regisseur.get("/samenwerkingen/" + id).body();
        for (String html : List.of(lijst, pagina)) {
            assertThat(html)
                    .doesNotContain("<script>alert(1)</script>")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    @Test
    void verouderdOpslaanHoudtDeInvoerEnToontDeMelding() {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Conflict"), ZEIST, DE_BILT));
        Http regisseur = Http.browser(port, "regisseur");
        Http.Antwoord formulier = regisseur.get("/samenwerkingen/" + id + "/bewerken");
        assertThat(formulier.body()).contains("name=\"versie\" value=\"0\"");

        // Someone else saves in between.
        Http.Antwoord tussendoor = Http.api(port, "regisseur")
                .putJson(
                        "/api/v1/samenwerkingen/" + id,
                        Map.of(
                                "titel",
                                "Tussendoor gewijzigd",
                                "omschrijving",
                                "anders",
                                "gemeenten",
                                List.of(ZEIST, DE_BILT)),
                        "\"0\"");
        assertThat(tussendoor.status()).isEqualTo(200);

        Http.Antwoord oud = regisseur.formulier(
                "/samenwerkingen/" + id + "/bewerken",
                "actie=opslaan",
                "titel=Mijn eigen titel",
                "omschrijving=Mijn eigen tekst",
                "gemeenten=" + ZEIST,
                "gemeenten=" + BUNNIK,
                "versie=0");
        assertThat(oud.status()).isEqualTo(409);
        assertThat(oud.body())
                .contains("Iemand anders heeft deze gegevens intussen gewijzigd")
                .contains("value=\"Mijn eigen titel\"")
                .contains(">Mijn eigen tekst</textarea>")
                .contains("value=\"GM0312\" checked")
                .contains("Tussendoor gewijzigd")
                .contains("name=\"versie\" value=\"1\"");
        JsonNode nu =
                Http.api(port, "regisseur").get("/api/v1/samenwerkingen/" + id).json();
        assertThat(nu.path("titel").asString()).isEqualTo("Tussendoor gewijzigd");

        // Saving again, now knowingly over the current version, works.
        Http.Antwoord opnieuw = regisseur.formulier(
                "/samenwerkingen/" + id + "/bewerken",
                "actie=opslaan",
                "titel=Mijn eigen titel",
                "omschrijving=Mijn eigen tekst",
                "gemeenten=" + ZEIST,
                "gemeenten=" + BUNNIK,
                "versie=1");
        assertThat(opnieuw.status()).isEqualTo(302);
        assertThat(Http.api(port, "regisseur")
                        .get("/api/v1/samenwerkingen/" + id)
                        .json()
                        .path("titel")
                        .asString())
                .isEqualTo("Mijn eigen titel");
    }

    @Test
    void archiverenViaDePaginaVerbergtUitDeLijstEnLegtHetVast() {
        String titel = TestData.uniek("Archief");
        long id = TestData.id(TestData.maak(port, "regisseur", titel, ZEIST, DE_BILT));
        Http regisseur = Http.browser(port, "regisseur");
        regisseur.get("/samenwerkingen/" + id);
        Http.Antwoord a = regisseur.formulier("/samenwerkingen/" + id + "/archiveren", "versie=0");
        assertThat(a.status()).isEqualTo(302);
        String terug = a.header("Location");
        assertThat(regisseur
                        .get(terug.substring(terug.indexOf("/samenwerkingen/")))
                        .body())
                .contains("De samenwerking is gearchiveerd.")
                .doesNotContain("De wijzigingen zijn opgeslagen");
        regisseur.get("/samenwerkingen/" + id);
        Http.Antwoord uit = regisseur.formulier("/samenwerkingen/" + id + "/dearchiveren", "versie=1");
        assertThat(uit.status()).isEqualTo(302);
        String weer = uit.header("Location");
        assertThat(regisseur
                        .get(weer.substring(weer.indexOf("/samenwerkingen/")))
                        .body())
                .contains("De samenwerking is uit het archief gehaald.");
        regisseur.get("/samenwerkingen/" + id);
        assertThat(regisseur
                        .formulier("/samenwerkingen/" + id + "/archiveren", "versie=2")
                        .status())
                .isEqualTo(302);

        assertThat(regisseur.get("/samenwerkingen").body()).doesNotContain(titel);
        assertThat(regisseur.get("/samenwerkingen?gearchiveerd=true").body())
                .contains(titel)
                .contains("Gearchiveerd");
        String historie = regisseur.get("/samenwerkingen/" + id + "/historie").body();
        assertThat(historie)
                .contains("Gearchiveerd")
                .contains("Aangemaakt")
                .contains("<del>nee</del>")
                .contains("<ins>ja</ins>");
    }
}
