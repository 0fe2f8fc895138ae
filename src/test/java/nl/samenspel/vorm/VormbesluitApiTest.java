package nl.samenspel.vorm;

import static nl.samenspel.support.Rollen.DE_BILT;
import static nl.samenspel.support.Rollen.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The form decision through the API (issue 12): only once the form step is open, only by the regisseur, with a
 * version; changing it later is allowed and needs the current version.
 */
@SamenspelTest
class VormbesluitApiTest {

    @LocalServerPort
    int port;

    @Test
    void deRegisseurKiestEenVormAlsDeVormstapOpenIsEnWijzigtHemLater() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String pad = "/api/v1/samenwerkingen/" + id;
        Http regisseur = Http.api(port, "regisseur");
        Map<String, String> contract = Map.of("vorm", "CONTRACT", "motivering", "Eén gemeente koopt bij de ander.");

        Http.Antwoord dicht = regisseur.putJson(pad + "/vormbesluit", contract, "\"0\"");
        assertThat(dicht.status()).as(dicht.body()).isEqualTo(409);
        assertThat(dicht.json().path("ontbreekt").size()).isPositive();

        Http.Antwoord open =
                regisseur.postJson(pad + "/stappen/vorm/ontgrendeling", Map.of("reden", "Bestuurlijke haast"));
        assertThat(open.status()).as(open.body()).isEqualTo(201);

        Http.Antwoord leeg = regisseur.get(pad + "/vormbesluit");
        assertThat(leeg.status()).isEqualTo(200);
        assertThat(leeg.json().path("vorm").isNull()).isTrue();
        assertThat(leeg.header("ETag")).isEqualTo("\"0\"");

        Http.Antwoord gekozen = regisseur.putJson(pad + "/vormbesluit", contract, "\"0\"");
        assertThat(gekozen.status()).as(gekozen.body()).isEqualTo(200);
        assertThat(gekozen.json().path("vorm").asText()).isEqualTo("CONTRACT");
        assertThat(gekozen.json().path("beslotenDoor").asText()).isEqualTo("regisseur");
        assertThat(gekozen.header("ETag")).isEqualTo("\"1\"");

        Http.Antwoord verouderd = regisseur.putJson(
                pad + "/vormbesluit", Map.of("vorm", "CENTRUMREGELING", "motivering", "Toch"), "\"0\"");
        assertThat(verouderd.status()).isEqualTo(412);

        Http.Antwoord gewijzigd = regisseur.putJson(
                pad + "/vormbesluit", Map.of("vorm", "CENTRUMREGELING", "motivering", "Zeist voert uit"), "\"1\"");
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        Http.Antwoord gelezen = Http.api(port, "ambtenaar1").get(pad + "/vormbesluit");
        assertThat(gelezen.json().path("vorm").asText()).isEqualTo("CENTRUMREGELING");
        assertThat(gelezen.json().path("motivering").asText()).isEqualTo("Zeist voert uit");
    }

    @Test
    void slechteInvoerOfEenAnderDanDeRegisseurSlaatNietsOp() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String pad = "/api/v1/samenwerkingen/" + id;
        Http regisseur = Http.api(port, "regisseur");
        regisseur.postJson(pad + "/stappen/vorm/ontgrendeling", Map.of("reden", "Bestuurlijke haast"));

        Http.Antwoord onbekend = regisseur.putJson(pad + "/vormbesluit", Map.of("vorm", "KOEPEL"), "\"0\"");
        assertThat(onbekend.status()).as(onbekend.body()).isEqualTo(400);
        assertThat(onbekend.body()).contains("vorm");
        Http.Antwoord zonder = regisseur.putJson(pad + "/vormbesluit", Map.of("motivering", "x"), "\"0\"");
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.body()).contains("Kies een vorm");
        Http.Antwoord ambtenaar =
                Http.api(port, "ambtenaar1").putJson(pad + "/vormbesluit", Map.of("vorm", "CONTRACT"), "\"0\"");
        assertThat(ambtenaar.status()).isEqualTo(403);
        Http.Antwoord orgaan =
                regisseur.putJson(pad + "/vormbesluit", Map.of("vorm", "CONTRACT", "besluitOrgaan", "KOEPEL"), "\"0\"");
        assertThat(orgaan.status()).as(orgaan.body()).isEqualTo(400);
        assertThat(orgaan.body()).contains("besluitOrgaan").contains("besluitorgaan bestaat niet");
        assertThat(Http.browser(port, "regisseur")
                        .get("/samenwerkingen/999999999/vorm")
                        .status())
                .isEqualTo(404);

        assertThat(regisseur.get(pad + "/vormbesluit").json().path("vorm").isNull())
                .isTrue();
    }
}
