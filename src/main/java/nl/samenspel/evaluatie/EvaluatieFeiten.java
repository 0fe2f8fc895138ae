package nl.samenspel.evaluatie;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the evaluation and exit module for the check (ADR 0008): a fixed number of queries for any number
 * of samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface EvaluatieFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds} (nothing recorded: {@link Stand#leeg}), in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /** @param opheffing the dissolution of the whole samenwerking, null while none is announced */
    record Stand(
            long samenwerkingId,
            List<Evaluatie> evaluaties,
            List<Uittreding> uittredingen,
            @Nullable Opheffing opheffing) {
        public Stand {
            evaluaties = List.copyOf(evaluaties);
            uittredingen = List.copyOf(uittredingen);
        }

        public static Stand leeg(long samenwerkingId) {
            return new Stand(samenwerkingId, List.of(), List.of(), null);
        }
    }

    /** @param uitgevoerd the day it was carried out (findings recorded), null while still planned */
    record Evaluatie(long id, LocalDate gepland, @Nullable LocalDate uitgevoerd, List<Actie> acties) {
        public Evaluatie {
            acties = List.copyOf(acties);
        }
    }

    /** A follow-up action: due on {@code deadline}, done or not. */
    record Actie(long id, LocalDate deadline, boolean afgerond) {}

    /**
     * @param datum the day the party intends to leave (or left)
     * @param voorwaardenGeregeld whether the conditions of the regeling and the settlement are recorded
     */
    record Uittreding(
            long id, String gemeenteCode, LocalDate datum, UittredingStatus status, boolean voorwaardenGeregeld) {}

    /** @param vereffeningGeregeld whether the settlement of assets, staff and contracts is recorded */
    record Opheffing(LocalDate datum, boolean vereffeningGeregeld, boolean afgerond) {}
}
