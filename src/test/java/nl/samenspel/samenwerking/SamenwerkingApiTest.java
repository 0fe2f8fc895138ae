package nl.samenspel.samenwerking;

import static nl.samenspel.samenwerking.TestData.BUNNIK;
import static nl.samenspel.samenwerking.TestData.DE_BILT;
import static nl.samenspel.samenwerking.TestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@SamenspelTest
class SamenwerkingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Test
    void regisseurMaaktEenSamenwerkingAanEnKrijgtLocationEtagEnDeGegevensTerug() {
        String titel = TestData.uniek("Samen inkopen jeugdzorg");
        Http.Antwoord a = TestData.maak(port, "regisseur", titel, ZEIST, DE_BILT);
        long id = TestData.id(a);

        assertThat(a.header("Location")).isEqualTo("/api/v1/samenwerkingen/" + id);
        assertThat(a.header("ETag")).isEqualTo("\"0\"");
        JsonNode body = a.json();
        assertThat(body.path("titel").asString()).isEqualTo(titel);
        assertThat(body.path("fase").asString()).isEqualTo("VERKENNEN");
        assertThat(body.path("regisseur").asString()).isEqualTo("regisseur");
        assertThat(body.path("oefencasus").asBoolean()).isFalse();
        assertThat(body.path("gearchiveerd").asBoolean()).isFalse();

        Http.Antwoord get = Http.api(port, "regisseur").get("/api/v1/samenwerkingen/" + id);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.header("ETag")).isEqualTo("\"0\"");
        JsonNode gemeenten = get.json().path("gemeenten");
        assertThat(gemeenten.size()).isEqualTo(2);
        assertThat(gemeenten.get(0).path("code").asString()).isEqualTo(ZEIST);
        assertThat(gemeenten.get(0).path("naam").asString()).isEqualTo("Zeist");
        assertThat(gemeenten.get(1).path("naam").asString()).isEqualTo("De Bilt");
        assertThat(get.json().path("omschrijving").asString()).isEqualTo("Samen " + titel + " regelen.");
    }

    @Test
    void deLijstIsGepagineerdEnBevatWatDeRegisseurLeidt() {
        String titel = TestData.uniek("Lijsttest");
        long id = TestData.id(TestData.maak(port, "regisseur", titel, ZEIST, BUNNIK));

        Http.Antwoord lijst = Http.api(port, "regisseur").get("/api/v1/samenwerkingen?paginaGrootte=2&pagina=1");
        assertThat(lijst.status()).isEqualTo(200);
        JsonNode body = lijst.json();
        assertThat(body.path("pagina").asInt()).isEqualTo(1);
        assertThat(body.path("paginaGrootte").asInt()).isEqualTo(2);
        assertThat(body.path("totaal").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(body.path("samenwerkingen").size()).isEqualTo(2);
        // Newest change first: the one just made heads the list.
        assertThat(body.path("samenwerkingen").get(0).path("id").asLong()).isEqualTo(id);
    }

    @Test
    void wijzigenVraagtIfMatchWeigertEenVerouderdeVersieEnArchiverenVerbergtUitDeLijst() {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Afval"), ZEIST, DE_BILT));
        Http api = Http.api(port, "regisseur");
        Map<String, Object> wijziging = new LinkedHashMap<>(Map.of(
                "titel",
                "Afval samen ophalen",
                "omschrijving",
                "Een gezamenlijke inzameldienst.",
                "gemeenten",
                List.of(ZEIST, DE_BILT, BUNNIK)));

        Http.Antwoord zonder = api.putJson("/api/v1/samenwerkingen/" + id, wijziging, null);
        assertThat(zonder.status()).isEqualTo(428);
        assertThat(zonder.header("Content-Type")).startsWith("application/problem+json");

        Http.Antwoord goed = api.putJson("/api/v1/samenwerkingen/" + id, wijziging, "\"0\"");
        assertThat(goed.status()).as(goed.body()).isEqualTo(200);
        assertThat(goed.header("ETag")).isEqualTo("\"1\"");
        assertThat(goed.json().path("titel").asString()).isEqualTo("Afval samen ophalen");
        assertThat(goed.json().path("gemeenten").size()).isEqualTo(3);

        wijziging.put("titel", "Verouderde wijziging");
        Http.Antwoord oud = api.putJson("/api/v1/samenwerkingen/" + id, wijziging, "\"0\"");
        assertThat(oud.status()).isEqualTo(412);
        assertThat(api.get("/api/v1/samenwerkingen/" + id).json().path("titel").asString())
                .isEqualTo("Afval samen ophalen");

        wijziging.put("titel", "Afval samen ophalen");
        wijziging.put("gearchiveerd", true);
        Http.Antwoord archief = api.putJson("/api/v1/samenwerkingen/" + id, wijziging, "\"1\"");
        assertThat(archief.status()).isEqualTo(200);
        assertThat(archief.json().path("gearchiveerd").asBoolean()).isTrue();

        assertThat(ids(api.get("/api/v1/samenwerkingen?paginaGrootte=100"))).doesNotContain(id);
        assertThat(ids(api.get("/api/v1/samenwerkingen?paginaGrootte=100&gearchiveerd=true")))
                .contains(id);
    }

    @Test
    void watGetTeruggeeftKanMetEenAndereTitelOngewijzigdTerugMetPut() {
        String titel = TestData.uniek("Heen en terug");
        long id = TestData.id(TestData.maak(port, "regisseur", titel, ZEIST, DE_BILT));
        Http api = Http.api(port, "regisseur");
        Http.Antwoord get = api.get("/api/v1/samenwerkingen/" + id);
        ObjectNode body = (ObjectNode) get.json();
        assertThat(body.path("gemeenten").get(0).isObject())
                .as("GET geeft gemeenten als objecten")
                .isTrue();
        body.put("titel", titel + " (herzien)");

        Http.Antwoord put = api.putJson("/api/v1/samenwerkingen/" + id, body, get.header("ETag"));

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().path("titel").asString()).isEqualTo(titel + " (herzien)");
        JsonNode terug = api.get("/api/v1/samenwerkingen/" + id).json();
        assertThat(terug.path("titel").asString()).isEqualTo(titel + " (herzien)");
        assertThat(terug.path("gemeenten").findValuesAsString("code")).containsExactly(ZEIST, DE_BILT);
        assertThat(terug.path("omschrijving")).isEqualTo(body.path("omschrijving"));
        assertThat(terug.path("gearchiveerd").asBoolean()).isFalse();
    }

    @Test
    void eenGemeenteZonderCodeInPutIsOngeldigeInvoer() {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Zonder code"), ZEIST, DE_BILT));
        Http api = Http.api(port, "regisseur");
        Map<String, Object> wijziging = Map.of(
                "titel",
                "t",
                "omschrijving",
                "o",
                "gemeenten",
                List.of(Map.of("naam", "Zeist"), Map.of("code", DE_BILT)));

        Http.Antwoord put = api.putJson("/api/v1/samenwerkingen/" + id, wijziging, "\"0\"");

        assertThat(put.status()).isEqualTo(400);
        // The field path names the municipality in the list and its missing field.
        assertThat(put.json().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("gemeenten[0].code");
        assertThat(api.get("/api/v1/samenwerkingen/" + id).header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void historieLegtAanmakenWijzigenEnArchiverenVastMetVoorEnNa() {
        String titel = TestData.uniek("Historie");
        long id = TestData.id(TestData.maak(port, "regisseur", titel, ZEIST, DE_BILT));
        Http api = Http.api(port, "regisseur");
        api.putJson(
                "/api/v1/samenwerkingen/" + id,
                Map.of(
                        "titel",
                        titel + " (nieuw)",
                        "omschrijving",
                        "Samen " + titel + " regelen.",
                        "gemeenten",
                        List.of(ZEIST, DE_BILT)),
                "\"0\"");
        api.putJson(
                "/api/v1/samenwerkingen/" + id,
                Map.of(
                        "titel",
                        titel + " (nieuw)",
                        "omschrijving",
                        "Samen " + titel + " regelen.",
                        "gemeenten",
                        List.of(ZEIST, DE_BILT),
                        "gearchiveerd",
                        true),
                "\"1\"");

        Http.Antwoord historie = api.get("/api/v1/samenwerkingen/" + id + "/historie");
        assertThat(historie.status()).isEqualTo(200);
        JsonNode events = historie.json();
        assertThat(events.size()).isEqualTo(3);
        assertThat(events.get(0).path("actie").asString()).isEqualTo("GEARCHIVEERD");
        assertThat(wijziging(events.get(0), "gearchiveerd")).containsExactly("false", "true");
        assertThat(events.get(1).path("actie").asString()).isEqualTo("GEWIJZIGD");
        assertThat(wijziging(events.get(1), "titel")).containsExactly(titel, titel + " (nieuw)");
        assertThat(events.get(2).path("actie").asString()).isEqualTo("AANGEMAAKT");
        assertThat(events.get(2).path("gebruiker").asString()).isEqualTo("regisseur");
        assertThat(events.get(2).path("entiteit").asString()).isEqualTo("samenwerking");
        assertThat(wijziging(events.get(2), "titel")).containsExactly(null, titel);
        assertThat(wijziging(events.get(2), "gemeenten")).containsExactly(null, "Zeist, De Bilt");
        assertThat(events.get(2).path("tijdstip").asString()).isNotBlank();
    }

    @Test
    void historieIsVoorDeRegisseurEnBeheerderAndereDeelnemersKrijgen403EnBuitenstaanders404() {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Historie-toegang"), ZEIST, DE_BILT));
        String pad = "/api/v1/samenwerkingen/" + id + "/historie";
        assertThat(Http.api(port, "regisseur").get(pad).status()).isEqualTo(200);
        assertThat(Http.api(port, "beheerder").get(pad).status()).isEqualTo(200);
        assertThat(Http.api(port, "ambtenaar1").get(pad).status()).isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar3").get(pad).status()).isEqualTo(404);
    }

    @Test
    void vertrouwelijkeHistorieToontBuitenDieGemeenteAlleenWieEnWanneer() {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Vertrouwelijk"), ZEIST, DE_BILT));
        audit.legVastVertrouwelijk(
                Actie.GEWIJZIGD,
                "partijpositie",
                1,
                id,
                ZEIST,
                Map.of("wat", "oud geheim"),
                Map.of("wat", "nieuw geheim"));

        Http.Antwoord historie = Http.api(port, "regisseur").get("/api/v1/samenwerkingen/" + id + "/historie");
        assertThat(historie.status()).isEqualTo(200);
        assertThat(historie.body()).doesNotContain("geheim");
        JsonNode nieuwste = historie.json().get(0);
        assertThat(nieuwste.path("entiteit").asString()).isEqualTo("partijpositie");
        assertThat(nieuwste.path("gebruiker").asString()).isNotBlank();
        assertThat(nieuwste.path("wijzigingen").size()).isZero();

        // The beheerder may see the history, but not read positions: a confidential event is left out entirely,
        // or its mere presence would tell that a (possibly unshared) position was written.
        Http.Antwoord beheer = Http.api(port, "beheerder").get("/api/v1/samenwerkingen/" + id + "/historie");
        assertThat(beheer.status()).isEqualTo(200);
        assertThat(beheer.body()).doesNotContain("partijpositie").doesNotContain("geheim");
        assertThat(beheer.json().size()).isEqualTo(historie.json().size() - 1);
    }

    @Test
    void beheerderMoetEenBestaandeRegisseurAanwijzen() {
        Map<String, Object> basis = Map.of(
                "titel",
                TestData.uniek("Door beheer"),
                "omschrijving",
                "Samen ICT.",
                "gemeenten",
                List.of(ZEIST, BUNNIK));
        Http beheerder = Http.api(port, "beheerder");

        Http.Antwoord zonder = beheerder.postJson("/api/v1/samenwerkingen", basis);
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(veldFouten(zonder)).containsKey("regisseur");

        Map<String, Object> metAmbtenaar = new LinkedHashMap<>(basis);
        metAmbtenaar.put("regisseur", "ambtenaar1");
        Http.Antwoord geenRegisseur = beheerder.postJson("/api/v1/samenwerkingen", metAmbtenaar);
        assertThat(geenRegisseur.status()).isEqualTo(400);
        assertThat(veldFouten(geenRegisseur).get("regisseur")).contains("regisseur");

        Map<String, Object> goed = new LinkedHashMap<>(basis);
        goed.put("regisseur", "regisseur");
        Http.Antwoord gemaakt = beheerder.postJson("/api/v1/samenwerkingen", goed);
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(gemaakt.json().path("regisseur").asString()).isEqualTo("regisseur");
        // The named regisseur leads it from now on.
        assertThat(Http.api(port, "regisseur")
                        .get("/api/v1/samenwerkingen/" + TestData.id(gemaakt))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void beheerderZietAllesMaarWijzigtNietEnRaadslidMagNietSchrijven() {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Alleen regisseur"), ZEIST, DE_BILT));
        Map<String, Object> wijziging =
                Map.of("titel", "Overgenomen", "omschrijving", "x", "gemeenten", List.of(ZEIST, DE_BILT));
        assertThat(Http.api(port, "beheerder")
                        .get("/api/v1/samenwerkingen/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(Http.api(port, "beheerder")
                        .putJson("/api/v1/samenwerkingen/" + id, wijziging, "\"0\"")
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1")
                        .get("/api/v1/samenwerkingen/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(Http.api(port, "raadslid1")
                        .putJson("/api/v1/samenwerkingen/" + id, wijziging, "\"0\"")
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1")
                        .postJson(
                                "/api/v1/samenwerkingen",
                                Map.of("titel", "x", "omschrijving", "y", "gemeenten", List.of(ZEIST, DE_BILT)))
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar1")
                        .putJson("/api/v1/samenwerkingen/" + id, wijziging, "\"0\"")
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "regisseur")
                        .get("/api/v1/samenwerkingen/" + id)
                        .json()
                        .path("titel")
                        .asString())
                .startsWith("Alleen regisseur");
    }

    static Stream<Arguments> slechteInvoer() {
        String honderdKb = "x".repeat(100 * 1024);
        List<String> teVeel = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            teVeel.add(String.format("GM%04d", 9000 + i));
        }
        return Stream.of(
                Arguments.of(
                        "titel ontbreekt",
                        "{\"omschrijving\":\"o\",\"gemeenten\":[\"GM0355\",\"GM0310\"]}",
                        "titel",
                        "Vul een titel in."),
                Arguments.of(
                        "titel leeg",
                        "{\"titel\":\"  \",\"omschrijving\":\"o\",\"gemeenten\":[\"GM0355\",\"GM0310\"]}",
                        "titel",
                        "Vul een titel in."),
                Arguments.of(
                        "titel 201 tekens", json("x".repeat(201), "o", List.of("GM0355", "GM0310")), "titel", "200"),
                Arguments.of("titel 100 KB", json(honderdKb, "o", List.of("GM0355", "GM0310")), "titel", "200"),
                Arguments.of(
                        "omschrijving 100 KB",
                        json("t", honderdKb, List.of("GM0355", "GM0310")),
                        "omschrijving",
                        "10.000"),
                Arguments.of(
                        "omschrijving ontbreekt",
                        "{\"titel\":\"t\",\"gemeenten\":[\"GM0355\",\"GM0310\"]}",
                        "omschrijving",
                        "Beschrijf wat de gemeenten"),
                Arguments.of("een gemeente", json("t", "o", List.of("GM0355")), "gemeenten", "minstens 2"),
                Arguments.of(
                        "twee keer dezelfde", json("t", "o", List.of("GM0355", "GM0355")), "gemeenten", "minstens 2"),
                Arguments.of("geen gemeenten", "{\"titel\":\"t\",\"omschrijving\":\"o\"}", "gemeenten", "minstens 2"),
                Arguments.of("onbekende code", json("t", "o", List.of("GM0355", "GM9999")), "gemeenten", "GM9999"),
                Arguments.of(
                        "geen code maar een naam",
                        json("t", "o", List.of("GM0355", "zeist")),
                        "gemeenten",
                        "Gemeentecode ZEIST bestaat niet."),
                Arguments.of(
                        "onbekend en geen code",
                        json("t", "o", List.of("GM0355", "GM9999", "Een heel lange naam")),
                        "gemeenten",
                        "Deze gemeentecodes bestaan niet: GM9999, EEN HEEL LAN\u2026."),
                Arguments.of("te veel gemeenten", json("t", "o", teVeel), "gemeenten", "hoogstens 50"),
                Arguments.of(
                        "gemeenten als tekst",
                        "{\"titel\":\"t\",\"omschrijving\":\"o\",\"gemeenten\":\"GM0355\"}",
                        "gemeenten",
                        "lijst"),
                Arguments.of(
                        "gemeenten als getal",
                        "{\"titel\":\"t\",\"omschrijving\":\"o\",\"gemeenten\":355}",
                        "gemeenten",
                        "lijst"),
                Arguments.of(
                        "getallen in de lijst",
                        "{\"titel\":\"t\",\"omschrijving\":\"o\",\"gemeenten\":[355,310]}",
                        "gemeenten[0]",
                        "juiste soort"),
                Arguments.of(
                        "een gemeente zonder code",
                        "{\"titel\":\"t\",\"omschrijving\":\"o\",\"gemeenten\":[\"GM0355\",{\"naam\":\"De Bilt\"}]}",
                        "gemeenten[1].code",
                        "CBS-code"),
                Arguments.of(
                        "een lege plek in de lijst",
                        "{\"titel\":\"t\",\"omschrijving\":\"o\",\"gemeenten\":[\"GM0355\",null]}",
                        "gemeenten[1]",
                        "CBS-code"),
                Arguments.of(
                        "titel als getal",
                        "{\"titel\":12,\"omschrijving\":\"o\",\"gemeenten\":[\"GM0355\",\"GM0310\"]}",
                        "titel",
                        "tekst"),
                Arguments.of(
                        "titel als object",
                        "{\"titel\":{\"a\":1},\"omschrijving\":\"o\",\"gemeenten\":[\"GM0355\",\"GM0310\"]}",
                        "titel",
                        "tekst"),
                Arguments.of("kapotte JSON", "{\"titel\":\"t\",", null, "JSON"),
                Arguments.of("geen object", "[1,2,3]", null, "JSON"),
                Arguments.of("lege body", "", null, "JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slechteInvoer")
    void slechteInvoerGeeft400InHetNederlandsEnSlaatNietsOp(String geval, String body, String veld, String verwacht) {
        long voor = TestData.aantalSamenwerkingen(jdbc);
        Http.Antwoord a =
                Http.api(port, "regisseur").send("POST", "/api/v1/samenwerkingen", "application/json", body, Map.of());

        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.body().length()).as("het antwoord herhaalt de invoer niet").isLessThan(2000);
        if (veld != null) {
            assertThat(veldFouten(a)).containsKey(veld);
            assertThat(veldFouten(a).get(veld)).contains(verwacht);
        } else {
            assertThat(a.json().path("detail").asString()).contains(verwacht);
        }
        assertThat(TestData.aantalSamenwerkingen(jdbc)).isEqualTo(voor);
    }

    @Test
    void slechteInvoerBijWijzigenLaatDeSamenwerkingOngemoeid() {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Ongemoeid"), ZEIST, DE_BILT));
        Http api = Http.api(port, "regisseur");
        Http.Antwoord a = api.send(
                "PUT",
                "/api/v1/samenwerkingen/" + id,
                "application/json",
                "{\"titel\":\"t\",\"omschrijving\":\"o\",\"gemeenten\":[\"GM0355\"],\"gearchiveerd\":\"ja\"}",
                Map.of("If-Match", "\"0\""));
        assertThat(a.status()).isEqualTo(400);
        assertThat(veldFouten(a)).containsKeys("gearchiveerd");
        Http.Antwoord b = api.send(
                "PUT",
                "/api/v1/samenwerkingen/" + id,
                "application/json",
                "{\"titel\":\"t\",\"omschrijving\":\"o\",\"gemeenten\":[\"GM0355\"]}",
                Map.of("If-Match", "\"0\""));
        assertThat(b.status()).isEqualTo(400);
        assertThat(veldFouten(b)).containsKeys("gemeenten");
        JsonNode nu = api.get("/api/v1/samenwerkingen/" + id).json();
        assertThat(nu.path("versie").asLong()).isZero();
        assertThat(nu.path("gemeenten").size()).isEqualTo(2);
    }

    @Test
    void scriptTekstWordtOpgeslagenZoalsGetypt() {
        String titel = "<script>alert('x')</script> " + TestData.uniek("Script");
        Http.Antwoord a = TestData.maak(port, "regisseur", titel, ZEIST, DE_BILT);
        assertThat(Http.api(port, "regisseur")
                        .get("/api/v1/samenwerkingen/" + TestData.id(a))
                        .json()
                        .path("titel")
                        .asString())
                .isEqualTo(titel);
    }

    @Test
    void deApiBeschrijvingDocumenteertDeSamenwerkingEndpoints() {
        Http.Antwoord doc = Http.anoniem(port).get("/api/v1/openapi.json");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body())
                .contains("\"/samenwerkingen/{id}/historie\"")
                .contains("Samenwerkingen")
                .contains("NieuwJson")
                .contains("If-Match");
    }

    private static String json(String titel, String omschrijving, List<String> gemeenten) {
        return Http.JSON.writeValueAsString(
                Map.of("titel", titel, "omschrijving", omschrijving, "gemeenten", gemeenten));
    }

    private static Map<String, String> veldFouten(Http.Antwoord a) {
        Map<String, String> fouten = new LinkedHashMap<>();
        for (JsonNode f : a.json().path("invalidParams")) {
            fouten.put(f.path("name").asString(), f.path("reason").asString());
        }
        return fouten;
    }

    private static List<String> wijziging(JsonNode event, String veld) {
        for (JsonNode w : event.path("wijzigingen")) {
            if (veld.equals(w.path("veld").asString())) {
                List<String> voorNa = new ArrayList<>();
                voorNa.add(
                        w.path("voor").isNull() || w.path("voor").isMissingNode()
                                ? null
                                : w.path("voor").asString());
                voorNa.add(
                        w.path("na").isNull() || w.path("na").isMissingNode()
                                ? null
                                : w.path("na").asString());
                return voorNa;
            }
        }
        return List.of();
    }

    private static List<Long> ids(Http.Antwoord lijst) {
        List<Long> ids = new ArrayList<>();
        lijst.json().path("samenwerkingen").forEach(s -> ids.add(s.path("id").asLong()));
        return ids;
    }
}
