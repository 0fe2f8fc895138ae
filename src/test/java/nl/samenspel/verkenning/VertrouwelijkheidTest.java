package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.BUNNIK;
import static nl.samenspel.verkenning.VerkenningTestData.DE_BILT;
import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static nl.samenspel.verkenning.VerkenningTestData.behoefte;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An unshared position of Bunnik is readable only by Bunnik's civil servants and aldermen and the regisseur. Every
 * path is tried by everyone else: page, API, lists, analysis, historie, guessed codes and writes.
 */
@SamenspelTest
class VertrouwelijkheidTest {

    private static final String GEHEIM = "Geheim doel van " + BUNNIK;
    /** The demo accounts of Zeist and De Bilt, the partners of this samenwerking: they read shared positions. */
    private static final Set<String> PARTNERS = Set.of("ambtenaar1", "ambtenaar2", "raadslid1", "bestuurder1");
    /** Sees every samenwerking, but no position of any municipality. */
    private static final String BEHEERDER = "beheerder";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    long id;
    long woz;

    @BeforeEach
    void bunnikSchrijftEenNietGedeeldePositie() {
        id = VerkenningTestData.samenwerking(port);
        woz = VerkenningTestData.taak(port, id, "WOZ-taxatie");
        Http.Antwoord a = VerkenningTestData.positie(
                port,
                "ambtenaar3",
                id,
                BUNNIK,
                false,
                List.of(behoefte(woz, ZEIST, "STERK"), behoefte(woz, DE_BILT, "NIET")));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(VerkenningTestData.positie(
                                port,
                                "ambtenaar1",
                                id,
                                ZEIST,
                                true,
                                List.of(behoefte(woz, BUNNIK, "NIET"), behoefte(woz, DE_BILT, "STERK")))
                        .status())
                .isEqualTo(201);
    }

    private String nieuwAccount(Rol rol, String gemeente) {
        String naam = ("vt" + rol.name() + System.nanoTime() % 1_000_000_000).toLowerCase(Locale.ROOT);
        accounts.maak(new NieuwAccount(naam, "Test " + naam, "samenspel", Set.of(rol), gemeente));
        return naam;
    }

    @Test
    void andereGemeentenEnRaadsledenZienNietDatDePositieBestaat() {
        String bestuurderBunnik = nieuwAccount(Rol.BESTUURDER, BUNNIK);
        String raadslidBunnik = nieuwAccount(Rol.RAADSLID, BUNNIK);
        String api = "/api/v1/samenwerkingen/" + id + "/posities/";
        String pagina = "/samenwerkingen/" + id + "/posities/";
        for (String buitenstaander : List.of(
                "ambtenaar1", "ambtenaar2", "raadslid1", "bestuurder1", "beheerder", "uitvoerder", raadslidBunnik)) {
            Http http = Http.api(port, buitenstaander);
            assertThat(http.get(api + BUNNIK).status()).as(buitenstaander).isEqualTo(404);
            assertThat(http.get(api + BUNNIK.toLowerCase(Locale.ROOT)).status())
                    .as(buitenstaander)
                    .isEqualTo(404);
            assertThat(http.get(api + BUNNIK).body()).doesNotContain(GEHEIM);
            // an existing unshared position and a non-existent one answer the same
            assertThat(http.get(api + "GM9999").status()).as(buitenstaander).isEqualTo(404);
            Http.Antwoord lijst = http.get(api.substring(0, api.length() - 1));
            assertThat(lijst.body())
                    .as(buitenstaander)
                    .doesNotContain(GEHEIM)
                    .doesNotContain("\"gemeente\":\"" + BUNNIK);
            // Who may see the samenwerking sees the analysis without Bunnik's needs; the others see nothing at all.
            boolean leest = PARTNERS.contains(buitenstaander) || buitenstaander.equals(raadslidBunnik);
            boolean ziet = leest || buitenstaander.equals(BEHEERDER);
            Http.Antwoord analyse = http.get("/api/v1/samenwerkingen/" + id + "/behoefteanalyse");
            assertThat(analyse.status()).as(buitenstaander).isEqualTo(ziet ? 200 : 404);
            assertThat(analyse.body())
                    .as(buitenstaander)
                    .doesNotContain("Bunnik koopt")
                    .doesNotContain("Bunnik heeft Zeist sterk");
            if (ziet) {
                JsonNode behoeften = analyse.json().path("taken").get(0).path("behoeften");
                List<String> van = behoeften
                        .valueStream()
                        .map(b -> b.path("van").asString())
                        .toList();
                assertThat(van).as(buitenstaander).doesNotContain(BUNNIK);
                if (leest) {
                    // Zeist's shared needs are there, so an empty list cannot pass for "Bunnik's needs are hidden"
                    assertThat(van).as(buitenstaander).contains(ZEIST);
                }
                assertThat(analyse.json().path("nietZichtbaar").toString())
                        .as(buitenstaander)
                        .contains(BUNNIK);
            }
            Http browser = Http.browser(port, buitenstaander);
            assertThat(browser.get(pagina + BUNNIK).status()).as(buitenstaander).isEqualTo(404);
            Http.Antwoord overzicht = browser.get("/samenwerkingen/" + id + "/posities");
            assertThat(overzicht.status()).as(buitenstaander).isEqualTo(ziet ? 200 : 404);
            assertThat(overzicht.body()).doesNotContain(GEHEIM).doesNotContain(pagina + BUNNIK);
            Http.Antwoord analysePagina = browser.get("/samenwerkingen/" + id + "/behoefteanalyse");
            assertThat(analysePagina.status()).as(buitenstaander).isEqualTo(ziet ? 200 : 404);
            assertThat(analysePagina.body())
                    .as(buitenstaander)
                    .doesNotContain("Bunnik koopt")
                    .doesNotContain("Bunnik heeft Zeist sterk");
            if (ziet) {
                // the page does show the analysis, and says that Bunnik's answers are not visible
                assertThat(analysePagina.body()).as(buitenstaander).containsPattern("als ontbrekend: [^<]*Bunnik");
            }
            if (leest) {
                assertThat(analysePagina.body()).as(buitenstaander).contains("Zeist heeft De Bilt sterk nodig");
            }
        }
        assertThat(Http.api(port, "ambtenaar2")
                        .putJson(api + BUNNIK, Map.of("watWillenWij", "overschreven"), "\"0\"")
                        .status())
                .isEqualTo(404);
        assertThat(Http.api(port, "raadslid1")
                        .putJson(api + BUNNIK, Map.of(), "\"0\"")
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, raadslidBunnik)
                        .putJson(api + BUNNIK, Map.of(), "\"0\"")
                        .status())
                .isEqualTo(403);

