package nl.samenspel.toets;

import static nl.samenspel.toets.ToetsApiTest.bevindingen;
import static nl.samenspel.toets.ToetsData.BUNNIK;
import static nl.samenspel.toets.ToetsData.DE_BILT;
import static nl.samenspel.toets.ToetsData.HOUTEN;
import static nl.samenspel.toets.ToetsData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.account.AccountService;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.toets.ToetsData.Antwoord;
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
    private static final Pattern INDICATOR =
            Pattern.compile("<p class=\"samenspel-indicator[^\"]*\">.*?</p>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Toetser toetser;

    @Autowired
    AccountService accounts;

    private String account(Rol rol, String gemeente) {
        return ToetsData.account(accounts, rol, gemeente);
    }

    /** Everything of the check one reader sees, keyed by where it was seen. */
    Map<String, String> watZietHij(String gebruiker, long id, List<String> gemeenten) {
        Map<String, String> uit = new LinkedHashMap<>();
        Http api = Http.api(port, gebruiker);
        Http browser = Http.browser(port, gebruiker);
        uit.put("api toets", ok(api.get("/api/v1/samenwerkingen/" + id + "/toets")));
        uit.put("pagina toets", zonderCsrf(ok(browser.get("/samenwerkingen/" + id + "/toets"))));
        Matcher indicator = INDICATOR.matcher(ok(browser.get("/samenwerkingen/" + id)));
        assertThat(indicator.find())
                .as("indicator op de pagina van de samenwerking")
                .isTrue();
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
        String regie = ToetsData.regisseur(accounts);
        String zeist = account(Rol.AMBTENAAR, ZEIST);
        String houten = account(Rol.AMBTENAAR, HOUTEN);
        String bunnik = account(Rol.AMBTENAAR, BUNNIK);
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN, BUNNIK);
        long taak = ToetsData.taak(port, regie, id, "Invordering");
        ToetsData.positie(
                port,
                houten,
                id,
                HOUTEN,
                "Samen invorderen",
                "Geen nieuwe regeling",
                null,
                true,
                new Antwoord(taak, ZEIST, "NIET"),
                new Antwoord(taak, BUNNIK, "NIET"));
        ToetsData.positie(
                port,
                bunnik,
                id,
                BUNNIK,
                "Minder kwetsbaar",
                "Geen eigen kantoor opgeven",
                null,
                true,
                new Antwoord(taak, ZEIST, "ENIGSZINS"),
                new Antwoord(taak, HOUTEN, "NIET"));
        ToetsData.fase(port, regie, id, "ONDERHANDELEN");

        // Another municipality's civil servant, a council member of the drafting municipality, the beheerder.
        String raadslid = account(Rol.RAADSLID, ZEIST);
        Map<String, List<String>> lezers = new LinkedHashMap<>();
        lezers.put(bunnik, List.of(BUNNIK));
        lezers.put(raadslid, List.of(ZEIST));
        lezers.put(account(Rol.BEHEERDER, null), List.of(ZEIST, BUNNIK));
        Map<String, Map<String, String>> voor = new LinkedHashMap<>();
        lezers.forEach((g, gemeenten) -> voor.put(g, watZietHij(g, id, gemeenten)));
        assertThat(watZietHij(raadslid, id, List.of(ZEIST)))
                .as("twee keer lezen zonder wijziging")
                .isEqualTo(voor.get(raadslid));
        JsonNode regisseurVoor = Http.api(port, regie)
                .get("/api/v1/samenwerkingen/" + id + "/toets")
                .json();
        assertThat(bevindingen(regisseurVoor, "R5.1")).isEmpty();

        // Zeist saves a draft (not shared): what it does not want, costs, and a one-sided strong need.
        Http.Antwoord concept = Http.api(port, zeist)
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST,
                        Map.of(
                                "watWillenWij",
                                "Een sterke invordering.",
                                "watWillenWijNiet",
                                "Geen nieuwe bestuurslaag.",
                                "kosten",
                                Map.of("maximumPerJaar", 150000, "eigenRuimte", "De werkwijze"),
                                "behoeften",
                                List.of(
                                        Map.of("taak", taak, "naar", HOUTEN, "sterkte", "STERK"),
                                        Map.of("taak", taak, "naar", BUNNIK, "sterkte", "STERK"))),
                        null);
        assertThat(concept.status()).as(concept.body()).isEqualTo(201);
        assertThat(concept.json().path("gedeeld").asBoolean()).isFalse();

        lezers.forEach(
                (g, gemeenten) -> assertThat(watZietHij(g, id, gemeenten)).as(g).isEqualTo(voor.get(g)));

        // The regisseur may read every position and sees what follows from the draft.
        JsonNode regisseur = Http.api(port, regie)
                .get("/api/v1/samenwerkingen/" + id + "/toets")
                .json();
        assertThat(bevindingen(regisseur, "R5.1")).singleElement().satisfies(b -> {
            assertThat(b.path("status").asString()).isEqualTo("OPEN");
            assertThat(b.path("omschrijving").asString()).contains("Invordering");
        });
        assertThat(bevindingen(regisseur, "R1.2"))
                .filteredOn(b -> b.path("onderwerp").asString().equals(ZEIST))
                .singleElement()
                .satisfies(b -> assertThat(b.path("status").asString()).isEqualTo("OPGELOST"));
        assertThat(bevindingen(regisseur, "R5.3"))
                .singleElement()
                .satisfies(b -> assertThat(b.path("status").asString()).isEqualTo("OPGELOST"));
        String pagina = Http.browser(port, regie).get("/samenwerkingen/" + id).body();
        assertThat(pagina).contains("samenspel-indicator--risico");

        // Once Zeist shares, everybody sees it.
        Http.Antwoord gelezen = Http.api(port, zeist).get("/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST);
        Http.Antwoord delen = Http.api(port, zeist)
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST,
                        Map.of(
                                "watWillenWij",
                                "Een sterke invordering.",
                                "watWillenWijNiet",
                                "Geen nieuwe bestuurslaag.",
                                "kosten",
                                Map.of("maximumPerJaar", 150000, "eigenRuimte", "De werkwijze"),
                                "behoeften",
                                List.of(
                                        Map.of("taak", taak, "naar", HOUTEN, "sterkte", "STERK"),
                                        Map.of("taak", taak, "naar", BUNNIK, "sterkte", "STERK")),
                                "gedeeld",
                                true),
                        gelezen.header("ETag"));
        assertThat(delen.status()).as(delen.body()).isEqualTo(200);
        JsonNode raadslidNa = Http.api(port, raadslid)
                .get("/api/v1/samenwerkingen/" + id + "/toets")
                .json();
        assertThat(bevindingen(raadslidNa, "R5.1"))
                .singleElement()
                .satisfies(b -> assertThat(b.path("status").asString()).isEqualTo("OPEN"));
    }

    @Test
    void eenConceptDatAlleenVoorEenTaakAntwoordtToontAndereLezersNietsDaarvan() {
        String regie = ToetsData.regisseur(accounts);
        String bunnik = account(Rol.AMBTENAAR, BUNNIK);
        long id = ToetsData.samenwerking(port, regie, ZEIST, DE_BILT, BUNNIK);
        long woz = ToetsData.taak(port, regie, id, "WOZ-waardering");
        ToetsData.taak(port, regie, id, "Invordering");
        ToetsData.taak(port, regie, id, "Kwijtschelding");
        // Bunnik's draft says what it does not want and answers for the WOZ task only.
        ToetsData.positie(
                port,
                bunnik,
                id,
                BUNNIK,
                "Minder kwetsbaar",
                "Geen eigen kantoor opgeven",
                null,
                false,
                new Antwoord(woz, ZEIST, "STERK"),
                new Antwoord(woz, DE_BILT, "ENIGSZINS"));
        assertThat(Http.api(port, bunnik)
                        .get("/api/v1/samenwerkingen/" + id + "/posities/" + BUNNIK)
                        .json()
                        .path("gedeeld")
                        .asBoolean())
                .as("Bunnik heeft haar positie nog niet gedeeld")
                .isFalse();

        for (String lezer : List.of(
                account(Rol.AMBTENAAR, ZEIST),
                account(Rol.RAADSLID, ZEIST),
                account(Rol.AMBTENAAR, DE_BILT),
                account(Rol.BEHEERDER, null))) {
            JsonNode t = Http.api(port, lezer)
                    .get("/api/v1/samenwerkingen/" + id + "/toets")
                    .json();
            assertThat(bevindingen(t, "R1.2"))
                    .as(lezer)
                    .filteredOn(b -> b.path("onderwerp").asString().equals(BUNNIK))
                    .singleElement()
                    .satisfies(b -> assertThat(b.path("status").asString()).isEqualTo("OPEN"));
            assertThat(bevindingen(t, "R5.2"))
                    .as(lezer)
                    .filteredOn(b -> b.path("onderwerp").asString().equals(BUNNIK))
                    .singleElement()
                    .satisfies(b -> assertThat(b.path("omschrijving").asString())
                            .contains("3 taken")
                            .contains("WOZ-waardering"));
        }
        JsonNode regisseur = Http.api(port, regie)
                .get("/api/v1/samenwerkingen/" + id + "/toets")
                .json();
        assertThat(bevindingen(regisseur, "R1.2"))
                .filteredOn(b -> b.path("onderwerp").asString().equals(BUNNIK)
                        && b.path("status").asString().equals("OPEN"))
                .isEmpty();
        assertThat(bevindingen(regisseur, "R5.2"))
                .filteredOn(b -> b.path("onderwerp").asString().equals(BUNNIK))
                .singleElement()
                .satisfies(b -> assertThat(b.path("omschrijving").asString())
                        .contains("2 taken")
                        .doesNotContain("WOZ-waardering"));
    }

    @Test
    void eenErkenningDoorDeRegisseurGeldtVoorIedereLezer() {
        String regie = ToetsData.regisseur(accounts);
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        // Zeist's unshared draft resolves R1.2 for Zeist in the regisseur's view only.
        ToetsData.positie(
                port,
                account(Rol.AMBTENAAR, ZEIST),
                id,
                ZEIST,
                "Samen sterker",
                "Geen eigen kantoor opgeven",
                null,
                false);

        Http.Antwoord erkend = Http.api(port, regie)
                .postJson(
                        "/api/v1/samenwerkingen/" + id + "/toets/R1.2/erkenning",
                        Map.of("reden", "Houten beslist na de raad."));
        assertThat(erkend.status()).as(erkend.body()).isEqualTo(200);
        assertThat(erkend.json().path("onderwerp").asString()).isEqualTo(HOUTEN);

        JsonNode raadslid = Http.api(port, account(Rol.RAADSLID, ZEIST))
                .get("/api/v1/samenwerkingen/" + id + "/toets")
                .json();
        assertThat(bevindingen(raadslid, "R1.2"))
                .filteredOn(b -> b.path("onderwerp").asString().equals(HOUTEN))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.path("status").asString()).isEqualTo("ERKEND");
                    assertThat(b.path("erkendReden").asString()).isEqualTo("Houten beslist na de raad.");
                    assertThat(b.path("historie"))
                            .extracting(h -> h.path("soort").asString())
                            .containsExactly("VERSCHENEN", "ERKEND");
                });
        // Zeist's finding stays open for the council member: the draft that resolves it is not shared.
        assertThat(bevindingen(raadslid, "R1.2"))
                .filteredOn(b -> b.path("onderwerp").asString().equals(ZEIST))
                .singleElement()
                .satisfies(b -> assertThat(b.path("status").asString()).isEqualTo("OPEN"));
    }

    @Test
    void eenSamenwerkingZonderGedeeldeWeergaveWordtBijDeStartGetoetst() {
        String raadslid = account(Rol.RAADSLID, ZEIST);
        long id = ToetsData.samenwerking(port, ToetsData.regisseur(accounts), ZEIST, HOUTEN);
        // As right after the upgrade to V9: only the findings computed from every position exist.
        jdbc.sql("DELETE FROM bevinding WHERE samenwerking_id = ? AND weergave = 'GEDEELD'")
                .param(id)
                .update();
        assertThat(Http.api(port, raadslid)
                        .get("/api/v1/samenwerkingen/" + id + "/toets")
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("IN_ORDE");

        toetser.evalueerZonderGedeeldeWeergave();

        JsonNode na = Http.api(port, raadslid)
                .get("/api/v1/samenwerkingen/" + id + "/toets")
                .json();
        assertThat(na.path("status").asString()).isEqualTo("AANDACHT");
        assertThat(bevindingen(na, "R1.2")).hasSize(2);
    }
}
