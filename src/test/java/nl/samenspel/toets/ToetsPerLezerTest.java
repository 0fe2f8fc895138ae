package nl.samenspel.toets;

import static nl.samenspel.toets.ToetsApiTest.bevindingen;
import static nl.samenspel.toets.ToetsData.BUNNIK;
import static nl.samenspel.toets.ToetsData.HOUTEN;
import static nl.samenspel.toets.ToetsData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The check per reader (ADR 0010): what somebody who may not read an unshared position sees of the check (page,
 * API, indicator, municipality overview, history) does not move when that position is saved; the regisseur, who may
 * read it, does see what follows from it.
 */
@SamenspelTest
class ToetsPerLezerTest {

    private static final Pattern CSRF = Pattern.compile("(name=\"_csrf\" value=\"|name=\"_csrf\" content=\")[^\"]*\"");
    private static final Pattern INDICATOR = Pattern.compile("<p class=\"samenspel-indicator[^\"]*\">.*?</p>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Toetser toetser;

    /** Everything of the check one reader sees, keyed by where it was seen. */
    Map<String, String> watZietHij(String gebruiker, long id, List<String> gemeenten) {
        Map<String, String> uit = new LinkedHashMap<>();
        Http api = Http.api(port, gebruiker);
        Http browser = Http.browser(port, gebruiker);
        uit.put("api toets", ok(api.get("/api/v1/samenwerkingen/" + id + "/toets")));
        uit.put("pagina toets", zonderCsrf(ok(browser.get("/samenwerkingen/" + id + "/toets"))));
        Matcher indicator = INDICATOR.matcher(ok(browser.get("/samenwerkingen/" + id)));
        assertThat(indicator.find()).as("indicator op de pagina van de samenwerking").isTrue();
        uit.put("indicator", indicator.group());
        for (String gemeente : gemeenten) {
            uit.put("api gemeente " + gemeente, ok(api.get("/api/v1/gemeenten/" + gemeente + "/toets")));
            uit.put("pagina gemeente " + gemeente, zonderCsrf(ok(browser.get("/gemeenten/" + gemeente + "/toets"))));
        }
        return uit;
    }

    private static String ok(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.body();
    }

    /** The CSRF token is masked anew on every response; it is the only part of a page that may differ. */
    private static String zonderCsrf(String html) {
        return CSRF.matcher(html).replaceAll("$1\"");
    }

    @Test
    void eenNietGedeeldConceptVeranderdNietsAanDeToetsVanWieHetNietMagLezen() {
        long id = ToetsData.samenwerking(port, "regisseur", ZEIST, HOUTEN, BUNNIK);
        long taak = ToetsData.taak(jdbc, id, "Invordering");
        ToetsData.gedeeldePositie(jdbc, id, HOUTEN, "Samen invorderen", "Geen nieuwe regeling", null);
        ToetsData.behoefte(jdbc, id, taak, HOUTEN, ZEIST, "NIET", null);
        ToetsData.behoefte(jdbc, id, taak, HOUTEN, BUNNIK, "NIET", null);
        ToetsData.gedeeldePositie(jdbc, id, BUNNIK, "Minder kwetsbaar", "Geen eigen kantoor opgeven", null);
        ToetsData.behoefte(jdbc, id, taak, BUNNIK, ZEIST, "ENIGSZINS", null);
        ToetsData.behoefte(jdbc, id, taak, BUNNIK, HOUTEN, "NIET", null);
        ToetsData.fase(jdbc, id, "ONDERHANDELEN");
        toetser.evalueer(List.of(id));

        // Another municipality's civil servant, a council member of the drafting municipality, the beheerder.
        Map<String, List<String>> lezers = new LinkedHashMap<>();
        lezers.put("ambtenaar3", List.of(BUNNIK));
        lezers.put("raadslid1", List.of(ZEIST));
        lezers.put("beheerder", List.of(ZEIST, BUNNIK));
        Map<String, Map<String, String>> voor = new LinkedHashMap<>();
        lezers.forEach((g, gemeenten) -> voor.put(g, watZietHij(g, id, gemeenten)));
        assertThat(watZietHij("raadslid1", id, List.of(ZEIST))).as("twee keer lezen zonder wijziging")
                .isEqualTo(voor.get("raadslid1"));
        JsonNode regisseurVoor = Http.api(port, "regisseur").get("/api/v1/samenwerkingen/" + id + "/toets").json();
        assertThat(bevindingen(regisseurVoor, "R5.1")).isEmpty();

        // Zeist saves a draft (not shared): what it does not want, costs, and a one-sided strong need.
        Http.Antwoord concept = Http.api(port, "ambtenaar1").putJson("/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST,
                Map.of("watWillenWij", "Een sterke invordering.", "watWillenWijNiet", "Geen nieuwe bestuurslaag.",
                        "kosten", Map.of("maximumPerJaar", 150000, "eigenRuimte", "De werkwijze"),
                        "behoeften", List.of(Map.of("taak", taak, "naar", HOUTEN, "sterkte", "STERK"),
                                Map.of("taak", taak, "naar", BUNNIK, "sterkte", "STERK"))), null);
        assertThat(concept.status()).as(concept.body()).isEqualTo(201);
        assertThat(concept.json().path("gedeeld").asBoolean()).isFalse();

        lezers.forEach((g, gemeenten) -> assertThat(watZietHij(g, id, gemeenten)).as(g).isEqualTo(voor.get(g)));

        // The regisseur may read every position and sees what follows from the draft.
        JsonNode regisseur = Http.api(port, "regisseur").get("/api/v1/samenwerkingen/" + id + "/toets").json();
        assertThat(bevindingen(regisseur, "R5.1")).singleElement().satisfies(b -> {
            assertThat(b.path("status").asString()).isEqualTo("OPEN");
            assertThat(b.path("omschrijving").asString()).contains("Invordering");
        });
        assertThat(bevindingen(regisseur, "R1.2")).filteredOn(b -> b.path("onderwerp").asString().equals(ZEIST))
                .singleElement().satisfies(b -> assertThat(b.path("status").asString()).isEqualTo("OPGELOST"));
        assertThat(bevindingen(regisseur, "R5.3")).singleElement()
                .satisfies(b -> assertThat(b.path("status").asString()).isEqualTo("OPGELOST"));
        String pagina = Http.browser(port, "regisseur").get("/samenwerkingen/" + id).body();
        assertThat(pagina).contains("samenspel-indicator--risico");

        // Once Zeist shares, everybody sees it.
        Http.Antwoord gelezen = Http.api(port, "ambtenaar1").get("/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST);
        Http.Antwoord delen = Http.api(port, "ambtenaar1").putJson("/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST,
                Map.of("watWillenWij", "Een sterke invordering.", "watWillenWijNiet", "Geen nieuwe bestuurslaag.",
                        "kosten", Map.of("maximumPerJaar", 150000, "eigenRuimte", "De werkwijze"),
                        "behoeften", List.of(Map.of("taak", taak, "naar", HOUTEN, "sterkte", "STERK"),
                                Map.of("taak", taak, "naar", BUNNIK, "sterkte", "STERK")), "gedeeld", true),
                gelezen.header("ETag"));
        assertThat(delen.status()).as(delen.body()).isEqualTo(200);
        JsonNode raadslid = Http.api(port, "raadslid1").get("/api/v1/samenwerkingen/" + id + "/toets").json();
        assertThat(bevindingen(raadslid, "R5.1")).singleElement()
                .satisfies(b -> assertThat(b.path("status").asString()).isEqualTo("OPEN"));
    }

    @Test
    void deOefencasusToontAndereLezersNietsUitHetConceptVanBunnik() {
        long id = jdbc.sql("SELECT id FROM samenwerking WHERE oefencasus = TRUE ORDER BY id").query(Long.class).list().get(0);
        assertThat(jdbc.sql("SELECT gedeeld FROM positie WHERE samenwerking_id = ? AND gemeente_code = ?")
                .params(id, BUNNIK).query(Boolean.class).single()).as("Bunnik heeft haar positie nog niet gedeeld").isFalse();

        // Bunnik's draft says what it does not want and answers for the WOZ task only.
        for (String lezer : List.of("ambtenaar1", "raadslid1", "ambtenaar2", "beheerder")) {
            JsonNode t = Http.api(port, lezer).get("/api/v1/samenwerkingen/" + id + "/toets").json();
            assertThat(bevindingen(t, "R1.2")).as(lezer).filteredOn(b -> b.path("onderwerp").asString().equals(BUNNIK))
                    .singleElement().satisfies(b -> assertThat(b.path("status").asString()).isEqualTo("OPEN"));
            assertThat(bevindingen(t, "R5.2")).as(lezer).filteredOn(b -> b.path("onderwerp").asString().equals(BUNNIK))
                    .singleElement().satisfies(b -> assertThat(b.path("omschrijving").asString())
                            .contains("3 taken").contains("WOZ-waardering"));
        }
        JsonNode regisseur = Http.api(port, "regisseur").get("/api/v1/samenwerkingen/" + id + "/toets").json();
        assertThat(bevindingen(regisseur, "R1.2")).filteredOn(b -> b.path("onderwerp").asString().equals(BUNNIK)
                && b.path("status").asString().equals("OPEN")).isEmpty();
        assertThat(bevindingen(regisseur, "R5.2")).filteredOn(b -> b.path("onderwerp").asString().equals(BUNNIK))
                .singleElement().satisfies(b -> assertThat(b.path("omschrijving").asString())
                        .contains("2 taken").doesNotContain("WOZ-waardering"));
    }

    @Test
    void eenErkenningDoorDeRegisseurGeldtVoorIedereLezer() {
        long id = ToetsData.samenwerking(port, "regisseur", ZEIST, HOUTEN);
        // Zeist's unshared draft resolves R1.2 for Zeist in the regisseur's view only.
        ToetsData.positie(jdbc, id, ZEIST, "Samen sterker", "Geen eigen kantoor opgeven", null);
        toetser.evalueer(List.of(id));

        Http.Antwoord erkend = Http.api(port, "regisseur").postJson("/api/v1/samenwerkingen/" + id
                + "/toets/R1.2/erkenning", Map.of("reden", "Houten beslist na de raad."));
        assertThat(erkend.status()).as(erkend.body()).isEqualTo(200);
        assertThat(erkend.json().path("onderwerp").asString()).isEqualTo(HOUTEN);

        JsonNode raadslid = Http.api(port, "raadslid1").get("/api/v1/samenwerkingen/" + id + "/toets").json();
        assertThat(bevindingen(raadslid, "R1.2")).filteredOn(b -> b.path("onderwerp").asString().equals(HOUTEN))
                .singleElement().satisfies(b -> {
                    assertThat(b.path("status").asString()).isEqualTo("ERKEND");
                    assertThat(b.path("erkendReden").asString()).isEqualTo("Houten beslist na de raad.");
                    assertThat(b.path("historie")).extracting(h -> h.path("soort").asString())
                            .containsExactly("VERSCHENEN", "ERKEND");
                });
        // Zeist's finding stays open for the council member: the draft that resolves it is not shared.
        assertThat(bevindingen(raadslid, "R1.2")).filteredOn(b -> b.path("onderwerp").asString().equals(ZEIST))
                .singleElement().satisfies(b -> assertThat(b.path("status").asString()).isEqualTo("OPEN"));
    }

    @Test
    void eenSamenwerkingZonderGedeeldeWeergaveWordtBijDeStartGetoetst() {
        long id = ToetsData.samenwerking(port, "regisseur", ZEIST, HOUTEN);
        // As right after the upgrade to V9: only the findings computed from every position exist.
        jdbc.sql("DELETE FROM bevinding WHERE samenwerking_id = ? AND weergave = 'GEDEELD'").param(id).update();
        assertThat(Http.api(port, "raadslid1").get("/api/v1/samenwerkingen/" + id + "/toets").json().path("status")
                .asString()).isEqualTo("IN_ORDE");

        toetser.evalueerZonderGedeeldeWeergave();

        JsonNode na = Http.api(port, "raadslid1").get("/api/v1/samenwerkingen/" + id + "/toets").json();
        assertThat(na.path("status").asString()).isEqualTo("AANDACHT");
        assertThat(bevindingen(na, "R1.2")).hasSize(2);
    }
}
