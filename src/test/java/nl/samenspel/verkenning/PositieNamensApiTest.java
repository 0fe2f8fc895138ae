package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.BUNNIK;
import static nl.samenspel.verkenning.VerkenningTestData.DE_BILT;
import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static nl.samenspel.verkenning.VerkenningTestData.behoefte;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11: the regisseur records a municipality's position on its behalf ({@code "namens": true}) after talking to
 * it; the municipality sees the mark and confirms the position unchanged or changes it, and then it is its own.
 */
@SamenspelTest
class PositieNamensApiTest {

    static final String INHOUD = "Zeist wil de WOZ samen laten taxeren";

    @LocalServerPort
    int port;

    long id;
    long woz;
    String pad;

    @BeforeEach
    void samenwerkingMetTaak() {
        id = VerkenningTestData.samenwerking(port);
        woz = VerkenningTestData.taak(port, id, "WOZ-taxatie");
        pad = "/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST;
    }

    Map<String, Object> positie(Boolean namens) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("watWillenWij", INHOUD);
        body.put("watWillenWijNiet", "Geen gemeenschappelijke regeling");
        body.put("einddoel", "AMBTELIJKE_SAMENWERKING");
        body.put("uitgeslotenEinddoelen", List.of("BESTUURLIJKE_FUSIE_OP_TERMIJN"));
        body.put("behoeften", List.of(behoefte(woz, DE_BILT, "STERK"), behoefte(woz, BUNNIK, "ENIGSZINS")));
        body.put("kosten", Map.of("maximumPerJaar", 80000, "eigenRuimte", "Binnen de begroting"));
        body.put("gedeeld", false);
        if (namens != null) {
            body.put("namens", namens);
        }
        return body;
    }

    Http.Antwoord namensVastgelegd() {
        Http.Antwoord a = Http.api(port, "regisseur").putJson(pad, positie(true), null);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a;
    }

    @Test
    void deRegisseurLegtEenPositieNamensDeGemeenteVastEnDieZietHetMerk() {
        Http.Antwoord a = namensVastgelegd();
        assertThat(a.json().path("vastgelegdNamens").asBoolean()).isTrue();
        assertThat(a.json().path("bevestigd").asBoolean()).isFalse();
        assertThat(a.json().path("vastgelegdDoor").asString()).isEqualTo("Test Regisseur");
        assertThat(a.json().path("vastgelegdOp").asString()).isNotBlank();
        assertThat(a.json().path("einddoel").asString()).isEqualTo("AMBTELIJKE_SAMENWERKING");
        assertThat(a.json().path("behoeften").size()).isEqualTo(2);

        for (String zeist : List.of("ambtenaar1", "bestuurder1")) {
            Http.Antwoord gezien = Http.api(port, zeist).get(pad);
            assertThat(gezien.status()).as(zeist).isEqualTo(200);
            assertThat(gezien.json().path("watWillenWij").asString()).isEqualTo(INHOUD);
            assertThat(gezien.json().path("vastgelegdNamens").asBoolean()).isTrue();
            assertThat(gezien.json().path("vastgelegdDoor").asString()).isEqualTo("Test Regisseur");
        }
        // the regisseur may keep editing it as long as Zeist has not confirmed it, with the usual version check
        Map<String, Object> beter = positie(true);
        beter.put("watWillenWij", INHOUD + ", en de heffing ook");
        Http.Antwoord b = Http.api(port, "regisseur").putJson(pad, beter, a.header("ETag"));
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        assertThat(b.json().path("vastgelegdNamens").asBoolean()).isTrue();
        Http.Antwoord oud = Http.api(port, "regisseur").putJson(pad, positie(true), a.header("ETag"));
        assertThat(oud.status()).as(oud.body()).isEqualTo(412);
        assertThat(Http.api(port, "regisseur").putJson(pad, positie(true), null).status())
                .as("an existing position needs If-Match")
                .isEqualTo(428);
    }

    @Test
    void deRegisseurZonderNamensKrijgtEenDuidelijke400EnErWordtNietsOpgeslagen() {
        for (Boolean namens : new Boolean[] {null, false}) {
            Http.Antwoord a = Http.api(port, "regisseur").putJson(pad, positie(namens), null);
            assertThat(a.status()).as(a.body()).isEqualTo(400);
            assertThat(a.header("Content-Type")).contains("application/problem+json");
            assertThat(a.json().path("invalidParams").get(0).path("name").asString())
                    .isEqualTo("namens");
            assertThat(a.json().path("invalidParams").get(0).path("reason").asString())
                    .contains("namens")
                    .contains("true");
        }
        assertThat(Http.api(port, "regisseur").get(pad).status()).isEqualTo(404);
    }

    @Test
    void eenPartijLegtGeenPositieVastVoorEenAndereGemeente() {
        Http.Antwoord namens = Http.api(port, "ambtenaar2").putJson(pad, positie(true), null);
        assertThat(namens.status()).as(namens.body()).isEqualTo(403);
        // Zeist shares its position; De Bilt can read it but never write it, not even on Zeist's behalf
        Map<String, Object> gedeeld = positie(null);
        gedeeld.put("gedeeld", true);
        assertThat(Http.api(port, "ambtenaar1").putJson(pad, gedeeld, null).status())
                .isEqualTo(201);
        Http.Antwoord eigen = Http.api(port, "ambtenaar2").putJson(pad, positie(null), "\"0\"");
        assertThat(eigen.status()).as(eigen.body()).isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar2")
                        .putJson(pad, positie(true), "\"0\"")
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1")
                        .putJson(pad, positie(true), "\"0\"")
                        .status())
                .isEqualTo(403);
        // and a party cannot mark its own position as recorded by the regisseur
        Http.Antwoord zelf = Http.api(port, "ambtenaar1").putJson(pad, positie(true), "\"0\"");
        assertThat(zelf.status()).as(zelf.body()).isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar1")
                        .get(pad)
                        .json()
                        .path("vastgelegdNamens")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void deGemeenteBevestigtOngewijzigdEnDaarnaOverschrijftDeRegisseurHaarNiet() {
        Http.Antwoord vastgelegd = namensVastgelegd();
        String bevestiging = pad + "/bevestiging";
        assertThat(Http.api(port, "ambtenaar1").postJson(bevestiging, Map.of()).status())
                .as("without If-Match")
                .isEqualTo(428);
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(bevestiging, Map.of(), "\"99\"")
                        .status())
                .as("stale If-Match")
                .isEqualTo(412);
        assertThat(Http.api(port, "regisseur")
                        .postJson(bevestiging, Map.of(), vastgelegd.header("ETag"))
                        .status())
                .as("the regisseur cannot confirm for the municipality")
                .isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar2")
                        .postJson(bevestiging, Map.of(), vastgelegd.header("ETag"))
                        .status())
                .as("another party learns nothing about an unshared position")
                .isEqualTo(404);

        Http.Antwoord b = Http.api(port, "bestuurder1").postJson(bevestiging, Map.of(), vastgelegd.header("ETag"));
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        assertThat(b.json().path("vastgelegdNamens").asBoolean()).isFalse();
        assertThat(b.json().path("bevestigd").asBoolean()).isTrue();
        assertThat(b.json().path("vastgelegdDoor").isNull()).isTrue();
        assertThat(b.json().path("watWillenWij").asString()).isEqualTo(INHOUD);
        assertThat(b.json().path("behoeften").size()).isEqualTo(2);
        assertThat(b.header("ETag")).isNotEqualTo(vastgelegd.header("ETag"));

        Http.Antwoord nogEens = Http.api(port, "ambtenaar1").postJson(bevestiging, Map.of(), b.header("ETag"));
        assertThat(nogEens.status()).as(nogEens.body()).isEqualTo(409);

        Http.Antwoord overschrijven = Http.api(port, "regisseur").putJson(pad, positie(true), b.header("ETag"));
        assertThat(overschrijven.status()).as(overschrijven.body()).isEqualTo(409);
        assertThat(overschrijven.body()).contains("zelf vastgelegd of bevestigd");
        assertThat(Http.api(port, "ambtenaar1")
                        .get(pad)
                        .json()
                        .path("watWillenWij")
                        .asString())
                .isEqualTo(INHOUD);

        Http.Antwoord historie = Http.api(port, "regisseur").get("/api/v1/samenwerkingen/" + id + "/historie");
        assertThat(historie.body())
                .contains("regisseur")
                .contains("bestuurder1")
                .doesNotContain(INHOUD);
    }

    @Test
    void eenWijzigingDoorDeGemeenteMaaktDePositieVanHaar() {
        Http.Antwoord vastgelegd = namensVastgelegd();
        Map<String, Object> anders = positie(null);
        anders.put("watWillenWij", "Zeist wil alleen de heffing delen");
        Http.Antwoord a = Http.api(port, "ambtenaar1").putJson(pad, anders, vastgelegd.header("ETag"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("vastgelegdNamens").asBoolean()).isFalse();
        assertThat(a.json().path("bevestigd").asBoolean()).isTrue();
        assertThat(a.json().path("gewijzigdDoor").asString()).isEqualTo("ambtenaar1");
        assertThat(Http.api(port, "regisseur")
                        .get(pad)
                        .json()
                        .path("vastgelegdNamens")
                        .asBoolean())
                .isFalse();
        assertThat(Http.api(port, "regisseur")
                        .putJson(pad, positie(true), a.header("ETag"))
                        .status())
                .isEqualTo(409);
    }
}
