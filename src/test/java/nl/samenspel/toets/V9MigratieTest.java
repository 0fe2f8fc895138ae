package nl.samenspel.toets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import nl.samenspel.support.PostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V9 on a database with findings from before it (V8), on both databases: they keep their history and
 * acknowledgement as findings of the full view, and the shared view can hold the same finding next to them.
 */
class V9MigratieTest {

    static DataSource database(String soort) {
        String naam = "v9_" + System.nanoTime();
        // One connection throughout: H2 2.4.240 forgets CHECK constraints once the connection that made them closes
        // (issue 8, item 3), which is not what this test is about.
        return "h2".equals(soort)
                ? new SingleConnectionDataSource(
                        "jdbc:h2:mem:" + naam + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1",
                        "sa",
                        "",
                        true)
                : new SingleConnectionDataSource(PostgresServer.jdbcUrl(naam), PostgresServer.GEBRUIKER, "", true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void bestaandeBevindingenHorenBijDeVolledigeWeergave(String soort) {
        DataSource ds = database(soort);
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .target("8")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        Timestamp nu = Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"));
        jdbc.sql(
                        "INSERT INTO account (gebruikersnaam, weergavenaam, wachtwoord_hash, aangemaakt_op) VALUES ('regisseur', 'R', 'x', ?)")
                .param(nu)
                .update();
        jdbc.sql("INSERT INTO samenwerking (titel, omschrijving, regisseur, aangemaakt_op, gewijzigd_op) "
                        + "VALUES ('Belastingen', 'Samen', 'regisseur', ?, ?)")
                .params(nu, nu)
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM samenwerking").query(Long.class).single();
        jdbc.sql(
                        "INSERT INTO bevinding (samenwerking_id, controle, onderwerp, regel, ernst, status, argumenten, sinds, "
                                + "erkend_door, erkend_op, erkend_reden, versie) VALUES (?, 'R1.2', 'GM0355', 1, 'AANDACHT', 'ERKEND', "
                                + "'Zeist', ?, 'regisseur', ?, 'Bewust', 1)")
                .params(id, nu, nu)
                .update();
        long bevinding =
                jdbc.sql("SELECT MAX(id) FROM bevinding").query(Long.class).single();
        jdbc.sql("INSERT INTO bevinding_gebeurtenis (bevinding_id, soort, op) VALUES (?, 'VERSCHENEN', ?)")
                .params(bevinding, nu)
                .update();

        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .target("9")
                .load()
                .migrate();

        assertThat(jdbc.sql("SELECT weergave FROM bevinding WHERE id = ?")
                        .param(bevinding)
                        .query(String.class)
                        .single())
                .isEqualTo("VOLLEDIG");
        assertThat(jdbc.sql("SELECT status FROM bevinding WHERE id = ?")
                        .param(bevinding)
                        .query(String.class)
                        .single())
                .isEqualTo("ERKEND");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bevinding_gebeurtenis WHERE bevinding_id = ?")
                        .param(bevinding)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String gedeeld = "INSERT INTO bevinding (samenwerking_id, weergave, controle, onderwerp, regel, ernst, status, "
                + "argumenten, sinds) VALUES (?, 'GEDEELD', 'R1.2', 'GM0355', 1, 'AANDACHT', 'OPEN', 'Zeist', ?)";
        jdbc.sql(gedeeld).params(id, nu).update();
        assertThatThrownBy(() -> jdbc.sql(gedeeld).params(id, nu).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // New findings get ids after the existing ones.
        assertThat(jdbc.sql("SELECT MAX(id) FROM bevinding").query(Long.class).single())
                .isGreaterThan(bevinding);
    }
}
