package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Several people (or retries) writing the same thing at the same moment, over real HTTP: one write wins, the
 * others are told clearly why not (412, or the same answer they would get a moment later), nothing is merged or
 * silently lost, and a race is never a 500. Each request runs on its own thread and client; a start gate
 * releases them together.
 */
@SamenspelTest
class GelijktijdigSchrijvenTest {

    static final int SCHRIJVERS = 10;
    static final String ZEIST = "GM0355";
    static final String DE_BILT = "GM0310";
    private static final AtomicInteger TELLER = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    // ---- lost updates: full replacement of a list step with one ETag ----

    @Test
    void vanTienSchrijversMetDezelfdeEtagWintPreciesEenBijWat() {
        long id = samenwerking();
        String pad = stap(id, "wat");
        String etag = etag(pad);

        List<Http.Antwoord> antwoorden = tegelijk(i -> Http.api(port, i % 2 == 0 ? "regisseur" : "ambtenaar1")
                .putJson(pad, Map.of("doelen", List.of(doel(i, 1), doel(i, 2), doel(i, 3))), etag));

        int winnaar = eenWinnaar(antwoorden, 200, 412);
        List<String> opgeslagen =
                teksten(Http.api(port, "regisseur").get(pad).json().path("doelen"), "tekst");
        assertThat(opgeslagen).containsExactly(tekst(winnaar, 1), tekst(winnaar, 2), tekst(winnaar, 3));
        assertThat(teksten(antwoorden.get(winnaar).json().path("doelen"), "tekst"))
                .isEqualTo(opgeslagen);
        assertThat(aantal(
                        "SELECT COUNT(*) FROM audit_event WHERE samenwerking_id = ? AND entiteit_type = 'stap' "
                                + "AND entiteit_id = 'WAT'",
                        id))
                .isEqualTo(1);
    }

    @Test
    void vanTienSchrijversMetDezelfdeEtagWintPreciesEenBijVanzelfdynamiek() {
        long id = samenwerking();
        String pad = stap(id, "vanzelfdynamiek");
        String etag = etag(pad);

        List<Http.Antwoord> antwoorden = tegelijk(i -> Http.api(port, i % 2 == 0 ? "regisseur" : "ambtenaar2")
                .putJson(pad, Map.of("items", List.of(dynamiek(i, 1), dynamiek(i, 2))), etag));

        int winnaar = eenWinnaar(antwoorden, 200, 412);
        List<String> opgeslagen =
                teksten(Http.api(port, "regisseur").get(pad).json().path("items"), "eigenNaam");
        assertThat(opgeslagen).containsExactly(tekst(winnaar, 1), tekst(winnaar, 2));
    }

    @Test
    void eenTweedeRondeMetDeNieuweEtagWintOokPreciesEen() {
        long id = samenwerking();
        String pad = stap(id, "wat");
        Http.api(port, "regisseur").putJson(pad, Map.of("doelen", List.of(doel(99, 1))), etag(pad));
        String etag = etag(pad);

        List<Http.Antwoord> antwoorden =
                tegelijk(i -> Http.api(port, "regisseur").putJson(pad, Map.of("doelen", List.of(doel(i, 1))), etag));

        int winnaar = eenWinnaar(antwoorden, 200, 412);
        assertThat(teksten(Http.api(port, "regisseur").get(pad).json().path("doelen"), "tekst"))
                .containsExactly(tekst(winnaar, 1));
    }

    // ---- first writes that meet a unique key ----

    @Test
    void deEersteWerkwijzeTegelijkGeeftEenWinnaarEnVoorDeRest412() {
        long id = samenwerking();
        String pad = stap(id, "hoe");
        String etag = etag(pad);

        List<Http.Antwoord> antwoorden =
                tegelijk(i -> Http.api(port, "regisseur").putJson(pad, Map.of("wieDoetWat", tekst(i, 1)), etag));

        int winnaar = eenWinnaar(antwoorden, 200, 412);
        assertThat(Http.api(port, "regisseur")
                        .get(pad)
                        .json()
                        .path("werkwijze")
                        .path("wieDoetWat")
                        .asString())
                .isEqualTo(tekst(winnaar, 1));
    }

