package nl.samenspel.samenwerking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Bulk reads of the samenwerking module for other modules' read models (the check, ADR 0008): a fixed number of
 * queries for any number of samenwerkingen. No access checks here: callers decide who may see the outcome.
 */
public interface SamenwerkingFeiten {

    /**
     * Locks these samenwerking rows until the transaction ends, in id order (so two callers never wait on each
     * other crosswise): the same row lock every writer of a samenwerking takes.
     */
    void vergrendel(Collection<Long> ids);

    /** The ids of every samenwerking, ascending. */
    List<Long> alleIds();

    /** The ids of the samenwerkingen this municipality takes part in, ascending. */
    List<Long> metGemeente(String gemeenteCode);

    /** The ids of the samenwerkingen that name this account as their regisseur, ascending. */
    List<Long> metRegisseur(String gebruikersnaam);

    /** One {@link Stand} per existing samenwerking among {@code ids}, ascending by id; unknown ids are left out. */
    List<Stand> lees(Collection<Long> ids);

    /**
     * What other modules may know of one samenwerking.
     *
     * @param deelnemers the participating municipalities, in the order they were named
     * @param overgangen the recorded phase changes, in the order they were recorded (the last one set the phase)
     * @param vertrokken the municipalities that left (issue 13), so a check can still name them
     */
    record Stand(
            long id,
            Fase fase,
            String regisseur,
            List<Deelnemer> deelnemers,
            List<Overgang> overgangen,
            List<Deelnemer> vertrokken) {
        public Stand {
            deelnemers = List.copyOf(deelnemers);
            overgangen = List.copyOf(overgangen);
            vertrokken = List.copyOf(vertrokken);
        }

        /** Without parties that left. */
        public Stand(long id, Fase fase, String regisseur, List<Deelnemer> deelnemers, List<Overgang> overgangen) {
            this(id, fase, regisseur, deelnemers, overgangen, List.of());
        }
    }

    record Deelnemer(String gemeenteCode, String gemeenteNaam) {}

    /**
     * One recorded phase change, without its reason text. {@code op}: when it was recorded; {@code datum}: the day
     * it happened (may be earlier than {@code op} when recorded afterwards).
     */
    record Overgang(
            long id, Fase van, Fase naar, boolean override, List<String> deelsBesproken, Instant op, LocalDate datum) {
        public Overgang {
            deelsBesproken = List.copyOf(deelsBesproken);
        }
    }
}
