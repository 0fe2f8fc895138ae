package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.BUNNIK;
import static nl.samenspel.verkenning.VerkenningTestData.DE_BILT;
import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static nl.samenspel.verkenning.VerkenningTestData.behoefte;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A position the regisseur recorded on Bunnik's behalf, unshared, is exactly as confidential as one Bunnik wrote
 * itself (page, API, side by side, analysis, toets, history); and the analysis and the toets treat it as provisional
 * until Bunnik confirms it, and say so, to those who may read it.
 */
@SamenspelTest
class PositieNamensVertrouwelijkheidTest {

    static final String GEHEIM = "Bunnik wil de WOZ in eigen hand houden";
    static final String VOORLOPIG = "voorlopig: nog niet bevestigd door Bunnik";

    @LocalServerPort
    int port;

    long id;
    long woz;
    String etag;

    @BeforeEach
    void deRegisseurLegtBunnikVastEnZeistDeeltZelf() {
        id = VerkenningTestData.samenwerking(port);
        woz = VerkenningTestData.taak(port, id, "WOZ-taxatie");
        Http.Antwoord a = Http.api(port, "regisseur")
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/posities/" + BUNNIK,
                        Map.of(
                                "watWillenWij",
                                GEHEIM,
                                "einddoel",
                                "ZELFSTANDIG_BLIJVEN",
                                "behoeften",
                                List.of(behoefte(woz, ZEIST, "STERK"), behoefte(woz, DE_BILT, "NIET")),
                                "gedeeld",
                                false,
                                "namens",
                                true),
                        null);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        etag = a.header("ETag");
        assertThat(VerkenningTestData.positie(
                                port,
                                "ambtenaar1",
                                id,
                                ZEIST,
                                true,
                                List.of(behoefte(woz, BUNNIK, "STERK"), behoefte(woz, DE_BILT, "ENIGSZINS")))
                        .status())
                .isEqualTo(201);
    }

    static List<JsonNode> bevindingen(JsonNode toets, String controle) {
        List<JsonNode> uit = new ArrayList<>();
        toets.path("regels")
                .forEach(r -> r.path("bevindingen").forEach(b -> {
                    if (b.path("controle").asString().equals(controle)) {
                        uit.add(b);
                    }
                }));
        return uit;
    }

    @Test
    void andereGemeentenEnRaadsledenZienNietsVanDeNamensVastgelegdePositie() {
        String api = "/api/v1/samenwerkingen/" + id;
        String pagina = "/samenwerkingen/" + id;
        for (String buitenstaander :
                List.of("ambtenaar1", "ambtenaar2", "bestuurder1", "raadslid1", "beheerder", "uitvoerder")) {
            Http http = Http.api(port, buitenstaander);
            assertThat(http.get(api + "/posities/" + BUNNIK).status())
                    .as(buitenstaander)
                    .isEqualTo(404);
            for (String pad : List.of(
                    "/posities",
                    "/posities/naast-elkaar",
                    "/posities/" + BUNNIK,
                    "/behoefteanalyse",
                    "/toets",
                    "/historie")) {
                Http.Antwoord a = http.get(api + pad);
                assertThat(a.body())
                        .as(buitenstaander + " " + pad)
                        .doesNotContain(GEHEIM)
                        .doesNotContain(VOORLOPIG)
                        .doesNotContain("ZELFSTANDIG_BLIJVEN")
                        .doesNotContain("R1.8");
            }
            Http browser = Http.browser(port, buitenstaander);
            assertThat(browser.get(pagina + "/posities/" + BUNNIK).status())
                    .as(buitenstaander)
                    .isEqualTo(404);
            for (String pad :
                    List.of("/posities", "/posities/naast-elkaar", "/behoefteanalyse", "/toets", "/historie")) {
                Http.Antwoord a = browser.get(pagina + pad);
                assertThat(a.body())
                        .as(buitenstaander + " " + pad)
                        .doesNotContain(GEHEIM)
                        .doesNotContain(VOORLOPIG)
                        .doesNotContain("namens Bunnik")
                        .doesNotContain("Zelfstandig blijven");
            }
            // a party cannot confirm it either, and learns nothing about it from trying
            assertThat(http.postJson(api + "/posities/" + BUNNIK + "/bevestiging", Map.of(), etag)
                            .status())
                    .as(buitenstaander)
                    .isIn(403, 404);
        }
        // the same strings are there for who may read it, so their absence above means something
        for (String binnen : List.of("ambtenaar3", "regisseur")) {
            Http.Antwoord a = Http.api(port, binnen).get(api + "/posities/" + BUNNIK);
            assertThat(a.status()).as(binnen).isEqualTo(200);
            assertThat(a.json().path("watWillenWij").asString()).isEqualTo(GEHEIM);
            assertThat(Http.browser(port, binnen)
                            .get(pagina + "/posities/naast-elkaar")
                            .body())
                    .as(binnen)
                    .contains(GEHEIM)
                    .contains("Vastgelegd door de regisseur namens Bunnik op");
        }
    }

    @Test
    void deAnalyseNoemtConclusiesOpDeOnbevestigdePositieVoorlopigTotBunnikBevestigt() {
        String api = "/api/v1/samenwerkingen/" + id + "/behoefteanalyse";
        for (String lezer : List.of("regisseur", "ambtenaar3")) {
            JsonNode analyse = Http.api(port, lezer).get(api).json();
            assertThat(analyse.path("voorlopig").toString()).as(lezer).contains(BUNNIK);
            JsonNode taak = analyse.path("taken").get(0);
            assertThat(taak.path("voorlopig").asString()).isEqualTo(VOORLOPIG);
            for (JsonNode paar : taak.path("paren")) {
                boolean metBunnik = paar.path("a").asString().equals(BUNNIK)
                        || paar.path("b").asString().equals(BUNNIK);
                // Zeist - De Bilt rests on Zeist's own answers (and De Bilt has none): not provisional
                assertThat(paar.path("voorlopig").isNull())
                        .as(lezer + " " + paar)
                        .isEqualTo(!metBunnik);
                if (metBunnik) {
                    assertThat(paar.path("voorlopigDoor").toString()).contains(BUNNIK);
                    assertThat(paar.path("voorlopig").asString()).isEqualTo(VOORLOPIG);
                }
            }
            assertThat(Http.browser(port, lezer)
                            .get("/samenwerkingen/" + id + "/behoefteanalyse")
                            .body())
                    .as(lezer)
                    .contains(VOORLOPIG)
                    .contains("De regisseur heeft de positie van Bunnik namens de gemeente vastgelegd");
        }

        Http.Antwoord b = Http.api(port, "ambtenaar3")
                .postJson("/api/v1/samenwerkingen/" + id + "/posities/" + BUNNIK + "/bevestiging", Map.of(), etag);
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        JsonNode analyse = Http.api(port, "regisseur").get(api).json();
        assertThat(analyse.path("voorlopig").size()).isZero();
        assertThat(analyse.toString()).doesNotContain(VOORLOPIG);
        assertThat(Http.browser(port, "regisseur")
                        .get("/samenwerkingen/" + id + "/behoefteanalyse")
                        .body())
                .doesNotContain(VOORLOPIG);
    }

    @Test
    void deToetsZegtDatDePositieNogNietBevestigdIsTotBunnikHaarBevestigt() {
        String toets = "/api/v1/samenwerkingen/" + id + "/toets";
        List<JsonNode> r18 = bevindingen(Http.api(port, "regisseur").get(toets).json(), "R1.8");
        assertThat(r18).hasSize(1);
        assertThat(r18.get(0).path("status").asString()).isEqualTo("OPEN");
        assertThat(r18.get(0).toString())
                .contains("De regisseur heeft de positie van Bunnik namens de gemeente vastgelegd")
                .doesNotContain(GEHEIM);
        assertThat(Http.browser(port, "regisseur")
                        .get("/samenwerkingen/" + id + "/toets")
                        .body())
                .contains("Een positie is namens een partij vastgelegd en nog niet bevestigd");

        Map<String, Object> aangepast = Map.of("watWillenWij", "Bunnik wil de WOZ toch delen", "gedeeld", false);
        Http.Antwoord w = Http.api(port, "ambtenaar3")
                .putJson("/api/v1/samenwerkingen/" + id + "/posities/" + BUNNIK, aangepast, etag);
        assertThat(w.status()).as(w.body()).isEqualTo(200);
        r18 = bevindingen(Http.api(port, "regisseur").get(toets).json(), "R1.8");
        assertThat(r18).hasSize(1);
        assertThat(r18.get(0).path("status").asString()).isEqualTo("OPGELOST");
    }
}