        for (String binnen : List.of("ambtenaar3", bestuurderBunnik, "regisseur")) {
            Http.Antwoord a = Http.api(port, binnen).get(api + BUNNIK);
            assertThat(a.status()).as(binnen).isEqualTo(200);
            assertThat(a.json().path("watWillenWij").asText()).isEqualTo(GEHEIM);
        }
        JsonNode regisseurAnalyse = Http.api(port, "regisseur")
                .get("/api/v1/samenwerkingen/" + id + "/behoefteanalyse")
                .json();
        assertThat(regisseurAnalyse.path("nietZichtbaar").size()).isEqualTo(1);
        assertThat(regisseurAnalyse.toString()).contains("Bunnik koopt");
        // the same strings the outsiders must not see are on the regisseur's page, so their absence above means
        // something
        assertThat(Http.browser(port, "regisseur")
                        .get("/samenwerkingen/" + id + "/behoefteanalyse")
                        .body())
                .contains("Bunnik koopt")
                .contains("Bunnik heeft Zeist sterk nodig");
        Http.Antwoord regisseur = Http.api(port, "regisseur").putJson(api + BUNNIK, Map.of(), "\"0\"");
        assertThat(regisseur.status())
                .as("de regisseur schrijft een positie alleen namens de gemeente")
                .isEqualTo(400);
        assertThat(regisseur.body()).contains("namens");
        assertThat(Http.api(port, "regisseur")
                        .putJson(api + BUNNIK, Map.of("namens", true), "\"0\"")
                        .status())
                .as("en overschrijft nooit een positie die de gemeente zelf vastlegde")
                .isEqualTo(409);
    }

    @Test
    void naDelenLezenAllePartijenMeeMaarAnderenNiet() {
        String api = "/api/v1/samenwerkingen/" + id + "/posities/" + BUNNIK;
        assertThat(Http.api(port, "ambtenaar3")
                        .putJson(api, Map.of("watWillenWij", GEHEIM, "gedeeld", true), "\"0\"")
                        .status())
                .isEqualTo(200);
        for (String partij : List.of("ambtenaar1", "ambtenaar2", "raadslid1", "bestuurder1")) {
            assertThat(Http.api(port, partij).get(api).status()).as(partij).isEqualTo(200);
        }
        String utrecht = nieuwAccount(Rol.AMBTENAAR, VerkenningTestData.UTRECHT);
        assertThat(Http.api(port, utrecht).get(api).status()).isEqualTo(404);
        assertThat(Http.api(port, "beheerder").get(api).status()).isEqualTo(404);
    }

    @Test
    void historieToontBijVertrouwelijkeWijzigingenAlleenWieEnWanneer() {
        Http.Antwoord historie = Http.api(port, "regisseur").get("/api/v1/samenwerkingen/" + id + "/historie");
        assertThat(historie.status()).isEqualTo(200);
        assertThat(historie.body())
                .contains("ambtenaar3")
                .contains("\"entiteit\":\"positie\"")
                .doesNotContain(GEHEIM)
                .doesNotContain("Geen nieuwe bestuurslaag")
                .doesNotContain("125000");
        Http.Antwoord pagina = Http.browser(port, "regisseur").get("/samenwerkingen/" + id + "/historie");
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body())
                .contains("ambtenaar3")
                .doesNotContain(GEHEIM)
                .doesNotContain("Geen nieuwe bestuurslaag");
        // the task (not confidential) does show its content
        assertThat(historie.body()).contains("WOZ-taxatie");
    }
}