    /** Without If-Match a PUT creates the position; whoever comes second hears what it would hear later: 428. */
    @Test
    void deEerstePositieTegelijkMaaktPreciesEenPositie() {
        long id = samenwerking();
        String pad = "/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST;

        List<Http.Antwoord> antwoorden = tegelijk(i -> Http.api(port, i % 2 == 0 ? "ambtenaar1" : "bestuurder1")
                .putJson(pad, Map.of("watWillenWij", tekst(i, 1)), null));

        int winnaar = eenWinnaar(antwoorden, 201, 428);
        JsonNode positie = Http.api(port, "ambtenaar1").get(pad).json();
        assertThat(positie.path("watWillenWij").asString()).isEqualTo(tekst(winnaar, 1));
        assertThat(aantal("SELECT COUNT(*) FROM positie WHERE samenwerking_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void eenPositieTegelijkWijzigenMetDezelfdeEtagGeeftEenWinnaar() {
        long id = samenwerking();
        String pad = "/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST;
        Http.Antwoord eerste = Http.api(port, "ambtenaar1").putJson(pad, Map.of("watWillenWij", "Begin"), null);
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(201);
        String etag = eerste.header("ETag");

        List<Http.Antwoord> antwoorden =
                tegelijk(i -> Http.api(port, "ambtenaar1").putJson(pad, Map.of("watWillenWij", tekst(i, 1)), etag));

        int winnaar = eenWinnaar(antwoorden, 200, 412);
        assertThat(Http.api(port, "ambtenaar1")
                        .get(pad)
                        .json()
                        .path("watWillenWij")
                        .asString())
                .isEqualTo(tekst(winnaar, 1));
    }

    /** Marking a step as discussed is idempotent: every request gets 200, there is one mark and one audit entry. */
    @Test
    void tegelijkBesprokenMarkerenLegtHetEenKeerVast() {
        long id = samenwerking();
        String wat = stap(id, "wat");
        ok(Http.api(port, "regisseur").putJson(wat, Map.of("doelen", List.of(doel(0, 1))), etag(wat)));

        List<Http.Antwoord> antwoorden = tegelijk(
                i -> Http.api(port, i % 2 == 0 ? "ambtenaar1" : "bestuurder1").postJson(wat + "/besproken", Map.of()));

        assertThat(statussen(antwoorden)).containsOnly(200);
        assertThat(aantal("SELECT COUNT(*) FROM stap_besproken WHERE samenwerking_id = ?", id))
                .isEqualTo(1);
        assertThat(aantal(
                        "SELECT COUNT(*) FROM audit_event WHERE samenwerking_id = ? AND entiteit_type = 'stap_besproken'",
                        id))
                .isEqualTo(1);
    }

    /** Two municipalities at once: both marks are kept. */
    @Test
    void tweeGemeentenTegelijkBesprokenHoudenBeideMarkeringen() {
        long id = samenwerking();
        String wat = stap(id, "wat");
        ok(Http.api(port, "regisseur").putJson(wat, Map.of("doelen", List.of(doel(0, 1))), etag(wat)));

        List<Http.Antwoord> antwoorden = tegelijk(
                i -> Http.api(port, i % 2 == 0 ? "ambtenaar1" : "ambtenaar2").postJson(wat + "/besproken", Map.of()));

        assertThat(statussen(antwoorden)).containsOnly(200);
        assertThat(jdbc.sql("SELECT gemeente_code FROM stap_besproken WHERE samenwerking_id = ? ORDER BY gemeente_code")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly(DE_BILT, ZEIST);
    }

    /** Opening the form step early is idempotent too: every request is answered, one unlock is stored. */
    @Test
    void tegelijkDeVormstapOntgrendelenGeeftGeen500() {
        long id = samenwerking();

        List<Http.Antwoord> antwoorden = tegelijk(i -> Http.api(port, "regisseur")
                .postJson(stap(id, "vorm") + "/ontgrendeling", Map.of("reden", tekst(i, 1))));

        assertThat(statussen(antwoorden)).containsOnly(201);
        assertThat(aantal("SELECT COUNT(*) FROM vorm_ontgrendeling WHERE samenwerking_id = ?", id))
                .isEqualTo(1);
        assertThat(Http.api(port, "regisseur").get(stap(id, "vorm")).status()).isEqualTo(200);
    }

    /** The same user name at once: one account; the others hear what they would hear a moment later. */
    @Test
    void tegelijkHetzelfdeAccountAanmakenGeeftEenAccount() {
        String naam = "gelijk" + System.nanoTime() % 1_000_000 + TELLER.incrementAndGet();

        List<Http.Antwoord> antwoorden =
                tegelijk(i -> Http.api(port, "beheerder").postJson("/api/v1/accounts", account(naam, "Persoon " + i)));

        int winnaar = eenWinnaar(antwoorden, 201, 400);
        for (Http.Antwoord a : antwoorden) {
            if (a.status() == 400) {
                assertThat(a.header("Content-Type")).contains("problem+json");
                assertThat(a.body()).contains("gebruikersnaam").contains("al in gebruik");
            }
        }
        assertThat(aantal("SELECT COUNT(*) FROM account WHERE gebruikersnaam = ?", naam))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT weergavenaam FROM account WHERE gebruikersnaam = ?")
                        .param(naam)
                        .query(String.class)
                        .single())
                .isEqualTo("Persoon " + winnaar);
    }

    /** Tasks added at the same moment all arrive, each with its own place in the order. */
    @Test
    void takenTegelijkToegevoegdKrijgenElkEenEigenVolgorde() {
        long id = samenwerking();

        List<Http.Antwoord> antwoorden = tegelijk(i -> Http.api(port, i % 2 == 0 ? "regisseur" : "ambtenaar1")
                .postJson("/api/v1/samenwerkingen/" + id + "/taken", Map.of("naam", "Taak " + i)));

        assertThat(statussen(antwoorden)).containsOnly(201);
        List<Integer> volgorde = jdbc.sql("SELECT volgorde FROM taak WHERE samenwerking_id = ? ORDER BY volgorde")
                .param(id)
                .query(Integer.class)
                .list();
        assertThat(volgorde)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, SCHRIJVERS).boxed().toList());
    }

