package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.samenspel.support.Http;
import nl.samenspel.support.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The production set-up exactly as the README describes it: profile {@code postgres}, configured only through
 * environment variables, on an empty PostgreSQL database of its own. No demo data; the first BEHEERDER
 * comes from the environment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = ProductieProfielIT.Omgeving.class)
class ProductieProfielIT {

    static final String BEHEERDER = "hoofdbeheerder";
    static final String WACHTWOORD = "een-lang-en-geheim-wachtwoord";

    /** Stands in for the process environment (same relaxed name mapping as real environment variables). */
    static class Omgeving implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new SystemEnvironmentPropertySource(
                            "test-omgeving",
                            Map.of(
                                    "SAMENSPEL_DB_URL",
                                    PostgresServer.jdbcUrl("productie"),
                                    "SAMENSPEL_DB_GEBRUIKER",
                                    PostgresServer.GEBRUIKER,
                                    "SAMENSPEL_DB_WACHTWOORD",
                                    "",
                                    "SAMENSPEL_BEHEERDER_GEBRUIKERSNAAM",
                                    BEHEERDER,
                                    "SAMENSPEL_BEHEERDER_WACHTWOORD",
                                    WACHTWOORD)));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void draaitOpPostgresqlZonderDemoAccountsMetAlleenDeEersteBeheerder() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(c.getMetaData().getURL()).contains("/productie?");
        }
        List<String> accounts = jdbc.sql("SELECT gebruikersnaam FROM account")
                .query(String.class)
                .list();
        assertThat(accounts).containsExactly(BEHEERDER);
    }

    @Test
    void eersteBeheerderUitDeOmgevingKanInloggenEnDeMetriekenZien() {
        Http.Antwoord metrieken = Http.api(port, BEHEERDER, WACHTWOORD).get("/actuator/prometheus");
        assertThat(metrieken.status()).isEqualTo(200);
        assertThat(metrieken.body()).contains("jvm_memory_used_bytes");

        assertThat(Http.api(port, BEHEERDER, "verkeerd-wachtwoord")
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void demoAccountsBestaanNietInProductie() {
        for (String demo : List.of("beheerder", "regisseur", "ambtenaar1", "uitvoerder")) {
            assertThat(Http.api(port, demo).get("/actuator/prometheus").status())
                    .as(demo)
                    .isEqualTo(401);
        }
    }

    @Test
    void gezondheidIsOpenbaarEnUp() {
        Http.Antwoord health = Http.anoniem(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    @Test
    void achterDeHttpsProxyBlijvenDoorverwijzingenHttpsEnKomtHsts() {
        Http.Antwoord pagina = Http.anoniem(port)
                .send(
                        "GET",
                        "/samenwerkingen",
                        null,
                        null,
                        Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "samenspel.example.org"));
        assertThat(pagina.status()).isEqualTo(302);
        assertThat(pagina.header("Location")).startsWith("https://samenspel.example.org/inloggen");
        assertThat(pagina.header("Strict-Transport-Security")).contains("max-age=");

        Http.Antwoord inloggen =
                Http.anoniem(port).send("GET", "/inloggen", null, null, Map.of("X-Forwarded-Proto", "https"));
        assertThat(inloggen.header("Strict-Transport-Security")).contains("max-age=");
        assertThat(inloggen.header("Set-Cookie"))
                .as("sessiecookie alleen via https")
                .contains("Secure");
    }

    @Test
    void gereedheidHangtAfVanDeDatabase(@Autowired HealthEndpointGroups groepen) {
        assertThat(groepen.get("readiness").isMember("db")).isTrue();
        assertThat(groepen.getPrimary().isMember("db")).isTrue();
        assertThat(groepen.get("liveness").isMember("db"))
                .as("een herstart helpt niet tegen een databasestoring")
                .isFalse();
        Http.Antwoord gereed = Http.anoniem(port).get("/actuator/health/readiness");
        assertThat(gereed.status()).isEqualTo(200);
        assertThat(gereed.body()).contains("\"UP\"");
    }

    /**
     * The database refuses connections: within the pool's short timeout every request answers a Dutch 503 (page,
     * API, readiness) instead of a 500 after tens of seconds; afterwards all works again by itself.
     */
    @Test
    void zonderDatabaseVolgtSnelEenNederlandse503(@Autowired DataSource bron) throws Exception {
        HttpsSessie browser = HttpsSessie.log(port, BEHEERDER, WACHTWOORD);
        assertThat(browser.get("/beheer/accounts").status()).isEqualTo(200);

        HikariDataSource pool = bron.unwrap(HikariDataSource.class);
        try (Connection beheer =
                DriverManager.getConnection(PostgresServer.jdbcUrl("postgres"), PostgresServer.GEBRUIKER, "")) {
            try {
                beheer.createStatement().execute("ALTER DATABASE productie ALLOW_CONNECTIONS false");
                pool.getHikariPoolMXBean().softEvictConnections();
                beheer.createStatement()
                        .execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'productie'");

                long start = System.nanoTime();
                Http.Antwoord pagina = browser.get("/beheer/accounts");
                assertThat(pagina.status()).isEqualTo(503);
                assertThat(pagina.header("Content-Type")).startsWith("text/html");
                assertThat(pagina.body()).contains("Tijdelijk niet beschikbaar").contains("database");

                Http.Antwoord api = Http.api(port, BEHEERDER, WACHTWOORD).get("/api/v1/mij");
                assertThat(api.status()).isEqualTo(503);
                assertThat(api.header("Content-Type")).startsWith("application/problem+json");
                assertThat(api.json().path("title").asString()).isEqualTo("Tijdelijk niet beschikbaar");

                Http.Antwoord viaSessie = browser.http()
                        .send(
                                "GET",
                                "/api/v1/accounts",
                                null,
                                null,
                                Map.of("X-Forwarded-Proto", "https", "Cookie", browser.cookie()));
                assertThat(viaSessie.status()).isEqualTo(503);
                assertThat(viaSessie.header("Content-Type")).startsWith("application/problem+json");

                assertThat(Http.anoniem(port).get("/actuator/health/readiness").status())
                        .isEqualTo(503);
                long seconden = (System.nanoTime() - start) / 1_000_000_000L;
                assertThat(seconden)
                        .as("vier verzoeken met elk hooguit 2,5 s wachten op de pool")
                        .isLessThan(15);
            } finally {
                beheer.createStatement().execute("ALTER DATABASE productie ALLOW_CONNECTIONS true");
            }
        }
        long tot = System.nanoTime() + 20_000_000_000L;
        while (Http.anoniem(port).get("/actuator/health/readiness").status() != 200 && System.nanoTime() < tot) {
            Thread.sleep(200);
        }
        assertThat(browser.get("/beheer/accounts").status())
                .as("de pool herstelt vanzelf")
                .isEqualTo(200);
    }

    /**
     * A browser behind the HTTPS proxy: the session cookie is Secure, which a client on plain http keeps to itself,
     * so this one sends it by hand, with X-Forwarded-Proto: https like the proxy.
     */
    record HttpsSessie(Http http, String cookie) {

        static HttpsSessie log(int port, String naam, String wachtwoord) {
            Http http = Http.anoniem(port);
            Http.Antwoord formulier = http.send("GET", "/inloggen", null, null, Map.of("X-Forwarded-Proto", "https"));
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(formulier.body());
            assertThat(csrf.find()).isTrue();
            String body = "gebruikersnaam=" + naam + "&wachtwoord=" + wachtwoord + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            Http.Antwoord login = http.send(
                    "POST",
                    "/inloggen",
                    "application/x-www-form-urlencoded",
                    body,
                    Map.of("X-Forwarded-Proto", "https", "Cookie", sessie(formulier)));
            assertThat(login.status()).isEqualTo(302);
            assertThat(login.header("Location")).doesNotContain("/inloggen");
            return new HttpsSessie(http, sessie(login));
        }

        Http.Antwoord get(String pad) {
            return http.send(
                    "GET",
                    pad,
                    null,
                    null,
                    Map.of("X-Forwarded-Proto", "https", "Cookie", cookie, "Accept", "text/html"));
        }

        private static String sessie(Http.Antwoord antwoord) {
            return antwoord.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.substring(0, c.indexOf(';')))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
