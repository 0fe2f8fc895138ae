package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The suite really runs on the database it claims to, with every migration applied. */
@SamenspelTest
class DatabaseTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment omgeving;

    @Test
    void alleMigratiesZijnToegepastOpDeVerwachteDatabase() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            if (omgeving.matchesProfiles("postgres-test")) {
                assertThat(meta.getDatabaseProductName()).isEqualTo("PostgreSQL");
                assertThat(meta.getDatabaseMajorVersion()).isEqualTo(17);
            } else {
                assertThat(meta.getDatabaseProductName()).isEqualTo("H2");
            }
        }
        PathMatchingResourcePatternResolver migraties = new PathMatchingResourcePatternResolver();
        // SQL migrations plus the Java ones, in one folder (package) per module (ADR 0012).
        int bestanden = migraties.getResources("classpath:db/migration/**/V*.sql").length
                + (int) java.util.Arrays.stream(migraties.getResources("classpath:db/migration/**/V*.class"))
                        .filter(r -> !r.getFilename().contains("$"))
                        .count();
        int toegepast = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")
                .query(Integer.class)
                .single();
        assertThat(bestanden).isPositive();
        assertThat(toegepast).isEqualTo(bestanden);
    }
}