    /** Goals added one by one at the same moment (the page's way) also each get their own place. */
    @Test
    void doelenTegelijkToegevoegdViaDePaginaKrijgenElkEenEigenVolgorde() {
        long id = samenwerking();
        String pagina = "/samenwerkingen/" + id + "/stappen/wat";
        List<Http> browsers = new ArrayList<>();
        for (int i = 0; i < SCHRIJVERS; i++) {
            Http b = Http.browser(port, i % 2 == 0 ? "regisseur" : "ambtenaar1");
            b.get(pagina);
            browsers.add(b);
        }

        List<Http.Antwoord> antwoorden = tegelijk(i ->
                browsers.get(i).formulier(pagina + "/doelen", Map.of("soort", "DOEL", "tekst", tekst(i, 1))));

        assertThat(statussen(antwoorden)).containsOnly(302);
        List<Integer> volgorde = jdbc.sql("SELECT volgorde FROM doel WHERE samenwerking_id = ? ORDER BY volgorde")
                .param(id)
                .query(Integer.class)
                .list();
        assertThat(volgorde)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, SCHRIJVERS).boxed().toList());
    }

    // ---- helpers ----

    /** Runs {@code verzoek} for 0..SCHRIJVERS-1 on as many threads, released together; answers in that order. */
    List<Http.Antwoord> tegelijk(IntFunction<Http.Antwoord> verzoek) {
        ExecutorService pool = Executors.newFixedThreadPool(SCHRIJVERS);
        try {
            CountDownLatch klaar = new CountDownLatch(SCHRIJVERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Antwoord>> toekomst = new ArrayList<>();
            for (int i = 0; i < SCHRIJVERS; i++) {
                int n = i;
                toekomst.add(pool.submit(() -> {
                    klaar.countDown();
                    start.await();
                    return verzoek.apply(n);
                }));
            }
            assertThat(klaar.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<Http.Antwoord> antwoorden = new ArrayList<>();
            for (Future<Http.Antwoord> f : toekomst) {
                antwoorden.add(f.get(60, TimeUnit.SECONDS));
            }
            return antwoorden;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Exactly one answer {@code wint}, all others {@code verliest}; returns the winner's index. */
    static int eenWinnaar(List<Http.Antwoord> antwoorden, int wint, int verliest) {
        List<Integer> statussen = statussen(antwoorden);
        assertThat(statussen)
                .as(antwoorden.stream()
                        .filter(a -> a.status() != wint && a.status() != verliest)
                        .map(Http.Antwoord::body)
                        .toList()
                        .toString())
                .containsOnly(wint, verliest);
        assertThat(statussen.stream().filter(s -> s == wint).count())
                .as(statussen.toString())
                .isEqualTo(1);
        for (Http.Antwoord a : antwoorden) {
            if (a.status() == verliest) {
                assertThat(a.header("Content-Type")).contains("problem+json");
            }
        }
        return statussen.indexOf(wint);
    }

    static List<Integer> statussen(List<Http.Antwoord> antwoorden) {
        return antwoorden.stream().map(Http.Antwoord::status).toList();
    }

    long samenwerking() {
        Http.Antwoord a = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                "Tegelijk " + System.nanoTime() % 1_000_000 + "-" + TELLER.incrementAndGet(),
                                "omschrijving",
                                "Twee gemeenten die tegelijk schrijven.",
                                "gemeenten",
                                List.of(ZEIST, DE_BILT)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    static String stap(long id, String stap) {
        return "/api/v1/samenwerkingen/" + id + "/stappen/" + stap;
    }

    String etag(String pad) {
        Http.Antwoord a = Http.api(port, "regisseur").get(pad);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.header("ETag");
    }

    long aantal(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    static String tekst(int schrijver, int nummer) {
        return "Schrijver " + schrijver + ", regel " + nummer;
    }

    static Map<String, Object> doel(int schrijver, int nummer) {
        return Map.of("soort", "DOEL", "tekst", tekst(schrijver, nummer));
    }

    static Map<String, Object> dynamiek(int schrijver, int nummer) {
        return Map.of("eigenNaam", tekst(schrijver, nummer), "botsing", "b", "omgang", "o");
    }

    static Map<String, Object> account(String naam, String weergavenaam) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gebruikersnaam", naam);
        m.put("weergavenaam", weergavenaam);
        m.put("wachtwoord", "een-lang-wachtwoord");
        m.put("rollen", List.of("AMBTENAAR"));
        m.put("gemeenteCode", ZEIST);
        return m;
    }

    static List<String> teksten(JsonNode lijst, String veld) {
        List<String> uit = new ArrayList<>();
        lijst.forEach(n -> uit.add(n.path(veld).asString()));
        return uit;
    }

    static void ok(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }
}
