package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.samenspel.support.Http;
import nl.samenspel.support.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
            context.getEnvironment().getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-omgeving", Map.of(
                    "SAMENSPEL_DB_URL", PostgresServer.jdbcUrl("productie"),
                    "SAMENSPEL_DB_GEBRUIKER", PostgresServer.GEBRUIKER,
                    "SAMENSPEL_DB_WACHTWOORD", "",
                    "SAMENSPEL_BEHEERDER_GEBRUIKERSNAAM", BEHEERDER,
                    "SAMENSPEL_BEHEERDER_WACHTWOORD", WACHTWOORD)));
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
        List<String> accounts = jdbc.sql("SELECT gebruikersnaam FROM account").query(String.class).list();
        assertThat(accounts).containsExactly(BEHEERDER);
    }

    @Test
    void eersteBeheerderUitDeOmgevingKanInloggenEnDeMetriekenZien() {
        Http.Antwoord metrieken = Http.api(port, BEHEERDER, WACHTWOORD).get("/actuator/prometheus");
        assertThat(metrieken.status()).isEqualTo(200);
        assertThat(metrieken.body()).contains("jvm_memory_used_bytes");

        assertThat(Http.api(port, BEHEERDER, "verkeerd-wachtwoord").get("/actuator/prometheus").status()).isEqualTo(401);
    }

    @Test
    void demoAccountsBestaanNietInProductie() {
        for (String demo : List.of("beheerder", "regisseur", "ambtenaar1", "uitvoerder")) {
            assertThat(Http.api(port, demo).get("/actuator/prometheus").status()).as(demo).isEqualTo(401);
        }
    }

    @Test
    void gezondheidIsOpenbaarEnUp() {
        Http.Antwoord health = Http.anoniem(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }
}
