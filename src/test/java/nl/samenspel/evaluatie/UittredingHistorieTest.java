package nl.samenspel.evaluatie;

import static nl.samenspel.support.TestAccounts.BUNNIK;
import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Across evaluatie, samenwerking, verkenning, raad and toets (issue 13 point 7): Zeist shares its position, the
 * regisseur records its uittreding and lets it take effect; from then on Zeist is "vertrokken" on the samenwerking,
 * its position stays readable (never written again), the positions page and the council overview show it as having
 * left, and the toets no longer expects anything from it. Then the successor: a new samenwerking (De Bilt buys from
 * Zeist under a DVO) named as opvolger; both link to each other and the successor's history tells the predecessor's
 * story too.
 */
@SamenspelTest
class UittredingHistorieTest {

    @LocalServerPort
    int port;

    static final LocalDate VANDAAG = LocalDate.now(Tijdstip.NEDERLAND);
    static final String REDEN = "Zeist sluit zich aan bij een andere regio.";

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    Http r() {
        return Http.api(port, TestAccounts.REGISSEUR);
    }

    static Http.Antwoord ok(Http.Antwoord a, int status) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        return a;
    }

    List<JsonNode> openOver(long id, String gemeente) {
        List<JsonNode> uit = new ArrayList<>();
        ok(r().get(pad(id) + "/toets"), 200)
                .json()
                .path("regels")
                .forEach(regel -> regel.path("bevindingen").forEach(b -> {
                    if (b.path("status").asString().equals("OPEN")
                            && b.path("onderwerp").asString().equals(gemeente)) {
                        uit.add(b);
                    }
                }));
        return uit;
    }

    /** Zeist, De Bilt and Bunnik; Zeist shares a position (only what it wants: answers are missing). */
    long metPositieVanZeist() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT, BUNNIK);
        ok(
                Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                        .putJson(
                                pad(id) + "/posities/" + ZEIST,
                                Map.of("watWillenWij", "Een sterke belastingdienst", "gedeeld", true),
                                null),
                201);
        return id;
    }

    /** The uittreding of Zeist today, announced, with its conditions, then completed by the regisseur. */
    void treedtUit(long id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gemeente", ZEIST);
        body.put("datum", VANDAAG.toString());
        body.put("reden", REDEN);
        Http.Antwoord u = ok(r().postJson(pad(id) + "/uittredingen", body), 201);
        String upad = pad(id) + "/uittredingen/" + u.json().path("id").asLong();
        body.put("voorwaarden", "Opzegtermijn van een jaar.");
        body.put("afrekening", 1000);
        body.put("richting", "BETAALT");
        body.put("status", "AFGEROND");
        Http.Antwoord klaar = ok(r().putJson(upad, body, ok(r().get(upad), 200).header("ETag")), 200);
        assertThat(klaar.json().path("status").asString()).isEqualTo("AFGEROND");
    }

    @Test
    void eenAfgerondeUittredingMaaktZeistVertrokkenEnBewaartWatHetVastlegde() {
        long id = metPositieVanZeist();
        // Before leaving, the toets asks Zeist for its missing answers.
        assertThat(openOver(id, ZEIST)).isNotEmpty();

        treedtUit(id);

        JsonNode s = ok(r().get(pad(id)), 200).json();
        assertThat(s.path("gemeenten").findValuesAsString("code")).containsExactly(DE_BILT, BUNNIK);
        assertThat(s.path("vertrokken")).hasSize(1);
        assertThat(s.path("vertrokken").get(0).path("code").asString()).isEqualTo(ZEIST);
        assertThat(s.path("vertrokken").get(0).path("datum").asString()).isEqualTo(VANDAAG.toString());
        assertThat(s.path("vertrokken").get(0).path("reden").asString()).isEqualTo(REDEN);

        // The position stays readable, for the regisseur and for another party.
        String positie = pad(id) + "/posities/" + ZEIST;
        assertThat(ok(r().get(positie), 200).json().path("watWillenWij").asString())
                .isEqualTo("Een sterke belastingdienst");
        assertThat(ok(Http.api(port, TestAccounts.AMBTENAAR_DE_BILT).get(positie), 200)
                        .json()
                        .path("watWillenWij")
                        .asString())
                .isEqualTo("Een sterke belastingdienst");
        assertThat(ok(r().get(pad(id) + "/posities"), 200).json().findValuesAsString("gemeente"))
                .contains(ZEIST);
        // Writing it is refused, for the leaver and on its behalf, and nothing changes.
        assertThat(Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                        .putJson(positie, Map.of("watWillenWij", "Anders"), "\"1\"")
                        .status())
                .isIn(403, 404);
        Http.Antwoord namens = r().putJson(positie, Map.of("watWillenWij", "Anders", "namens", true), "\"1\"");
        assertThat(namens.status()).as(namens.body()).isIn(404, 409);
        assertThat(ok(r().get(positie), 200).json().path("watWillenWij").asString())
                .isEqualTo("Een sterke belastingdienst");

        // The positions page marks it as having left; the council overview lists it.
        assertThat(Http.browser(port, TestAccounts.REGISSEUR)
                        .get("/samenwerkingen/" + id + "/posities")
                        .body())
                .contains("Zeist")
                .contains("vertrokken op");
        JsonNode raad = ok(r().get(pad(id) + "/raadsoverzicht?gemeente=" + DE_BILT), 200)
                .json();
        assertThat(raad.path("vertrokken").findValuesAsString("code")).containsExactly(ZEIST);
        assertThat(raad.path("partijen").findValuesAsString("code")).doesNotContain(ZEIST);

        // The toets no longer expects anything from Zeist.
        assertThat(openOver(id, ZEIST)).isEmpty();
    }

    @Test
    void deOpvolgerEnDeVoorgangerVerwijzenNaarElkaarEnDeHistorieIsEenVerhaal() {
        long oud = metPositieVanZeist();
        treedtUit(oud);

        // De Bilt buys the service from Zeist under a DVO: a new samenwerking.
        long nieuw = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT);
        long dienst = ok(
                        r().postJson(pad(nieuw) + "/diensten", Map.of("naam", "Heffen", "backoffice", "Zeist heft")),
                        201)
                .json()
                .path("id")
                .asLong();
        long dvo = ok(
                        r().postJson(pad(nieuw) + "/dvo", Map.of("gemeente", DE_BILT, "jaar", VANDAAG.getYear() + 1)),
                        201)
                .json()
                .path("id")
                .asLong();
        ok(
                r().postJson(
                                pad(nieuw) + "/dvo/" + dvo + "/regels",
                                Map.of("dienst", dienst, "resultaat", "Aanslagen")),
                201);

        Http.Antwoord huidig = ok(r().get(pad(oud)), 200);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("titel", huidig.json().path("titel").asString());
        body.put("omschrijving", huidig.json().path("omschrijving").asString());
        body.put("gemeenten", List.of(DE_BILT, BUNNIK));
        body.put("opvolger", nieuw);
        Http.Antwoord gezet = ok(r().putJson(pad(oud), body, huidig.header("ETag")), 200);
        assertThat(gezet.json().path("opvolger").path("id").asLong()).isEqualTo(nieuw);
        // Naming the successor did not bring Zeist back.
        assertThat(gezet.json().path("vertrokken").findValuesAsString("code")).containsExactly(ZEIST);

        assertThat(ok(r().get(pad(oud)), 200).json().path("opvolger").path("id").asLong())
                .isEqualTo(nieuw);
        JsonNode voorgangers = ok(r().get(pad(nieuw)), 200).json().path("voorgangers");
        assertThat(voorgangers).hasSize(1);
        assertThat(voorgangers.get(0).path("id").asLong()).isEqualTo(oud);

        JsonNode historie = ok(r().get(pad(nieuw) + "/historie"), 200).json();
        List<Long> van = new ArrayList<>();
        List<String> entiteiten = new ArrayList<>();
        historie.forEach(e -> {
            van.add(e.path("samenwerking").path("id").asLong());
            if (e.path("samenwerking").path("id").asLong() == oud) {
                entiteiten.add(e.path("entiteit").asString());
            }
        });
        assertThat(van).contains(nieuw, oud);
        // The predecessor's story includes the uittreding and the position of the party that left.
        assertThat(entiteiten).contains("evaluatie_uittreding");
    }

    @Test
    void deToetsNoemtEenVertrokkenPartijBijHaarNaam() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT, BUNNIK);
        ok(
                r().postJson(
                                pad(id) + "/fase",
                                Map.of("fase", "AFSPREKEN", "reden", "Integratietest: de afspraken staan centraal"),
                                ok(r().get(pad(id)), 200).header("ETag")),
                200);
        // Straight to AFGEROND, without settled conditions: R3.9 fires about the party that has now left.
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gemeente", ZEIST);
        body.put("datum", VANDAAG.toString());
        body.put("reden", REDEN);
        Http.Antwoord u = ok(r().postJson(pad(id) + "/uittredingen", body), 201);
        String upad = pad(id) + "/uittredingen/" + u.json().path("id").asLong();
        body.put("status", "AFGEROND");
        ok(r().putJson(upad, body, ok(r().get(upad), 200).header("ETag")), 200);
        assertThat(ok(r().get(pad(id)), 200).json().path("vertrokken").findValuesAsString("code"))
                .containsExactly(ZEIST);

        List<JsonNode> r39 = new ArrayList<>();
        ok(r().get(pad(id) + "/toets"), 200)
                .json()
                .path("regels")
                .forEach(regel -> regel.path("bevindingen").forEach(b -> {
                    if (b.path("controle").asString().equals("R3.9")
                            && b.path("status").asString().equals("OPEN")) {
                        r39.add(b);
                    }
                }));
        assertThat(r39).hasSize(1);
        assertThat(r39.get(0).path("omschrijving").asString()).contains("Zeist").doesNotContain(ZEIST);
    }
}
