package nl.samenspel.regeling;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bulk reads of the regeling module for the check (ADR 0008): a fixed number of queries for any number of
 * samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface RegelingFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds}, in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /**
     * @param geregeld the checklist items the regisseur marked as arranged (with a reference to the draft)
     * @param afgewogen items marked as considered and deliberately not arranged, with a reason (only the
     *     adviescommissie may be left out this way)
     * @param toestemming per municipality code the day its raad gave toestemming (art. 1 Wgr)
     * @param zienswijze per municipality code the day its raad gave a zienswijze on the draft regeling
     */
    record Stand(
            long samenwerkingId,
            Set<RegelingOnderdeel> geregeld,
            Set<RegelingOnderdeel> afgewogen,
            Map<String, LocalDate> toestemming,
            Map<String, LocalDate> zienswijze) {
        public Stand {
            geregeld = Set.copyOf(geregeld);
            afgewogen = Set.copyOf(afgewogen);
            toestemming = Map.copyOf(toestemming);
            zienswijze = Map.copyOf(zienswijze);
        }

        public static Stand leeg(long samenwerkingId) {
            return new Stand(samenwerkingId, Set.of(), Set.of(), Map.of(), Map.of());
        }
    }
}
