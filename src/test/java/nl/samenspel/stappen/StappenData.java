package nl.samenspel.stappen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspel.support.Http;

/** Helpers for the step tests: a fresh samenwerking of Zeist and De Bilt, and the four steps filled in. */
final class StappenData {

    static final String ZEIST = "GM0355";
    static final String DE_BILT = "GM0310";
    static final String BUNNIK = "GM0312";
    private static final AtomicInteger TELLER = new AtomicInteger();

    private StappenData() {}

    static long nieuweSamenwerking(int port, String... gemeenten) {
        String titel = "Stappentest " + System.nanoTime() % 1_000_000 + "-" + TELLER.incrementAndGet();
        Http.Antwoord a = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                titel,
                                "omschrijving",
                                "Samen oefenen met de stappen.",
                                "gemeenten",
                                List.of(gemeenten.length == 0 ? new String[] {ZEIST, DE_BILT} : gemeenten)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    static String etag(Http http, String pad) {
        Http.Antwoord a = http.get(pad);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.header("ETag");
    }

    /** Content in all four steps, as the regisseur. */
    static void vulVierStappen(int port, long id) {
        Http r = Http.api(port, "regisseur");
        String basis = "/api/v1/samenwerkingen/" + id + "/stappen/";
        ok(r.putJson(
                basis + "wat",
                Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "Samen de WOZ doen", "bronGemeente", ZEIST))),
                etag(r, basis + "wat")));
        ok(r.putJson(basis + "hoe", Map.of("wieDoetWat", "Zeist voert uit"), etag(r, basis + "hoe")));
        Http.Antwoord sp = r.postJson(
                "/api/v1/samenwerkingen/" + id + "/spanningen",
                Map.of("omschrijving", "Wie gaat voor in de piek?", "soort", "PRIORITERING_KLANTEN"));
        assertThat(sp.status()).as(sp.body()).isEqualTo(201);
        ok(r.putJson(
                basis + "vanzelfdynamiek",
                Map.of(
                        "items",
                        List.of(Map.of(
                                "gedrag",
                                "RUIMTE_HOUDEN",
                                "botsing",
                                "Niemand legt zich vast",
                                "omgang",
                                "Afspraken met een datum"))),
                etag(r, basis + "vanzelfdynamiek")));
    }

    static void bespreek(int port, String gebruiker, long id, String... stappen) {
        Http a = Http.api(port, gebruiker);
        for (String stap : stappen) {
            Http.Antwoord b = a.postJson("/api/v1/samenwerkingen/" + id + "/stappen/" + stap + "/besproken", Map.of());
            assertThat(b.status()).as(stap + ": " + b.body()).isEqualTo(200);
        }
    }

    /** A phase change through the API, with the samenwerking's current ETag in If-Match. */
    static Http.Antwoord fase(int port, Http http, long id, Map<String, ?> body) {
        String pad = "/api/v1/samenwerkingen/" + id;
        return http.postJson(pad + "/fase", body, etag(Http.api(port, "regisseur"), pad));
    }

    /** The samenwerking's current version, as the phase form carries it. */
    static String versie(int port, long id) {
        return etag(Http.api(port, "regisseur"), "/api/v1/samenwerkingen/" + id).replace("\"", "");
    }

    static void ok(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }
}
