package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.BUNNIK;
import static nl.samenspel.verkenning.VerkenningTestData.DE_BILT;
import static nl.samenspel.verkenning.VerkenningTestData.UTRECHT;
import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static nl.samenspel.verkenning.VerkenningTestData.behoefte;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SamenspelTest
class VerkenningApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    /** Every write must announce itself; collected by a listener added to the shared context once. */
    static final List<Long> GEBEURTENISSEN = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static volatile boolean luistert;

    @org.junit.jupiter.api.BeforeEach
    void luister() {
        synchronized (GEBEURTENISSEN) {
            if (!luistert) {
                // Typed as ApplicationEvent and checked inside: a lambda's generic type cannot be resolved, so the
                // listener is offered every event (Spring Modulith's multicaster does not skip a failing cast).
                context.addApplicationListener((ApplicationListener<ApplicationEvent>) e -> {
                    if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof VerkenningGewijzigd v) {
                        GEBEURTENISSEN.add(v.samenwerkingId());
                    }
                });
                luistert = true;
            }
        }
    }

    private String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    @Test
    void takenToevoegenWijzigenEnVerwijderenMetTaakveldEnVersie() {
        long id = VerkenningTestData.samenwerking(port);
        Http regisseur = Http.api(port, "regisseur");
        Http ambtenaar = Http.api(port, "ambtenaar2");

        Http.Antwoord nieuw = ambtenaar.postJson(
                pad(id) + "/taken",
                Map.of("naam", "WOZ-waardering", "omschrijving", "Taxeren", "taakveld", "2023:0.61"));
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        assertThat(nieuw.header("Location"))
                .endsWith("/taken/" + nieuw.json().path("id").asLong());
        assertThat(nieuw.json().path("taakveld").path("naam").asText()).isEqualTo("OZB woningen");
        long taak = nieuw.json().path("id").asLong();
        assertThat(GEBEURTENISSEN).contains(id);

        assertThat(regisseur.get(pad(id) + "/taken").json())
                .extracting(n -> n.path("naam").asText())
                .containsExactly("WOZ-waardering");

        Map<String, Object> wijziging = Map.of("naam", "WOZ-taxatie", "taakveld", "0.62");
        assertThat(regisseur
                        .putJson(pad(id) + "/taken/" + taak, wijziging, null)
                        .status())
                .isEqualTo(428);
        assertThat(regisseur
                        .putJson(pad(id) + "/taken/" + taak, wijziging, "\"7\"")
                        .status())
                .isEqualTo(412);
        Http.Antwoord gewijzigd = regisseur.putJson(pad(id) + "/taken/" + taak, wijziging, "\"0\"");
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.header("ETag")).isEqualTo("\"1\"");
        assertThat(gewijzigd.json().path("taakveld").path("code").asText()).isEqualTo("0.62");
        assertThat(gewijzigd.json().path("taakveld").path("jaar").asInt()).isEqualTo(2023);

        Http.Antwoord fout = regisseur.postJson(
                pad(id) + "/taken", Map.of("naam", " ", "taakveld", "9.99", "omschrijving", "x".repeat(100_001)));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("Geef de taak een naam").contains("Kies een taakveld uit de lijst");
        assertThat(regisseur.postJson(pad(id) + "/taken", Map.of("naam", 12)).status())
                .isEqualTo(400);
        assertThat(regisseur
                        .send("POST", pad(id) + "/taken", "application/json", "{\"naam\": ", Map.of())
                        .status())
                .isEqualTo(400);

        assertThat(Http.api(port, "raadslid1")
                        .postJson(pad(id) + "/taken", Map.of("naam", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "beheerder")
                        .postJson(pad(id) + "/taken", Map.of("naam", "X"))
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1").get(pad(id) + "/taken").status()).isEqualTo(200);

        assertThat(regisseur.delete(pad(id) + "/taken/" + taak, null).status()).isEqualTo(428);
        assertThat(regisseur.delete(pad(id) + "/taken/" + taak, "\"1\"").status())
                .isEqualTo(204);
        assertThat(regisseur.get(pad(id) + "/taken/" + taak).status()).isEqualTo(404);
        assertThat(regisseur.get(pad(id) + "/taken").json().size()).isZero();
    }

    @Test
    void takenVanEenSamenwerkingZonderEigenGemeenteZijnOnvindbaar() {
        long id = VerkenningTestData.samenwerking(port, DE_BILT, BUNNIK);
        long taak = VerkenningTestData.taak(port, id, "Invordering");
        Http zeist = Http.api(port, "ambtenaar1");
        assertThat(zeist.get(pad(id) + "/taken").status()).isEqualTo(404);
        assertThat(zeist.get(pad(id) + "/taken/" + taak).status()).isEqualTo(404);
        assertThat(zeist.postJson(pad(id) + "/taken", Map.of("naam", "X")).status())
                .isEqualTo(404);
        assertThat(zeist.putJson(pad(id) + "/taken/" + taak, Map.of("naam", "X"), "\"0\"")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void taakveldenPerJaar() {
        Http api = Http.api(port, "raadslid1");
        JsonNode oud = api.get("/api/v1/taakvelden?jaar=2020").json();
        JsonNode nieuw = api.get("/api/v1/taakvelden?jaar=2026").json();
        assertThat(oud.size()).isGreaterThan(40);
        assertThat(oud.get(0).path("jaar").asInt()).isEqualTo(2017);
        assertThat(nieuw.get(0).path("jaar").asInt()).isEqualTo(2023);
        List<String> codes = new ArrayList<>();
        nieuw.forEach(n -> codes.add(n.path("code").asText()));
        assertThat(codes).contains("0.61", "0.62", "0.64");
        assertThat(codes.indexOf("0.2")).isLessThan(codes.indexOf("0.10"));
        assertThat(api.get("/api/v1/taakvelden?jaar=abc").status()).isEqualTo(400);
    }

    @Test
    void positieAanmakenWijzigenMetIfMatchDelenEnIntrekken() {
        long id = VerkenningTestData.samenwerking(port);
        long woz = VerkenningTestData.taak(port, id, "WOZ");
        Http zeist = Http.api(port, "ambtenaar1");
        String positie = pad(id) + "/posities/" + ZEIST;

        Http.Antwoord leeg = zeist.putJson(positie, Map.of(), null);
        assertThat(leeg.status()).as(leeg.body()).isEqualTo(201);
        assertThat(leeg.header("ETag")).isEqualTo("\"0\"");
        assertThat(leeg.json().path("gedeeld").asBoolean()).isFalse();

        Map<String, Object> body = Map.of(
                "watWillenWij",
                "Goede taxaties",
                "behoeften",
                List.of(behoefte(woz, DE_BILT, "STERK"), behoefte(woz, BUNNIK, "NIET")),
                "kosten",
                Map.of("maximumPerJaar", 80000.5, "eigenRuimte", "Weinig"));
        assertThat(zeist.putJson(positie, body, null).status()).isEqualTo(428);
        assertThat(zeist.putJson(positie, body, "\"5\"").status()).isEqualTo(412);
        Http.Antwoord gewijzigd = zeist.putJson(positie, body, "\"0\"");
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.json().path("behoeften").size()).isEqualTo(2);
        assertThat(gewijzigd.json().path("kosten").path("maximumPerJaar").decimalValue())
                .isEqualByComparingTo("80000.50");
        assertThat(gewijzigd.json().path("gedeeld").asBoolean()).isFalse();

        Http deBilt = Http.api(port, "ambtenaar2");
        assertThat(deBilt.get(positie).status()).isEqualTo(404);
        Http.Antwoord gedeeld =
                zeist.putJson(positie, Map.of("watWillenWij", "Goede taxaties", "gedeeld", true), "\"1\"");
        assertThat(gedeeld.json().path("gedeeld").asBoolean()).isTrue();
        assertThat(gedeeld.json().path("gedeeldOp").isNull()).isFalse();
        assertThat(deBilt.get(positie).status()).isEqualTo(200);
        assertThat(deBilt.get(positie).json().path("watWillenWij").asText()).isEqualTo("Goede taxaties");

        zeist.putJson(positie, Map.of("watWillenWij", "Goede taxaties", "gedeeld", false), "\"2\"");
        assertThat(deBilt.get(positie).status()).isEqualTo(404);
        assertThat(GEBEURTENISSEN.stream().filter(i -> i == id).count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void ongeldigePositieWordtNietOpgeslagenEnGeeftNederlandseFouten() {
        long id = VerkenningTestData.samenwerking(port);
        long woz = VerkenningTestData.taak(port, id, "WOZ");
        long anderTaak = VerkenningTestData.taak(port, VerkenningTestData.samenwerking(port), "Elders");
        Http zeist = Http.api(port, "ambtenaar1");
        String positie = pad(id) + "/posities/" + ZEIST;

        List<Object[]> gevallen = List.of(
                new Object[] {
                    Map.of("behoeften", List.of(behoefte(anderTaak, DE_BILT, "STERK"))),
                    "hoort niet bij deze samenwerking"
                },
                new Object[] {Map.of("behoeften", List.of(behoefte(woz, ZEIST, "STERK"))), "Kies een andere gemeente"},
                new Object[] {Map.of("behoeften", List.of(behoefte(woz, UTRECHT, "STERK"))), "Kies een andere gemeente"
                },
                new Object[] {
                    Map.of("behoeften", List.of(behoefte(woz, DE_BILT, "HEEL"))), "Kies niet, enigszins of sterk"
                },
                new Object[] {
                    Map.of("behoeften", List.of(behoefte(woz, DE_BILT, "STERK"), behoefte(woz, DE_BILT, "NIET"))),
                    "al een antwoord"
                },
                new Object[] {Map.of("kosten", Map.of("maximumPerJaar", -1)), "niet negatief"},
                new Object[] {Map.of("kosten", Map.of("maximumPerJaar", 5e12)), "onwaarschijnlijk hoog"},
                new Object[] {Map.of("kosten", Map.of("maximumPerJaar", 10.123)), "twee cijfers"},
                new Object[] {Map.of("kosten", Map.of("maximumPerJaar", "veel")), "moet een getal zijn"},
                new Object[] {Map.of("watWillenWij", "x".repeat(100_000)), "maximaal 10.000 tekens"},
                new Object[] {Map.of("watWillenWij", List.of("a")), "moet tekst zijn"},
                new Object[] {Map.of("gedeeld", "ja"), "true of false"},
                new Object[] {Map.of("behoeften", "STERK"), "moet een lijst zijn"},
                new Object[] {
                    Map.of("behoeften", List.of(Map.of("taak", "abc", "naar", DE_BILT, "sterkte", "STERK"))),
                    "moet een getal zijn"
                },
                new Object[] {
                    Map.of("behoeften", List.of(Map.of("taak", 1.5, "naar", DE_BILT, "sterkte", "STERK"))),
                    "moet een getal zijn"
                });
        for (Object[] geval : gevallen) {
            Http.Antwoord a = zeist.putJson(positie, geval[0], null);
            assertThat(a.status())
                    .as(String.valueOf(geval[0])
                            .substring(0, Math.min(80, String.valueOf(geval[0]).length())))
                    .isEqualTo(400);
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            assertThat(a.body()).contains((String) geval[1]);
        }
        assertThat(zeist.send("PUT", positie, "application/json", "{\"watWillenWij\": \"a\"", Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(zeist.send("PUT", positie, "application/json", "[1, 2]", Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(zeist.get(positie).status()).as("niets opgeslagen").isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM positie WHERE samenwerking_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void behoefteanalyseGeeftParenAdviesKoperLeverancierEnOntbrekendeAntwoorden() {
        long id = VerkenningTestData.samenwerking(port);
        long woz = VerkenningTestData.taak(port, id, "WOZ-taxatie");
        long balie = VerkenningTestData.taak(port, id, "Balie");
        assertThat(VerkenningTestData.positie(
                                port,
                                "ambtenaar1",
                                id,
                                ZEIST,
                                true,
                                List.of(
                                        behoefte(woz, DE_BILT, "STERK"),
                                        behoefte(woz, BUNNIK, "NIET"),
                                        behoefte(balie, DE_BILT, "NIET")))
                        .status())
                .isEqualTo(201);
        assertThat(VerkenningTestData.positie(
                                port,
                                "ambtenaar2",
                                id,
                                DE_BILT,
                                true,
                                List.of(behoefte(woz, ZEIST, "ENIGSZINS"), behoefte(woz, BUNNIK, "NIET")))
                        .status())
                .isEqualTo(201);
        assertThat(VerkenningTestData.positie(
                                port,
                                "ambtenaar3",
                                id,
                                BUNNIK,
                                true,
                                List.of(behoefte(woz, ZEIST, "STERK"), behoefte(woz, DE_BILT, "NIET")))
                        .status())
                .isEqualTo(201);

        JsonNode analyse =
                Http.api(port, "raadslid1").get(pad(id) + "/behoefteanalyse").json();
        assertThat(analyse.path("nietZichtbaar").size()).isZero();
        JsonNode wozAnalyse = analyse.path("taken").get(0);
        assertThat(wozAnalyse.path("naam").asText()).isEqualTo("WOZ-taxatie");
        assertThat(wozAnalyse.path("behoeften").size()).isEqualTo(6);
        assertThat(wozAnalyse.path("ontbrekend").size()).isZero();
        Map<String, JsonNode> paren = new java.util.HashMap<>();
        wozAnalyse
                .path("paren")
                .forEach(p -> paren.put(p.path("a").asText() + "-" + p.path("b").asText(), p));
        assertThat(paren.get(ZEIST + "-" + DE_BILT).path("classificatie").asText())
                .isEqualTo("WEDERZIJDS");
        assertThat(paren.get(ZEIST + "-" + DE_BILT).path("advies").asText()).isEqualTo("SAMENWERKEN");
        JsonNode inkopen = paren.get(ZEIST + "-" + BUNNIK);
        assertThat(inkopen.path("classificatie").asText()).isEqualTo("EENZIJDIG");
        assertThat(inkopen.path("advies").asText()).isEqualTo("INKOPEN");
        assertThat(inkopen.path("koper").asText()).isEqualTo(BUNNIK);
        assertThat(inkopen.path("leverancier").asText()).isEqualTo(ZEIST);
        assertThat(inkopen.path("uitleg").asText()).contains("Bunnik koopt de dienst bij Zeist");
        assertThat(paren.get(DE_BILT + "-" + BUNNIK).path("advies").asText()).isEqualTo("NIET_SAMEN");
        assertThat(wozAnalyse.path("samenvatting").path("patroon").asText()).isEqualTo("GEMENGD");
        assertThat(wozAnalyse.path("samenvatting").path("uitleg").get(0).asText())
                .contains("WOZ-taxatie");

        JsonNode balieAnalyse = analyse.path("taken").get(1);
        assertThat(balieAnalyse.path("samenvatting").path("patroon").asText()).isEqualTo("ONVOLLEDIG");
        assertThat(balieAnalyse.path("ontbrekend").size()).isEqualTo(5);
        assertThat(balieAnalyse.path("ontbrekend").get(0).path("van").asText()).isEqualTo(ZEIST);
        assertThat(balieAnalyse.path("ontbrekend").get(0).path("naar").asText()).isEqualTo(BUNNIK);
    }

    @Test
    void eenPositieDelenNadatEenPartijVertrokNoemtHetAntwoordOverDiePartij() {
        long id = VerkenningTestData.samenwerking(port);
        long woz = VerkenningTestData.taak(port, id, "WOZ-taxatie");
        assertThat(VerkenningTestData.positie(
                                port,
                                "ambtenaar3",
                                id,
                                BUNNIK,
                                false,
                                List.of(behoefte(woz, ZEIST, "STERK"), behoefte(woz, DE_BILT, "ENIGSZINS")))
                        .status())
                .isEqualTo(201);
        // De Bilt leaves the samenwerking
        Http regisseur = Http.api(port, "regisseur");
        String samenwerking = "/api/v1/samenwerkingen/" + id;
        Http.Antwoord weg = regisseur.putJson(
                samenwerking,
                Map.of(
                        "titel",
                        regisseur.get(samenwerking).json().path("titel").asString(),
                        "omschrijving",
                        "Zonder De Bilt.",
                        "gemeenten",
                        List.of(ZEIST, BUNNIK)),
                regisseur.get(samenwerking).header("ETag"));
        assertThat(weg.status()).as(weg.body()).isEqualTo(200);

        // Bunnik shares what it reads back, as a client does
        Http bunnik = Http.api(port, "ambtenaar3");
        String pad = samenwerking + "/posities/" + BUNNIK;
        Http.Antwoord gelezen = bunnik.get(pad);
        assertThat(gelezen.status()).isEqualTo(200);
        Map<String, Object> terug = new java.util.LinkedHashMap<>(
                Map.of("watWillenWij", gelezen.json().path("watWillenWij").asString(), "gedeeld", true));
        List<Map<String, Object>> behoeften = new ArrayList<>();
        gelezen.json()
                .path("behoeften")
                .forEach(b -> behoeften.add(Map.of(
                        "taak",
                        b.path("taak").asLong(),
                        "naar",
                        b.path("naar").asString(),
                        "sterkte",
                        b.path("sterkte").asString())));
        terug.put("behoeften", behoeften);
        int deBilt = behoeften.stream().map(b -> b.get("naar")).toList().indexOf(DE_BILT);
        assertThat(deBilt).as("the stored answer about De Bilt is still there").isNotNegative();
        Http.Antwoord geweigerd = bunnik.putJson(pad, terug, gelezen.header("ETag"));
        // Not "too many answers" about the whole list: the answer about the party that left is named.
        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(400);
        assertThat(geweigerd.header("Content-Type")).contains("problem+json");
        assertThat(geweigerd
                        .json()
                        .path("invalidParams")
                        .valueStream()
                        .map(p -> p.path("name").asString())
                        .toList())
                .containsExactly("behoeften[" + deBilt + "]");
        assertThat(geweigerd.json().path("invalidParams").get(0).path("reason").asString())
                .isEqualTo("Kies een andere gemeente die aan deze samenwerking deelneemt.");
        assertThat(bunnik.get(pad).json().path("gedeeld").asBoolean())
                .as("nothing stored")
                .isFalse();

        behoeften.remove(deBilt);
        Http.Antwoord gedeeld = bunnik.putJson(pad, terug, gelezen.header("ETag"));
        assertThat(gedeeld.status()).as(gedeeld.body()).isEqualTo(200);
        assertThat(Http.api(port, "ambtenaar1")
                        .get(pad)
                        .json()
                        .path("behoeften")
                        .valueStream()
                        .map(b -> b.path("naar").asString())
                        .toList())
                .containsExactly(ZEIST);
    }

    /** A task goes back as GET gives it: taakveld as the object, id and versie ignored. */
    @Test
    void eenTaakGaatTerugZoalsGetHaarGeeft() {
        long id = VerkenningTestData.samenwerking(port);
        Http regisseur = Http.api(port, "regisseur");
        Http.Antwoord nieuw = regisseur.postJson(pad(id) + "/taken", Map.of("naam", "WOZ", "taakveld", "0.61"));
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        assertThat(nieuw.json().path("taakveld").path("code").asString()).isEqualTo("0.61");
        String taak = pad(id) + "/taken/" + nieuw.json().path("id").asLong();
        Http.Antwoord gelezen = regisseur.get(taak);

        Http.Antwoord terug = regisseur.send(
                "PUT", taak, "application/json", gelezen.body(), Map.of("If-Match", gelezen.header("ETag")));

        assertThat(terug.status()).as(terug.body()).isEqualTo(200);
        assertThat(terug.json().path("naam").asString()).isEqualTo("WOZ");
        assertThat(terug.json().path("taakveld")).isEqualTo(gelezen.json().path("taakveld"));
    }

    /** A position goes back as GET gives it (gemeente, versie and the other read-only fields are ignored). */
    @Test
    void eenPositieGaatTerugZoalsGetHaarGeeft() {
        long id = VerkenningTestData.samenwerking(port);
        long woz = VerkenningTestData.taak(port, id, "WOZ");
        assertThat(VerkenningTestData.positie(
                                port, "ambtenaar1", id, ZEIST, false, List.of(behoefte(woz, DE_BILT, "STERK")))
                        .status())
                .isEqualTo(201);
        Http zeist = Http.api(port, "ambtenaar1");
        String positie = pad(id) + "/posities/" + ZEIST;
        Http.Antwoord gelezen = zeist.get(positie);

        Http.Antwoord terug = zeist.send(
                "PUT", positie, "application/json", gelezen.body(), Map.of("If-Match", gelezen.header("ETag")));

        assertThat(terug.status()).as(terug.body()).isEqualTo(200);
        assertThat(terug.json().path("behoeften")).isEqualTo(gelezen.json().path("behoeften"));
        assertThat(terug.json().path("kosten")).isEqualTo(gelezen.json().path("kosten"));
    }

    /** Wrong types deep in a position are named by their path; nothing is stored. */
    @Test
    void eenFoutInEenPositieNoemtHetPadVanHetVeld() {
        long id = VerkenningTestData.samenwerking(port);
        long woz = VerkenningTestData.taak(port, id, "WOZ");
        Http zeist = Http.api(port, "ambtenaar1");
        String positie = pad(id) + "/posities/" + ZEIST;

        Map<String, String> velden = velden(zeist.putJson(
                positie,
                Map.of(
                        "behoeften",
                        List.of(
                                behoefte(woz, DE_BILT, "STERK"),
                                Map.of("taak", "WOZ", "naar", BUNNIK, "sterkte", "NIET"))),
                null));
        assertThat(velden).containsOnlyKeys("behoeften[1].taak");
        assertThat(velden.get("behoeften[1].taak")).contains("moet een getal zijn");

        assertThat(velden(zeist.putJson(positie, Map.of("kosten", Map.of("maximumPerJaar", "veel")), null)))
                .containsOnlyKeys("kosten.maximumPerJaar");
        assertThat(velden(zeist.putJson(positie, Map.of("kosten", List.of(1)), null)))
                .containsExactly(Map.entry("kosten", "Dit veld moet een object zijn (een JSON-object)."));
        assertThat(velden(zeist.putJson(positie, Map.of("gedeeld", "ja"), null)))
                .containsExactly(Map.entry("gedeeld", "Dit veld moet true of false zijn."));
        assertThat(zeist.get(positie).status()).as("nothing stored").isEqualTo(404);
    }

    /** An empty answer ({@code null}) in the list of needs is refused like any other mistake, never a 500. */
    @Test
    void eenLeegAntwoordInDeBehoeftenIsEenFoutEnSlaatNietsOp() {
        long id = VerkenningTestData.samenwerking(port);
        Http zeist = Http.api(port, "ambtenaar1");
        String positie = pad(id) + "/posities/" + ZEIST;

        Http.Antwoord a = zeist.send(
                "PUT", positie, "application/json", "{\"watWillenWij\": \"a\", \"behoeften\": [null]}", Map.of());

        assertThat(velden(a)).containsOnlyKeys("behoeften[0]");
        assertThat(zeist.get(positie).status()).as("nothing stored").isEqualTo(404);
    }

    private static Map<String, String> velden(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        Map<String, String> velden = new java.util.LinkedHashMap<>();
        a.json()
                .path("invalidParams")
                .forEach(p ->
                        velden.put(p.path("name").asString(), p.path("reason").asString()));
        return velden;
    }
}
