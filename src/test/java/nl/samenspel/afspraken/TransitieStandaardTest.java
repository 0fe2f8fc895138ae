package nl.samenspel.afspraken;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Across overgang and afspraken (issue 13 point 3): the transition period recorded through the overgang API sets
 * the defaults of the agreements: while it runs, a new DVO line without a status is INDICATIEF and a new DVO gets a
 * review date at every quarter end within the period; without one, VAST and one review halfway the year.
 */
@SamenspelTest
class TransitieStandaardTest {

    @LocalServerPort
    int port;

    static final LocalDate VANDAAG = LocalDate.now(Tijdstip.NEDERLAND);
    static final int JAAR = VANDAAG.getYear();

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

    long dienst(long id) {
        return ok(r().postJson(pad(id) + "/diensten", Map.of("naam", "Heffen", "backoffice", "Eén pakket")), 201)
                .json()
                .path("id")
                .asLong();
    }

    JsonNode dvo(long id, int jaar) {
        return ok(r().postJson(pad(id) + "/dvo", Map.of("gemeente", ZEIST, "jaar", jaar)), 201)
                .json();
    }

    String statusVanEenNieuweRegel(long id, long dvo, long dienst) {
        return ok(
                        r().postJson(
                                        pad(id) + "/dvo/" + dvo + "/regels",
                                        Map.of("dienst", dienst, "resultaat", "Aanslagen op tijd")),
                        201)
                .json()
                .path("status")
                .asString();
    }

    static List<String> momenten(JsonNode dvo) {
        List<String> uit = new ArrayList<>();
        dvo.path("herzieningsmomenten").forEach(m -> uit.add(m.path("datum").asString()));
        return uit;
    }

    @Test
    void tijdensEenTransitieperiodeIndicatiefEnElkKwartaalEenHerziening() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT);
        long dienst = dienst(id);
        String overgang = pad(id) + "/overgang";
        ok(
                r().putJson(
                                overgang,
                                Map.of(
                                        "start",
                                        JAAR + "-01-01",
                                        "transitie",
                                        Map.of("start", JAAR + "-01-01", "eind", (JAAR + 1) + "-06-30")),
                                r().get(overgang).header("ETag")),
                200);

        JsonNode ditJaar = dvo(id, JAAR);
        assertThat(statusVanEenNieuweRegel(id, ditJaar.path("id").asLong(), dienst))
                .isEqualTo("INDICATIEF");
        assertThat(momenten(ditJaar))
                .containsExactly(JAAR + "-03-31", JAAR + "-06-30", JAAR + "-09-30", JAAR + "-12-31");
        // The next year: only the quarter ends the period still covers.
        assertThat(momenten(dvo(id, JAAR + 1))).containsExactly((JAAR + 1) + "-03-31", (JAAR + 1) + "-06-30");
        // An explicit status is kept.
        assertThat(ok(
                                r().postJson(
                                                pad(id) + "/dvo/"
                                                        + ditJaar.path("id").asLong() + "/regels",
                                                Map.of("dienst", dienst, "resultaat", "Vast", "status", "VAST")),
                                201)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("VAST");
    }

    @Test
    void zonderTransitieperiodeVastEnEenHerzieningHalverwegeHetJaar() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT);
        long dienst = dienst(id);
        JsonNode dvo = dvo(id, JAAR);
        assertThat(statusVanEenNieuweRegel(id, dvo.path("id").asLong(), dienst)).isEqualTo("VAST");
        assertThat(momenten(dvo)).containsExactly(JAAR + "-07-01");
    }

    @Test
    void eenAfgelopenTransitieperiodeGeeftGeenIndicatieveStandaard() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT);
        long dienst = dienst(id);
        String overgang = pad(id) + "/overgang";
        ok(
                r().putJson(
                                overgang,
                                Map.of(
                                        "transitie",
                                        Map.of(
                                                "start",
                                                VANDAAG.minusYears(2).toString(),
                                                "eind",
                                                VANDAAG.minusYears(1).toString())),
                                r().get(overgang).header("ETag")),
                200);
        JsonNode dvo = dvo(id, JAAR);
        assertThat(statusVanEenNieuweRegel(id, dvo.path("id").asLong(), dienst)).isEqualTo("VAST");
        assertThat(momenten(dvo)).containsExactly(JAAR + "-07-01");
    }
}
