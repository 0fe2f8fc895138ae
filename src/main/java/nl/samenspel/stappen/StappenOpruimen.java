package nl.samenspel.stappen;

import java.util.List;
import nl.samenspel.samenwerking.SamenwerkingVerwijderd;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes this module's rows of a deleted samenwerking (every step, who discussed it, the gate, postponed
 * decisions, content revisions, decisions of deciding bodies), in the deleting transaction (ADR 0012: no database cascade across modules).
 */
@Component
class StappenOpruimen {

    /** Children before parents; spanning_partij goes with its spanning (cascade inside this module). */
    private static final List<String> TABELLEN = List.of(
            "doel",
            "werkwijze",
            "spanning",
            "dynamiek",
            "stap_besproken",
            "vorm_ontgrendeling",
            "besluit_uitstel",
            "stappen_revisie",
            "stappen_vaststelling");

    private final JdbcClient jdbc;

    StappenOpruimen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void verwijderd(SamenwerkingVerwijderd gebeurtenis) {
        for (String tabel : TABELLEN) {
            jdbc.sql("DELETE FROM " + tabel + " WHERE samenwerking_id = :sw")
                    .param("sw", gebeurtenis.samenwerkingId())
                    .update();
        }
    }
}
