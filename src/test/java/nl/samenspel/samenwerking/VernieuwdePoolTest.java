package nl.samenspel.samenwerking;

import static nl.samenspel.samenwerking.TestData.DE_BILT;
import static nl.samenspel.samenwerking.TestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database keeps accepting work after the pool has replaced its connections, as it does
 * every 30 minutes (Hikari's max-lifetime). H2 2.4.240 evaluated a {@code CHECK (x IN (...))} constraint
 * with the session that created it; once the pool closed that connection, every insert or update of the
 * table failed with a 500 (h2database issues #4302/#4308, fixed by pull request #4311).
 *
 * <p>Covers every table with a {@code CHECK ... IN} constraint in the migrations: today only
 * {@code samenwerking} ({@code samenwerking_fase}, V4). A new constraint of that kind belongs here too.
 */
@SamenspelTest
class VernieuwdePoolTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void naHetVernieuwenVanAlleVerbindingenKanEenRegisseurNogAanmakenWijzigenEnVanFaseWisselen() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Set<Long> oud = sessiesVan(pool);

        // What max-lifetime does after 30 minutes, now: every idle connection is closed, busy ones on return.
        // Hikari closes them on a background thread, so wait until the database has seen them all go.
        pool.getHikariPoolMXBean().softEvictConnections();
        long tot = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Collections.disjoint(sessies(), oud) && System.nanoTime() < tot) {
            Thread.sleep(20);
        }
        assertThat(sessies()).as("geen van de oude verbindingen is nog open").doesNotContainAnyElementsOf(oud);

        Http regisseur = Http.api(port, "regisseur");
        String titel = TestData.uniek("Na vernieuwde pool");
        Http.Antwoord nieuw = TestData.maak(port, "regisseur", titel, ZEIST, DE_BILT);
        long id = TestData.id(nieuw);
        String pad = "/api/v1/samenwerkingen/" + id;

        Http.Antwoord gewijzigd = regisseur.putJson(
                pad,
                Map.of(
                        "titel",
                        titel + " (gewijzigd)",
                        "omschrijving",
                        "Nog steeds samen.",
                        "gemeenten",
                        List.of(ZEIST, DE_BILT)),
                nieuw.header("ETag"));
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);

        Http.Antwoord fase =
                regisseur.postJson(pad + "/fase", Map.of("fase", "ONDERHANDELEN"), gewijzigd.header("ETag"));
        assertThat(fase.status()).as(fase.body()).isEqualTo(200);

        Http.Antwoord gelezen = regisseur.get(pad);
        assertThat(gelezen.json().path("titel").asString()).isEqualTo(titel + " (gewijzigd)");
        assertThat(gelezen.json().path("fase").asString()).isEqualTo("ONDERHANDELEN");
        assertThat(jdbc.sql("SELECT fase FROM samenwerking WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("ONDERHANDELEN");
    }

    /**
     * The H2 sessions of this pool's connections. Other test contexts in the same JVM have pools of their own on
     * the same in-memory database, so the database's session list alone would also show theirs.
     */
    private static Set<Long> sessiesVan(HikariDataSource pool) throws Exception {
        int aantal = pool.getHikariPoolMXBean().getTotalConnections();
        List<java.sql.Connection> geleend = new java.util.ArrayList<>();
        Set<Long> ids = new java.util.HashSet<>();
        try {
            for (int i = 0; i < aantal; i++) {
                java.sql.Connection c = pool.getConnection();
                geleend.add(c);
                try (var st = c.createStatement();
                        var rs = st.executeQuery("SELECT SESSION_ID()")) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        } finally {
            for (java.sql.Connection c : geleend) {
                c.close();
            }
        }
        return ids;
    }

    /** The ids of the H2 sessions that are open now (one per pooled connection, of every pool). */
    private Set<Long> sessies() {
        return Set.copyOf(jdbc.sql("SELECT session_id FROM information_schema.sessions")
                .query(Long.class)
                .list());
    }
}
