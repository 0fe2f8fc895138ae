package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented production start (ADR 0009): {@code scripts/start} unpacks the jar that {@code package} built,
 * trains a class data sharing archive and starts with the ahead-of-time processed configuration. Because AOT
 * fixes bean conditions at build time, this also checks that switching the demo off still works at run time.
 */
class StartScriptIT {

    private static final Path JAR = Path.of("target/samenspel.jar");
    private static final Duration MAX_START = Duration.ofMinutes(3);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void hetStartscriptStartDeGebouwdeApplicatieMetAotEnZonderDemoAlsDieUitStaat(@TempDir Path map) throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "het jar-bestand ontbreekt; deze test hoort na mvn package");
        int poort = vrijePoort();
        Path log = map.resolve("app.log");
        ProcessBuilder start = new ProcessBuilder(
                        "scripts/start",
                        "--server.port=" + poort,
                        "--samenspel.demo.enabled=false",
                        "--spring.datasource.url=jdbc:h2:mem:startscript;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        start.environment().put("SAMENSPEL_START_MAP", map.resolve("start").toString());
        Process app = start.start();
        try {
            String basis = "http://127.0.0.1:" + poort;
            long eind = System.nanoTime() + MAX_START.toNanos();
            HttpResponse<String> health = null;
            while (System.nanoTime() < eind && app.isAlive()) {
                health = get(basis + "/actuator/health", null);
                if (health != null
                        && health.statusCode() == 200
                        && health.body().contains("\"UP\"")) {
                    break;
                }
                Thread.sleep(200);
            }
            String uitvoer = Files.readString(log);
            assertThat(health).as(uitvoer).isNotNull();
            assertThat(health.body()).as(uitvoer).contains("\"UP\"");

            assertThat(uitvoer).contains("Starting AOT-processed SamenspelApplication");
            assertThat(map.resolve("start/samenspel.jsa"))
                    .as("class-data-sharing-archief")
                    .isRegularFile();
            assertThat(get(basis + "/inloggen", null).statusCode()).isEqualTo(200);
            assertThat(get(basis + "/api/v1/mij", "regisseur:samenspel").statusCode())
                    .as("geen demo-accounts als de demo uit staat, ook niet in een AOT-build met de demo aan")
                    .isEqualTo(401);
            assertThat(uitvoer).doesNotContain("demo-account-aangemaakt");
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private HttpResponse<String> get(String url, String basic) {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (basic != null) {
            verzoek.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
