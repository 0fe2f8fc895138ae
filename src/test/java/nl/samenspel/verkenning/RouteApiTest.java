package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.BUNNIK;
import static nl.samenspel.verkenning.VerkenningTestData.DE_BILT;
import static nl.samenspel.verkenning.VerkenningTestData.UTRECHT;
import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static nl.samenspel.verkenning.VerkenningTestData.behoefte;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The route per task (rule 5): recorded by the regisseur, the analysis's advice until then. */
@SamenspelTest
class RouteApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    long id;
    long woz;
    Http regisseur;

    @BeforeEach
    void eenzijdigeBehoefte() {
        // Zeist and Bunnik need De Bilt for the WOZ, De Bilt needs nobody: De Bilt supplies, advice INKOPEN.
        id = VerkenningTestData.samenwerking(port, ZEIST, DE_BILT, BUNNIK);
        woz = VerkenningTestData.taak(port, id, "WOZ-waardering");
        regisseur = Http.api(port, "regisseur");
        positie("ambtenaar1", ZEIST, List.of(behoefte(woz, DE_BILT, "STERK"), behoefte(woz, BUNNIK, "NIET")));
        positie("ambtenaar2", DE_BILT, List.of(behoefte(woz, ZEIST, "NIET"), behoefte(woz, BUNNIK, "NIET")));
        positie("ambtenaar3", BUNNIK, List.of(behoefte(woz, DE_BILT, "ENIGSZINS"), behoefte(woz, ZEIST, "NIET")));
    }

    private void positie(String gebruiker, String code, List<Map<String, Object>> behoeften) {
        Http.Antwoord a = VerkenningTestData.positie(port, gebruiker, id, code, true, behoeften);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    private String pad() {
        return "/api/v1/samenwerkingen/" + id + "/taken/" + woz;
    }

    static Map<String, Object> inkopen(List<String> kopers, String leverancier, String vehikel) {
        Map<String, Object> body = new HashMap<>();
        body.put("route", "INKOPEN");
        body.put("kopers", kopers);
        body.put("leverancier", leverancier);
        body.put("vehikel", vehikel);
        body.put("reden", "Zeist en Bunnik nemen de WOZ af van De Bilt, dat het al goed doet.");
        return body;
    }

    @Test
    void zonderVastgelegdeRouteGeldtHetAdviesDaarnaDeGekozenRouteMetAudit() {
        JsonNode advies = regisseur.get(pad()).json().path("route");
        assertThat(advies.path("gekozen").asBoolean()).isFalse();
        assertThat(advies.path("route").asString()).isEqualTo("INKOPEN");
        assertThat(advies.path("leverancier").asString()).isEqualTo(DE_BILT);
        assertThat(advies.path("kopers").valueStream().map(JsonNode::asString).toList())
                .containsExactly(ZEIST, BUNNIK);
        assertThat(advies.path("reden").isNull()).isTrue();

        Http.Antwoord vast = regisseur.putJson(
                pad() + "/route", inkopen(List.of(ZEIST, BUNNIK), DE_BILT, "DIENSTVERLENINGSOVEREENKOMST"), "\"0\"");
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        assertThat(vast.header("ETag")).isEqualTo("\"1\"");
        assertThat(vast.json().path("gekozen").asBoolean()).isTrue();
        assertThat(vast.json().path("vehikel").asString()).isEqualTo("DIENSTVERLENINGSOVEREENKOMST");
        assertThat(vast.json().path("gewijzigdDoor").asString()).isEqualTo("regisseur");

        Http.Antwoord taak = regisseur.get(pad());
        assertThat(taak.header("ETag")).isEqualTo("\"1\"");
        JsonNode route = taak.json().path("route");
        assertThat(route.path("gekozen").asBoolean()).isTrue();
        assertThat(route.path("route").asString()).isEqualTo("INKOPEN");
        assertThat(route.path("kopers").valueStream().map(JsonNode::asString).toList())
                .containsExactly(ZEIST, BUNNIK);
        assertThat(route.path("leverancier").asString()).isEqualTo(DE_BILT);
        assertThat(route.path("reden").asString()).startsWith("Zeist en Bunnik");
        JsonNode inLijst = Http.api(port, "raadslid1")
                .get("/api/v1/samenwerkingen/" + id + "/taken")
                .json()
                .get(0)
                .path("route");
        assertThat(inLijst.path("route").asString()).isEqualTo("INKOPEN");
        assertThat(inLijst.path("gekozen").asBoolean()).isTrue();

        // What GET gives may go back; the read-only fields are ignored. A route without buyers drops them.
        Map<String, Object> nietSamen = new HashMap<>();
        nietSamen.put("route", "NIET_SAMEN");
        nietSamen.put("reden", "De Bilt wil geen afnemers.");
        nietSamen.put("gekozen", true);
        nietSamen.put("kopers", List.of());
        Http.Antwoord anders = regisseur.putJson(pad() + "/route", nietSamen, "\"1\"");
        assertThat(anders.status()).as(anders.body()).isEqualTo(200);
        assertThat(anders.json().path("kopers").size()).isZero();
        assertThat(anders.json().path("leverancier").isNull()).isTrue();

        JsonNode historie =
                regisseur.get("/api/v1/samenwerkingen/" + id + "/historie").json();
        List<JsonNode> routes = historie.valueStream()
                .filter(h -> h.path("entiteit").asString().equals("taakroute"))
                .toList();
        assertThat(routes).hasSize(2);
        JsonNode laatste = routes.get(0);
        assertThat(laatste.path("gebruiker").asString()).isEqualTo("regisseur");
        assertThat(laatste.path("actie").asString()).isEqualTo("GEWIJZIGD");
        JsonNode wijziging = laatste.path("wijzigingen")
                .valueStream()
                .filter(w -> w.path("veld").asString().equals("route"))
                .findFirst()
                .orElseThrow();
        assertThat(wijziging.path("voor").asString()).isEqualTo("INKOPEN");
        assertThat(wijziging.path("na").asString()).isEqualTo("NIET_SAMEN");
        assertThat(routes.get(1).path("actie").asString()).isEqualTo("AANGEMAAKT");
    }

    record Geval(String naam, Map<String, Object> body, String veld) {}

    @Test
    void elkeOngeldigeRouteIs400MetHetVeldEnSlaatNietsOp() {
        Map<String, Object> samenMetKopers = new HashMap<>(inkopen(List.of(ZEIST), DE_BILT, "INKOOP"));
        samenMetKopers.put("route", "SAMENWERKEN");
        samenMetKopers.remove("leverancier");
        samenMetKopers.remove("vehikel");
        Map<String, Object> samenMetLeverancier = new HashMap<>(Map.of("route", "NIET_SAMEN", "reden", "x"));
        samenMetLeverancier.put("leverancier", DE_BILT);
        Map<String, Object> samenMetVehikel = new HashMap<>(Map.of("route", "SAMENWERKEN", "reden", "x"));
        samenMetVehikel.put("vehikel", "CENTRUMREGELING");
        Map<String, Object> zonderReden = new HashMap<>(inkopen(List.of(ZEIST), DE_BILT, "INKOOP"));
        zonderReden.put("reden", "  ");
        List<Geval> gevallen = List.of(
                new Geval("kopers bij samenwerken", samenMetKopers, "kopers"),
                new Geval("leverancier bij niet samen", samenMetLeverancier, "leverancier"),
                new Geval("vehikel bij samenwerken", samenMetVehikel, "vehikel"),
                new Geval("onbekende route", Map.of("route", "FUSEREN", "reden", "x"), "route"),
                new Geval("zonder route", Map.of("reden", "x"), "route"),
                new Geval("zonder reden", zonderReden, "reden"),
                new Geval("lege kopers", inkopen(List.of(), DE_BILT, "INKOOP"), "kopers"),
                new Geval("onbekende koper", inkopen(List.of("GM99"), DE_BILT, "INKOOP"), "kopers"),
                new Geval("koper die niet deelneemt", inkopen(List.of(UTRECHT), DE_BILT, "INKOOP"), "kopers"),
                new Geval("leverancier die niet deelneemt", inkopen(List.of(ZEIST), UTRECHT, "INKOOP"), "leverancier"),
                new Geval("leverancier is koper", inkopen(List.of(ZEIST, DE_BILT), DE_BILT, "INKOOP"), "leverancier"),
                new Geval("onbekend vehikel", inkopen(List.of(ZEIST), DE_BILT, "FUSIE"), "vehikel"));
        for (Geval g : gevallen) {
            Http.Antwoord a = regisseur.putJson(pad() + "/route", g.body(), "\"0\"");
            assertThat(a.status()).as(g.naam() + ": " + a.body()).isEqualTo(400);
            assertThat(a.header("Content-Type")).contains("problem+json");
            assertThat(a.json()
                            .path("invalidParams")
                            .valueStream()
                            .map(p -> p.path("name").asString()))
                    .as(g.naam())
                    .contains(g.veld());
            assertThat(a.json()
                            .path("invalidParams")
                            .valueStream()
                            .map(p -> p.path("reason").asString()))
                    .as(g.naam())
                    .allSatisfy(r -> assertThat(r).doesNotStartWith("verkenning."));
        }
        Http.Antwoord nullKoper = regisseur.send(
                "PUT",
                pad() + "/route",
                "application/json",
                "{\"route\":\"INKOPEN\",\"kopers\":[null],\"leverancier\":\"GM0310\",\"vehikel\":\"INKOOP\",\"reden\":\"x\"}",
                Map.of("If-Match", "\"0\""));
        assertThat(nullKoper.status()).as(nullKoper.body()).isEqualTo(400);
        JsonNode taak = regisseur.get(pad()).json();
        assertThat(taak.path("versie").asLong()).as("nothing stored").isZero();
        assertThat(taak.path("route").path("gekozen").asBoolean()).isFalse();
    }

    @Test
    void alleenDeRegisseurVanDezeSamenwerkingLegtDeRouteVast() {
        Map<String, Object> body = inkopen(List.of(ZEIST, BUNNIK), DE_BILT, "CENTRUMREGELING");
        String andereRegisseur = "route-regie-" + System.nanoTime();
        accounts.maakMetOpenbaarWachtwoord(
                new NieuwAccount(andereRegisseur, "Andere regisseur", "samenspel", Set.of(Rol.REGISSEUR), null));
        for (String gebruiker : List.of("ambtenaar1", "ambtenaar2", "bestuurder1")) {
            assertThat(Http.api(port, gebruiker)
                            .putJson(pad() + "/route", body, "\"0\"")
                            .status())
                    .as(gebruiker)
                    .isEqualTo(403);
        }
        assertThat(Http.api(port, "raadslid1")
                        .putJson(pad() + "/route", body, "\"0\"")
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, andereRegisseur)
                        .putJson(pad() + "/route", body, "\"0\"")
                        .status())
                .as("a regisseur of another samenwerking does not even see it")
                .isIn(403, 404);
        assertThat(regisseur.get(pad()).json().path("route").path("gekozen").asBoolean())
                .isFalse();
    }

    @Test
    void eenTaakVanEenAndereSamenwerkingIsOnvindbaarEnEenOudeVersieWordtGeweigerd() {
        long ander = VerkenningTestData.samenwerking(port, ZEIST, DE_BILT);
        Map<String, Object> body = inkopen(List.of(ZEIST), DE_BILT, "INKOOP");
        assertThat(regisseur
                        .putJson("/api/v1/samenwerkingen/" + ander + "/taken/" + woz + "/route", body, "\"0\"")
                        .status())
                .isEqualTo(404);
        assertThat(regisseur
                        .get("/api/v1/samenwerkingen/" + ander + "/taken/" + woz + "/route")
                        .status())
                .isEqualTo(404);

        assertThat(regisseur.putJson(pad() + "/route", body, null).status()).isEqualTo(428);
        assertThat(regisseur.putJson(pad() + "/route", body, "\"5\"").status()).isEqualTo(412);
        // A change to the task itself moves the version the route write must name.
        assertThat(regisseur
                        .putJson(pad(), Map.of("naam", "WOZ-taxatie"), "\"0\"")
                        .status())
                .isEqualTo(200);
        assertThat(regisseur.putJson(pad() + "/route", body, "\"0\"").status()).isEqualTo(412);
        Http.Antwoord goed = regisseur.putJson(pad() + "/route", body, "\"1\"");
        assertThat(goed.status()).as(goed.body()).isEqualTo(200);
        assertThat(regisseur.get(pad() + "/route").header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void eenVerwijderdeTaakNeemtHaarRouteMee() {
        Map<String, Object> body = inkopen(List.of(ZEIST), DE_BILT, "INKOOP");
        assertThat(regisseur.putJson(pad() + "/route", body, "\"0\"").status()).isEqualTo(200);
        assertThat(regisseur.delete(pad(), "\"1\"").status()).isEqualTo(204);
        assertThat(regisseur.get(pad() + "/route").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM verkenning_taak_route WHERE taak_id = ?")
                        .param(woz)
                        .query(Long.class)
                        .single())
                .isZero();
        long nieuw = VerkenningTestData.taak(port, id, "Invordering");
        assertThat(regisseur
                        .get("/api/v1/samenwerkingen/" + id + "/taken/" + nieuw)
                        .json()
                        .path("route")
                        .path("gekozen")
                        .asBoolean())
                .isFalse();
    }
}
