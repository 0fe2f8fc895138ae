package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** If-Match by RFC 9110 on several API endpoints: the same rules everywhere. */
@SamenspelTest
class IfMatchApiTest {

    private static final String ZEIST = "GM0355";
    private static final String DE_BILT = "GM0310";

    @LocalServerPort
    int port;

    @Autowired
    Teksten teksten;

    /** A fresh resource to change: who changes it, how, and its current ETag. */
    record Doel(String gebruiker, String methode, String pad, Object body, String etag) {}

    /** An endpoint: makes a fresh resource for each case. */
    record Eindpunt(String naam, BiFunction<IfMatchApiTest, Integer, Doel> maak) {
        @Override
        public String toString() {
            return naam;
        }
    }

    /** What If-Match to send, given the current ETag, and the status that must follow. */
    record Geval(String naam, java.util.function.Function<String, String> ifMatch, int status) {
        @Override
        public String toString() {
            return naam;
        }
    }

    static final List<Eindpunt> EINDPUNTEN = List.of(
            new Eindpunt("PUT samenwerking", (t, p) -> t.samenwerkingWijzigen()),
            new Eindpunt("PUT taak", (t, p) -> t.taakWijzigen()),
            new Eindpunt("DELETE spanning", (t, p) -> t.spanningVerwijderen()),
            new Eindpunt("PUT positie", (t, p) -> t.positieWijzigen()));

    static final List<Geval> GEVALLEN = List.of(
            new Geval("de huidige ETag", etag -> etag, 2),
            new Geval("*", etag -> "*", 2),
            new Geval("lijst met de huidige erin", etag -> "\"999999\", " + etag, 2),
            new Geval("lijst zonder de huidige", etag -> "\"999998\", \"999999\"", 412),
            new Geval("zwakke versie van de huidige", etag -> "W/" + etag, 412),
            new Geval("verouderd", etag -> "\"999999\"", 412),
            new Geval("zonder aanhalingstekens", etag -> etag.replace("\"", ""), 400),
            new Geval("ontbreekt", etag -> null, 428));

    static Stream<Arguments> gevallen() {
        return EINDPUNTEN.stream().flatMap(e -> GEVALLEN.stream().map(g -> Arguments.of(e, g)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("gevallen")
    void ifMatchVolgensRfc9110(Eindpunt eindpunt, Geval geval) {
        Doel doel = eindpunt.maak().apply(this, port);
        String ifMatch = geval.ifMatch().apply(doel.etag());
        // Every API write says it is JSON, also a DELETE without a body (docs/adr/0004-toegang.md).
        Http.Antwoord a = Http.api(port, doel.gebruiker())
                .send(
                        doel.methode(),
                        doel.pad(),
                        "application/json",
                        doel.body() == null ? null : Http.JSON.writeValueAsString(doel.body()),
                        ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
        if (geval.status() == 2) {
            assertThat(a.status()).as(a.body()).isBetween(200, 204);
            return;
        }
        assertThat(a.status()).as(a.body()).isEqualTo(geval.status());
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        if (geval.status() == 400) {
            assertThat(a.json().path("invalidParams").path(0).path("name").asString())
                    .isEqualTo("If-Match");
            assertThat(a.json().path("invalidParams").path(0).path("reason").asString())
                    .isEqualTo(teksten.t("fout.if-match"));
        }
    }

    /** If-Match: * asks for an existing position; the first PUT without If-Match creates it. */
    @Test
    void sterretjeOpEenPositieDieNogNietBestaatIs412() {
        long id = samenwerking();
        String pad = "/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST;
        Http zeist = Http.api(port, "ambtenaar1");
        assertThat(zeist.putJson(pad, Map.of(), "*").status()).isEqualTo(412);
        assertThat(zeist.putJson(pad, Map.of(), null).status()).isEqualTo(201);
        assertThat(zeist.putJson(pad, Map.of(), "*").status()).isEqualTo(200);
    }

    // ---- fresh resources ----

    private long samenwerking() {
        Http.Antwoord a = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                "If-Match " + System.nanoTime(),
                                "omschrijving",
                                "Samen testen.",
                                "gemeenten",
                                List.of(ZEIST, DE_BILT)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    private Doel samenwerkingWijzigen() {
        long id = samenwerking();
        Http.Antwoord a = Http.api(port, "regisseur").get("/api/v1/samenwerkingen/" + id);
        return new Doel(
                "regisseur",
                "PUT",
                "/api/v1/samenwerkingen/" + id,
                Map.of("titel", "Nieuwe titel " + id, "omschrijving", "Anders.", "gemeenten", List.of(ZEIST, DE_BILT)),
                a.header("ETag"));
    }

    private Doel taakWijzigen() {
        long id = samenwerking();
        Http.Antwoord t = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen/" + id + "/taken",
                        Map.of("naam", "WOZ", "omschrijving", "Taxeren", "taakveld", "2023:0.61"));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        return new Doel(
                "regisseur",
                "PUT",
                "/api/v1/samenwerkingen/" + id + "/taken/" + t.json().path("id").asLong(),
                Map.of("naam", "WOZ-taxatie", "omschrijving", "Taxeren", "taakveld", "2023:0.61"),
                t.header("ETag"));
    }

    private Doel spanningVerwijderen() {
        long id = samenwerking();
        Http.Antwoord s = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen/" + id + "/spanningen",
                        Map.of(
                                "omschrijving",
                                "Ieder een eigen brief",
                                "soort",
                                "UNIFORMITEIT_MAATWERK",
                                "partijen",
                                List.of(ZEIST, DE_BILT)));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        return new Doel(
                "regisseur",
                "DELETE",
                "/api/v1/samenwerkingen/" + id + "/spanningen/"
                        + s.json().path("id").asLong(),
                null,
                s.header("ETag"));
    }

    private Doel positieWijzigen() {
        long id = samenwerking();
        String pad = "/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST;
        Http.Antwoord p = Http.api(port, "ambtenaar1").putJson(pad, Map.of(), null);
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        return new Doel("ambtenaar1", "PUT", pad, Map.of("watWillenWij", "Samen sterker"), p.header("ETag"));
    }
}
