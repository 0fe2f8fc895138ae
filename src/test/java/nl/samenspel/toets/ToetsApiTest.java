package nl.samenspel.toets;

import static nl.samenspel.toets.ToetsData.AMERSFOORT;
import static nl.samenspel.toets.ToetsData.BUNNIK;
import static nl.samenspel.toets.ToetsData.HOUTEN;
import static nl.samenspel.toets.ToetsData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.account.AccountService;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.toets.ToetsData.Antwoord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The check through the API and pages: findings, acknowledgement, resolution, access and confidentiality. */
@SamenspelTest
class ToetsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Toetser toetser;

    @Autowired
    AccountService accounts;

    /** Every test has its own accounts: it depends on no demo data. */
    String regie;

    String ambtenaarZeist;
    String ambtenaarBunnik;
    String bestuurderZeist;
    String raadslidZeist;
    String beheerder;
    String uitvoerder;

    @BeforeEach
    void accounts() {
        regie = ToetsData.regisseur(accounts);
        ambtenaarZeist = ToetsData.account(accounts, Rol.AMBTENAAR, ZEIST);
        ambtenaarBunnik = ToetsData.account(accounts, Rol.AMBTENAAR, BUNNIK);
        bestuurderZeist = ToetsData.account(accounts, Rol.BESTUURDER, ZEIST);
        raadslidZeist = ToetsData.account(accounts, Rol.RAADSLID, ZEIST);
        beheerder = ToetsData.account(accounts, Rol.BEHEERDER, null);
        uitvoerder = ToetsData.account(accounts, Rol.UITVOERDER, null);
    }

    JsonNode toets(String gebruiker, long id) {
        Http.Antwoord a = Http.api(port, gebruiker).get("/api/v1/samenwerkingen/" + id + "/toets");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
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

    static JsonNode regel(JsonNode toets, int regel) {
        return toets.path("regels").get(regel - 1);
    }

    @Test
    void eenNieuweSamenwerkingToontPerRegelEenStandEnDeOpenVragen() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);

        JsonNode t = toets(regie, id);
        assertThat(t.path("regels")).hasSize(7);
        assertThat(regel(t, 1).path("status").asString()).isEqualTo("AANDACHT");
        assertThat(regel(t, 2).path("status").asString()).isEqualTo("NIET_GETOETST");
        // Rule 2 has checks now (issue 12), from the form phase on: not yet in this phase, and it says from when.
        assertThat(regel(t, 2).path("getoetstVanaf").asString()).isEqualTo("VORMGEVEN");
        List<JsonNode> r12 = bevindingen(t, "R1.2");
        assertThat(r12).extracting(b -> b.path("onderwerp").asString()).containsExactlyInAnyOrder(ZEIST, HOUTEN);
        JsonNode b = r12.get(0);
        assertThat(b.path("regel").asInt()).isEqualTo(1);
        assertThat(b.path("ernst").asString()).isEqualTo("AANDACHT");
        assertThat(b.path("status").asString()).isEqualTo("OPEN");
        assertThat(b.path("titel").asString()).isNotBlank().doesNotStartWith("toets.");
        assertThat(b.path("uitleg").asString()).isNotBlank().doesNotStartWith("toets.");
        assertThat(b.path("interventie").asString()).contains("?");
        assertThat(b.path("sinds").asString()).isNotBlank();
        assertThat(b.path("historie").get(0).path("soort").asString()).isEqualTo("VERSCHENEN");
        assertThat(bevindingen(t, "R5.3")).hasSize(1);
    }

    @Test
    void erkennenMetRedenEnOplossenHoudtDeHistorieBij() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        ToetsData.positie(
                port,
                ambtenaarZeist,
                id,
                ZEIST,
                "Samen sterker",
                "Geen eigen kantoor opgeven",
                "Minder eigen keuze",
                false);
        Http regisseur = Http.api(port, regie);
        String pad = "/api/v1/samenwerkingen/" + id + "/toets/R1.2/erkenning";

        // Only De Bilt is left, so the onderwerp may be omitted.
        Http.Antwoord erkend = regisseur.postJson(pad, Map.of("reden", "De Bilt schrijft haar grenzen na de raad."));
        assertThat(erkend.status()).as(erkend.body()).isEqualTo(200);
        assertThat(erkend.json().path("status").asString()).isEqualTo("ERKEND");
        assertThat(erkend.json().path("onderwerp").asString()).isEqualTo(HOUTEN);
        assertThat(erkend.json().path("erkendReden").asString()).isEqualTo("De Bilt schrijft haar grenzen na de raad.");
        assertThat(erkend.json().path("erkendDoor").asString()).isEqualTo(regie);

        JsonNode t = toets(regie, id);
        assertThat(bevindingen(t, "R1.2"))
                .filteredOn(b -> b.path("onderwerp").asString().equals(ZEIST))
                .singleElement()
                .satisfies(b -> assertThat(b.path("status").asString()).isEqualTo("OPGELOST"));
        assertThat(bevindingen(t, "R1.2"))
                .filteredOn(b -> b.path("onderwerp").asString().equals(HOUTEN))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.path("status").asString()).isEqualTo("ERKEND");
                    assertThat(b.path("historie"))
                            .extracting(h -> h.path("soort").asString())
                            .containsExactly("VERSCHENEN", "ERKEND");
                });
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_event WHERE entiteit_type = 'bevinding' AND samenwerking_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // The data is fixed: the finding is resolved, with its history kept.
        String ambtenaarHouten = ToetsData.account(accounts, Rol.AMBTENAAR, HOUTEN);
        ToetsData.positie(port, ambtenaarHouten, id, HOUTEN, "Samen", "Geen nieuwe GR", null, false);
        JsonNode na = toets(regie, id);
        JsonNode opgelost = bevindingen(na, "R1.2").stream()
                .filter(b -> b.path("onderwerp").asString().equals(HOUTEN))
                .findFirst()
                .orElseThrow();
        assertThat(opgelost.path("status").asString()).isEqualTo("OPGELOST");
        assertThat(opgelost.path("historie"))
                .extracting(h -> h.path("soort").asString())
                .containsExactly("VERSCHENEN", "ERKEND", "OPGELOST");
        assertThat(regel(na, 1).path("status").asString()).isEqualTo("IN_ORDE");
        assertThat(regisseur
                        .postJson(pad, Map.of("reden", "x", "onderwerp", HOUTEN))
                        .status())
                .isEqualTo(409);

        // The condition returns: open again, the old acknowledgement no longer applies.
        ToetsData.positie(port, ambtenaarHouten, id, HOUTEN, "Samen", null, null, false);
        JsonNode terug = bevindingen(toets(regie, id), "R1.2").stream()
                .filter(b -> b.path("onderwerp").asString().equals(HOUTEN))
                .findFirst()
                .orElseThrow();
        assertThat(terug.path("status").asString()).isEqualTo("OPEN");
        assertThat(terug.path("historie"))
                .extracting(h -> h.path("soort").asString())
                .containsExactly("VERSCHENEN", "ERKEND", "OPGELOST", "TERUG");
    }

    @Test
    void erkennenVraagtEenRedenEnBijMeerBevindingenHetOnderwerp() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        Http regisseur = Http.api(port, regie);
        String pad = "/api/v1/samenwerkingen/" + id + "/toets/R1.2/erkenning";

        Http.Antwoord zonderReden = regisseur.postJson(pad, Map.of("onderwerp", ZEIST));
        assertThat(zonderReden.status()).isEqualTo(400);
        assertThat(zonderReden.body()).contains("reden");
        Http.Antwoord tweeMogelijk = regisseur.postJson(pad, Map.of("reden", "Bewust"));
        assertThat(tweeMogelijk.status()).isEqualTo(400);
        assertThat(tweeMogelijk.body()).contains("onderwerp");
        assertThat(regisseur
                        .postJson(pad, Map.of("reden", "x".repeat(100_000), "onderwerp", ZEIST))
                        .status())
                .isEqualTo(400);
        assertThat(regisseur
                        .postJson(pad, Map.of("reden", 12, "onderwerp", ZEIST))
                        .status())
                .isEqualTo(400);
        assertThat(regisseur
                        .postJson("/api/v1/samenwerkingen/" + id + "/toets/R9.9/erkenning", Map.of("reden", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(regisseur
                        .postJson(pad, Map.of("reden", "x", "onderwerp", AMERSFOORT))
                        .status())
                .isEqualTo(404);
        assertThat(bevindingen(toets(regie, id), "R1.2"))
                .allSatisfy(b -> assertThat(b.path("status").asString()).isEqualTo("OPEN"));
    }

    @Test
    void alleenDeRegisseurVanDeSamenwerkingErkent() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        Map<String, String> body = Map.of("reden", "Bewust", "onderwerp", ZEIST);
        String pad = "/api/v1/samenwerkingen/" + id + "/toets/R1.2/erkenning";
        String andereRegisseur = ToetsData.regisseur(accounts);

        assertThat(Http.api(port, ambtenaarZeist).postJson(pad, body).status()).isEqualTo(403);
        assertThat(Http.api(port, bestuurderZeist).postJson(pad, body).status()).isEqualTo(403);
        assertThat(Http.api(port, raadslidZeist).postJson(pad, body).status()).isEqualTo(403);
        assertThat(Http.api(port, beheerder).postJson(pad, body).status()).isEqualTo(403);
        assertThat(Http.api(port, andereRegisseur).postJson(pad, body).status()).isEqualTo(404);
        assertThat(Http.api(port, regie).postJson(pad, body).status()).isEqualTo(200);
    }

    @Test
    void wieDeSamenwerkingNietZietKrijgtGeenToets() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        assertThat(Http.api(port, ambtenaarBunnik)
                        .get("/api/v1/samenwerkingen/" + id + "/toets")
                        .status())
                .isEqualTo(404);
        assertThat(Http.api(port, raadslidZeist)
                        .get("/api/v1/samenwerkingen/" + id + "/toets")
                        .status())
                .isEqualTo(200);
        assertThat(Http.api(port, regie)
                        .get("/api/v1/samenwerkingen/999999999/toets")
                        .status())
                .isEqualTo(404);
        assertThat(Http.anoniem(port)
                        .get("/api/v1/samenwerkingen/" + id + "/toets")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void eenRaadslidLeestHetOverzichtVanDeEigenGemeenteEnNietVanEenAndere() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, BUNNIK);

        Http.Antwoord eigen = Http.api(port, raadslidZeist).get("/api/v1/gemeenten/" + ZEIST + "/toets");
        assertThat(eigen.status()).as(eigen.body()).isEqualTo(200);
        JsonNode rij = null;
        for (JsonNode s : eigen.json().path("samenwerkingen")) {
            if (s.path("id").asLong() == id) {
                rij = s;
            }
        }
        assertThat(rij).as("de samenwerking staat in het overzicht").isNotNull();
        assertThat(rij.path("perRegel")).hasSize(7);
        assertThat(rij.path("status").asString()).isEqualTo("AANDACHT");
        assertThat(rij.path("bevindingen").toString()).contains("R1.2");

        assertThat(Http.api(port, raadslidZeist)
                        .get("/api/v1/gemeenten/" + BUNNIK + "/toets")
                        .status())
                .isEqualTo(404);
        assertThat(Http.api(port, ambtenaarBunnik)
                        .get("/api/v1/gemeenten/" + ZEIST + "/toets")
                        .status())
                .isEqualTo(404);
        assertThat(Http.api(port, uitvoerder)
                        .get("/api/v1/gemeenten/" + ZEIST + "/toets")
                        .status())
                .isEqualTo(404);
        assertThat(Http.api(port, raadslidZeist)
                        .get("/api/v1/gemeenten/GM9999/toets")
                        .status())
                .isEqualTo(404);
        assertThat(Http.api(port, beheerder)
                        .get("/api/v1/gemeenten/" + BUNNIK + "/toets")
                        .status())
                .isEqualTo(200);
        assertThat(Http.api(port, ambtenaarBunnik)
                        .get("/api/v1/gemeenten/" + BUNNIK + "/toets")
                        .json()
                        .path("samenwerkingen")
                        .toString())
                .contains("\"id\":" + id);

        Http.Antwoord pagina = Http.browser(port, raadslidZeist).get("/gemeenten/" + ZEIST + "/toets");
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains("/samenwerkingen/" + id + "/toets").doesNotContain("Afwijking vastleggen");
        assertThat(Http.browser(port, raadslidZeist)
                        .get("/gemeenten/" + BUNNIK + "/toets")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void geenToetsuitvoerVerraadtDeInhoudVanEenPositie() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN, BUNNIK);
        String geheim = ToetsData.uniek("GEHEIM");
        // Shared, so the other parties' check is computed from them too (ADR 0010) and has findings to leak through.
        long taak = ToetsData.taak(port, regie, id, "Invordering");
        ToetsData.positie(
                port,
                ambtenaarZeist,
                id,
                ZEIST,
                "Wij willen " + geheim,
                null,
                "Ruimte " + geheim,
                true,
                new Antwoord(taak, HOUTEN, "STERK", "Omdat " + geheim));
        ToetsData.positie(
                port,
                ToetsData.account(accounts, Rol.AMBTENAAR, HOUTEN),
                id,
                HOUTEN,
                "Iets",
                "Niet dit",
                null,
                true,
                new Antwoord(taak, ZEIST, "NIET"));
        ToetsData.fase(port, regie, id, "ONDERHANDELEN");

        List<String> uitvoer = new ArrayList<>();
        for (String gebruiker : List.of(regie, ambtenaarBunnik, raadslidZeist, beheerder)) {
            uitvoer.add(Http.api(port, gebruiker)
                    .get("/api/v1/samenwerkingen/" + id + "/toets")
                    .body());
            uitvoer.add(Http.browser(port, gebruiker)
                    .get("/samenwerkingen/" + id + "/toets")
                    .body());
            uitvoer.add(
                    Http.browser(port, gebruiker).get("/samenwerkingen/" + id).body());
        }
        uitvoer.add(Http.api(port, ambtenaarBunnik)
                .get("/api/v1/gemeenten/" + BUNNIK + "/toets")
                .body());
        uitvoer.add(Http.browser(port, raadslidZeist)
                .get("/gemeenten/" + ZEIST + "/toets")
                .body());
        uitvoer.add(jdbc.sql("SELECT argumenten FROM bevinding WHERE samenwerking_id = ?")
                .param(id)
                .query(String.class)
                .list()
                .toString());

        JsonNode t = toets(ambtenaarBunnik, id);
        assertThat(bevindingen(t, "R1.2"))
                .extracting(b -> b.path("onderwerp").asString())
                .contains(ZEIST);
        assertThat(bevindingen(t, "R5.1"))
                .singleElement()
                .satisfies(b -> assertThat(b.path("omschrijving").asString()).contains("Invordering"));
        assertThat(uitvoer).noneMatch(tekst -> tekst.contains(geheim));
    }

    @Test
    void controlesNoemenRegelUitlegEnEenDoorvraag() {
        Http.Antwoord a = Http.api(port, raadslidZeist).get("/api/v1/controles");
        assertThat(a.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode c : a.json()) {
            ids.add(c.path("id").asString());
            assertThat(c.path("regel").asInt()).isBetween(1, 7);
            assertThat(c.path("ernst").asString()).isIn("AANDACHT", "RISICO");
            assertThat(c.path("titel").asString()).doesNotStartWith("toets.");
            assertThat(c.path("uitleg").asString()).doesNotStartWith("toets.").hasSizeGreaterThan(40);
            assertThat(c.path("interventie").asString()).contains("Doorvraag:").contains("?");
        }
        assertThat(ids)
                .contains(
                        "R1.1",
                        "R1.2",
                        "R1.3",
                        "R1.4",
                        "R5.1",
                        "R5.2",
                        "R5.3",
                        "R5.4",
                        "R6.1",
                        "R6.2",
                        "R4.1",
                        "R4.2",
                        // Issue 12: rule 2, and the form, the regeling and the new body.
                        "R2.1",
                        "R2.2",
                        "R2.3",
                        "R2.4",
                        "R2.5",
                        "R2.6",
                        "R2.7",
                        "R1.9",
                        "R3.1",
                        "R5.6",
                        // Issue 13: rules 3, 4 and 6 on the agreements, the transition, the gedoe and the evaluations.
                        "R3.2",
                        "R3.3",
                        "R3.4",
                        "R3.5",
                        "R3.6",
                        "R3.7",
                        "R3.8",
                        "R3.9",
                        "R4.3",
                        "R4.4",
                        "R4.5",
                        "R6.4",
                        "R6.5",
                        "R6.6",
                        "R6.7",
                        // Issue 14: rule 7 on planning and control, and the extra money of the first years.
                        "R6.8",
                        "R7.1",
                        "R7.2",
                        "R7.3",
                        "R7.4",
                        "R7.5",
                        "R7.6",
                        "R7.7",
                        "R7.8",
                        "R7.9")
                .doesNotHaveDuplicates();
        assertThat(Http.anoniem(port).get("/api/v1/controles").status()).isEqualTo(401);
    }

    @Test
    void eenWijzigingInDeSamenwerkingWerktDeToetsMeteenBij() {
        // A regisseur who works for Amersfoort.
        String regie = ToetsData.account(accounts, Rol.REGISSEUR, AMERSFOORT);
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        assertThat(bevindingen(toets(regie, id), "R6.3")).isEmpty();

        Http api = Http.api(port, regie);
        Http.Antwoord put = api.putJson(
                "/api/v1/samenwerkingen/" + id,
                Map.of(
                        "titel",
                        "Met Utrecht",
                        "omschrijving",
                        "Nu met Utrecht erbij.",
                        "gemeenten",
                        List.of(ZEIST, HOUTEN, AMERSFOORT)),
                "\"0\"");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        // An insider regisseur is allowed by the method: AANDACHT (RISICO only as supplier, see RouteToetsTest).
        assertThat(bevindingen(toets(regie, id), "R6.3")).singleElement().satisfies(b -> {
            assertThat(b.path("status").asString()).isEqualTo("OPEN");
            assertThat(b.path("ernst").asString()).isEqualTo("AANDACHT");
        });
        assertThat(regel(toets(regie, id), 6).path("status").asString()).isEqualTo("AANDACHT");
    }

    @Test
    void eenPositieDieZegtWatDePartijNietWilLostDeBevindingMeteenOp() {
        String ambtenaar = ToetsData.account(accounts, Rol.AMBTENAAR, HOUTEN);
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        assertThat(bevindingen(toets(regie, id), "R1.2"))
                .extracting(b -> b.path("status").asString())
                .containsOnly("OPEN")
                .hasSize(2);

        Http.Antwoord put = Http.api(port, ambtenaar)
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/posities/" + HOUTEN,
                        Map.of(
                                "watWillenWij",
                                "Een vaste WOZ-planning.",
                                "watWillenWijNiet",
                                "Geen eigen backoffice opgeven."),
                        null);
        assertThat(put.status()).as(put.body()).isEqualTo(201);

        List<JsonNode> na = bevindingen(toets(regie, id), "R1.2");
        assertThat(na)
                .filteredOn(b -> b.path("status").asString().equals("OPGELOST"))
                .hasSize(1);
        assertThat(na)
                .filteredOn(b -> b.path("status").asString().equals("OPEN"))
                .hasSize(1);
        assertThat(toets(regie, id).toString()).doesNotContain("Geen eigen backoffice opgeven");
    }

    @Test
    void deIndicatorStaatOpDePaginasVanDeSamenwerking() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        String pagina =
                Http.browser(port, ambtenaarZeist).get("/samenwerkingen/" + id).body();
        assertThat(pagina)
                .contains("samenspel-indicator--aandacht")
                .contains("href=\"/samenwerkingen/" + id + "/toets\"");
        assertThat(Http.browser(port, ambtenaarBunnik)
                        .get("/samenwerkingen/" + id)
                        .body())
                .doesNotContain("samenspel-indicator");
    }

    @Test
    void eenBeheerderLaatAllesOpnieuwToetsen() {
        ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        Http.Antwoord a = Http.api(port, beheerder).postJson("/api/v1/toets/evaluatie", Map.of());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("samenwerkingen").asInt()).isPositive();
        assertThat(a.json().has("duurMs")).isTrue();
        assertThat(Http.api(port, regie)
                        .postJson("/api/v1/toets/evaluatie", Map.of())
                        .status())
                .isEqualTo(403);
    }
}
