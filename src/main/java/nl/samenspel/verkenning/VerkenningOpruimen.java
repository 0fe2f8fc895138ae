package nl.samenspel.verkenning;

import nl.samenspel.samenwerking.SamenwerkingVerwijderd;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes this module's rows of a deleted samenwerking (tasks, their routes, positions, needs), in the deleting transaction
 * (ADR 0012: no database cascade across modules).
 */
@Component
class VerkenningOpruimen {

    private final JdbcClient jdbc;

    VerkenningOpruimen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void verwijderd(SamenwerkingVerwijderd gebeurtenis) {
        long sw = gebeurtenis.samenwerkingId();
        jdbc.sql("DELETE FROM verkenning_taak_route_koper WHERE samenwerking_id = :sw")
                .param("sw", sw)
                .update();
        jdbc.sql("DELETE FROM verkenning_taak_route WHERE samenwerking_id = :sw")
                .param("sw", sw)
                .update();
        jdbc.sql("DELETE FROM behoefte WHERE samenwerking_id = :sw")
                .param("sw", sw)
                .update();
        jdbc.sql("DELETE FROM positie WHERE samenwerking_id = :sw")
                .param("sw", sw)
                .update();
        jdbc.sql("DELETE FROM taak WHERE samenwerking_id = :sw").param("sw", sw).update();
    }
}
