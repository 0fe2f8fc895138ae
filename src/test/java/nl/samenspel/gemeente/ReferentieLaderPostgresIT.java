package nl.samenspel.gemeente;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The same migrations and loader on a real PostgreSQL, where production runs. */
class ReferentieLaderPostgresIT {

    @Test
    void laadtOpPostgresqlEnSlaatEenOngewijzigdBestandDeTweedeKeerOver() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            JdbcTemplate template = new JdbcTemplate(ds);
            JdbcClient jdbc = JdbcClient.create(template);
            ReferentieLader lader =
                    new ReferentieLader(jdbc, template, new TransactionTemplate(new DataSourceTransactionManager(ds)));

            assertThat(lader.laad())
                    .containsExactly(
                            new ReferentieLader.Resultaat("gemeenten.csv", true, 0, 342),
                            new ReferentieLader.Resultaat("regios.csv", true, 0, 1026));
            assertThat(jdbc.sql("SELECT SUM(inwoners) FROM gemeente")
                            .query(Long.class)
                            .single())
                    .isEqualTo(17_942_942L);
            assertThat(jdbc.sql("SELECT naam FROM gemeente WHERE code = 'GM0820'")
                            .query(String.class)
                            .single())
                    .isEqualTo("Nuenen, Gerwen en Nederwetten");

            assertThat(lader.laad())
                    .extracting(ReferentieLader.Resultaat::geladen)
                    .containsExactly(false, false);

            String gewijzigd = new String(ReferentieLader.bytes("regios.csv"), StandardCharsets.UTF_8)
                    .replace(
                            "GM0310,arbeidsmarktregio,AM13,Midden-Utrecht,2026",
                            "GM0310,arbeidsmarktregio,AM13,Midden-Utrecht,2027");
            assertThat(lader.laad("regios.csv", gewijzigd.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(new ReferentieLader.Resultaat("regios.csv", true, 1026, 0));
            assertThat(jdbc.sql(
                                    "SELECT peiljaar FROM gemeente_regio WHERE gemeente_code = 'GM0310' AND regio_type = 'arbeidsmarktregio'")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(2027);
            List<String> bestanden = jdbc.sql("SELECT bestand FROM referentie_stand ORDER BY bestand")
                    .query(String.class)
                    .list();
            assertThat(bestanden).containsExactly("gemeenten.csv", "regios.csv");
        }
    }
}
