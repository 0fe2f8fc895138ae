import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load for bench/soak.sh: a fixed number of workers repeat a realistic round of REST calls as one account
 * (HTTP Basic) until the time is up. Every round writes a samenwerking (insert, update with If-Match, two
 * phase changes, an archive: all hit the samenwerking_fase CHECK constraint) plus a task, and reads the
 * samenwerking, its history and the list. Run with the JDK's single-file launcher:
 *
 * <pre>java bench/SoakClient.java BASE_URL SECONDS WORKERS USER PASSWORD</pre>
 *
 * Loopback only: it refuses any other host. Prints one line per status code, the p50/p99/max latency, and
 * exits 1 when any response was not the expected one (or a request failed outright).
 */
public class SoakClient {

    static final ConcurrentHashMap<String, AtomicLong> PER_STATUS = new ConcurrentHashMap<>();
    static final ConcurrentLinkedQueue<Long> DUUR = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> FOUTEN = new ConcurrentLinkedQueue<>();
    static final AtomicLong ONVERWACHT = new AtomicLong();
    static final AtomicLong RONDES = new AtomicLong();

    static String basis;
    static String auth;
    static HttpClient client;

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("gebruik: java bench/SoakClient.java BASIS-URL SECONDEN WERKERS GEBRUIKER WACHTWOORD");
            System.exit(2);
        }
        basis = args[0];
        String host = URI.create(basis).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            System.err.println("alleen loopback: " + host);
            System.exit(2);
        }
        long seconden = Long.parseLong(args[1]);
        int werkers = Integer.parseInt(args[2]);
        auth = "Basic " + Base64.getEncoder().encodeToString((args[3] + ":" + args[4]).getBytes(StandardCharsets.UTF_8));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        long eind = System.nanoTime() + Duration.ofSeconds(seconden).toNanos();
        List<Thread> draden = new ArrayList<>();
        for (int w = 0; w < werkers; w++) {
            int nr = w;
            Thread t = new Thread(() -> werk(nr, eind), "werker-" + w);
            t.start();
            draden.add(t);
        }
        for (Thread t : draden) {
            t.join();
        }

        long[] d = DUUR.stream().mapToLong(Long::longValue).sorted().toArray();
        long totaal = d.length;
        System.out.printf("verzoeken %d in %d rondes (%.1f per seconde)%n", totaal, RONDES.get(), totaal / (double) seconden);
        new TreeMap<>(PER_STATUS).forEach((k, v) -> System.out.printf("status %s: %d%n", k, v.get()));
        if (totaal > 0) {
            System.out.printf("latentie p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(d, 0.50), ms(d, 0.99), d[d.length - 1] / 1e6);
        }
        System.out.printf("fouten (onverwachte status of mislukt verzoek): %d%n", ONVERWACHT.get());
        FOUTEN.stream().limit(10).forEach(f -> System.out.println("  " + f));
        System.exit(ONVERWACHT.get() == 0 && totaal > 0 ? 0 : 1);
    }

    static double ms(long[] gesorteerd, double p) {
        int i = (int) Math.ceil(p * gesorteerd.length) - 1;
        return gesorteerd[Math.max(0, Math.min(i, gesorteerd.length - 1))] / 1e6;
    }

    /** One worker: complete rounds until the deadline; a round that goes wrong is abandoned, the next starts fresh. */
    static void werk(int nr, long eind) {
        long ronde = 0;
        while (System.nanoTime() < eind) {
            ronde++;
            try {
                ronde(nr, ronde);
            } catch (Afgebroken e) {
                // counted already; start a new round
            }
            RONDES.incrementAndGet();
        }
    }

    static void ronde(int nr, long ronde) {
        String titel = "Soak " + nr + "-" + ronde;
        var nieuw = stuur("POST samenwerking", 201, "POST", "/api/v1/samenwerkingen", null,
                "{\"titel\":\"" + titel + "\",\"omschrijving\":\"Belasting over langere tijd.\",\"gemeenten\":[\"GM0355\",\"GM0310\"]}");
        String pad = nieuw.headers().firstValue("Location").orElseThrow(Afgebroken::new);

        var een = stuur("GET samenwerking", 200, "GET", pad, null, null);
        String etag = een.headers().firstValue("ETag").orElseThrow(Afgebroken::new);
        var gewijzigd = stuur("PUT samenwerking", 200, "PUT", pad, etag,
                "{\"titel\":\"" + titel + " (bijgewerkt)\",\"omschrijving\":\"Nog steeds samen.\",\"gemeenten\":[\"GM0355\",\"GM0310\",\"GM0312\"]}");
        etag = gewijzigd.headers().firstValue("ETag").orElseThrow(Afgebroken::new);

        // A phase change needs the version too (issue 9); each answer carries the next ETag.
        etag = stuur("POST fase vooruit", 200, "POST", pad + "/fase", etag, "{\"fase\":\"ONDERHANDELEN\"}")
                .headers().firstValue("ETag").orElseThrow(Afgebroken::new);
        stuur("POST fase terug", 200, "POST", pad + "/fase", etag, "{\"fase\":\"VERKENNEN\"}");
        stuur("POST taak", 201, "POST", pad + "/taken", null, "{\"naam\":\"Taak " + ronde + "\",\"omschrijving\":\"Samen doen.\"}");
        stuur("GET taken", 200, "GET", pad + "/taken", null, null);
        stuur("GET historie", 200, "GET", pad + "/historie", null, null);
        stuur("GET lijst", 200, "GET", "/api/v1/samenwerkingen?paginaGrootte=20", null, null);

        // Archive at the end of the round, with the ETag after the phase changes: keeps the default list short.
        etag = stuur("GET samenwerking", 200, "GET", pad, null, null).headers().firstValue("ETag").orElseThrow(Afgebroken::new);
        stuur("PUT archiveren", 200, "PUT", pad, etag,
                "{\"titel\":\"" + titel + " (bijgewerkt)\",\"omschrijving\":\"Nog steeds samen.\",\"gemeenten\":[\"GM0355\",\"GM0310\",\"GM0312\"],\"gearchiveerd\":true}");
    }

    static HttpResponse<String> stuur(String stap, int verwacht, String methode, String pad, String ifMatch, String json) {
        var b = HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofSeconds(30))
                .header("Authorization", auth).header("Accept", "application/json");
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(methode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        long start = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            PER_STATUS.computeIfAbsent("mislukt", k -> new AtomicLong()).incrementAndGet();
            ONVERWACHT.incrementAndGet();
            FOUTEN.add(stap + ": " + e);
            throw new Afgebroken();
        }
        DUUR.add(System.nanoTime() - start);
        PER_STATUS.computeIfAbsent(String.valueOf(r.statusCode()), k -> new AtomicLong()).incrementAndGet();
        if (r.statusCode() != verwacht) {
            ONVERWACHT.incrementAndGet();
            if (FOUTEN.size() < 10) {
                FOUTEN.add(stap + " " + pad + ": " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
            }
            throw new Afgebroken();
        }
        return r;
    }

    static final class Afgebroken extends RuntimeException {
        Afgebroken() {
            super(null, null, false, false);
        }
    }
}
