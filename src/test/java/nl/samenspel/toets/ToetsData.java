package nl.samenspel.toets;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspel.support.Http;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data for the check: samenwerkingen through the API, the other modules' rows straight into their tables. */
final class ToetsData {

    static final String ZEIST = "GM0355";
    static final String DE_BILT = "GM0310";
    static final String BUNNIK = "GM0312";
    /** Not in the demo case: the samenwerking tests assume nothing but their own data involves Utrecht or De Bilt. */
    static final String AMERSFOORT = "GM0307";
    static final String HOUTEN = "GM0321";
    private static final AtomicInteger TELLER = new AtomicInteger();

    private ToetsData() {}

    static String uniek(String basis) {
        return basis + "-" + System.nanoTime() % 1_000_000 + "-" + TELLER.incrementAndGet();
    }

    static long samenwerking(int port, String regisseur, String... gemeenten) {
        Http.Antwoord a = Http.api(port, regisseur).postJson("/api/v1/samenwerkingen", Map.of("titel",
                uniek("Toets"), "omschrijving", "Samen de toets proberen.", "gemeenten", List.of(gemeenten)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    static void positie(JdbcClient jdbc, long id, String gemeente, String wat, String niet, String eigenRuimte) {
        jdbc.sql("DELETE FROM positie WHERE samenwerking_id = ? AND gemeente_code = ?").params(id, gemeente).update();
        jdbc.sql("INSERT INTO positie (samenwerking_id, gemeente_code, wat_willen_wij, wat_willen_wij_niet, eigen_ruimte, "
                + "gewijzigd_op, gewijzigd_door) VALUES (?, ?, ?, ?, ?, ?, 'test')")
                .params(id, gemeente, wat, niet, eigenRuimte, Timestamp.from(Instant.now())).update();
    }

    /** A position the municipality has shared, so every party may read it. */
    static void gedeeldePositie(JdbcClient jdbc, long id, String gemeente, String wat, String niet, String eigenRuimte) {
        positie(jdbc, id, gemeente, wat, niet, eigenRuimte);
        jdbc.sql("UPDATE positie SET gedeeld = TRUE, gedeeld_op = ? WHERE samenwerking_id = ? AND gemeente_code = ?")
                .params(Timestamp.from(Instant.now()), id, gemeente).update();
    }

    static long taak(JdbcClient jdbc, long id, String naam) {
        jdbc.sql("INSERT INTO taak (samenwerking_id, naam, aangemaakt_op) VALUES (?, ?, ?)")
                .params(id, naam, Timestamp.from(Instant.now())).update();
        return jdbc.sql("SELECT MAX(id) FROM taak WHERE samenwerking_id = ?").param(id).query(Long.class).single();
    }

    static void behoefte(JdbcClient jdbc, long id, long taak, String van, String naar, String sterkte, String toelichting) {
        jdbc.sql("INSERT INTO behoefte (samenwerking_id, van_gemeente, taak_id, naar_gemeente, sterkte, toelichting) "
                + "VALUES (?, ?, ?, ?, ?, ?)").params(id, van, taak, naar, sterkte, toelichting).update();
    }

    static void fase(JdbcClient jdbc, long id, String fase) {
        jdbc.sql("UPDATE samenwerking SET fase = ? WHERE id = ?").params(fase, id).update();
    }
}
