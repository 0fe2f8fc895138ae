package nl.samenspel.toets;

import nl.samenspel.samenwerking.SamenwerkingVerwijderd;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the findings (and, by the cascade inside this module, their history) of a deleted samenwerking, in the
 * deleting transaction (ADR 0012: no database cascade across modules).
 */
@Component
class ToetsOpruimen {

    private final JdbcClient jdbc;

    ToetsOpruimen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void verwijderd(SamenwerkingVerwijderd gebeurtenis) {
        jdbc.sql("DELETE FROM bevinding WHERE samenwerking_id = :sw")
                .param("sw", gebeurtenis.samenwerkingId())
                .update();
    }
}
