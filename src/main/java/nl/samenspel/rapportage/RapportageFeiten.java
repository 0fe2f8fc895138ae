package nl.samenspel.rapportage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Bulk reads of the report module for the check (ADR 0008): a fixed number of queries for any number of
 * samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface RapportageFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds} (nothing recorded: {@link Stand#leeg}), in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /** @param rapportages every report, oldest period first */
    record Stand(long samenwerkingId, List<Rapportage> rapportages) {
        public Stand {
            rapportages = List.copyOf(rapportages);
        }

        public static Stand leeg(long samenwerkingId) {
            return new Stand(samenwerkingId, List.of());
        }
    }

    /**
     * @param tot the last day of the period
     * @param ingediend whether it was submitted
     * @param waarden how many indicator values were filled in
     * @param lijnenZonderVerhaal how many lines have no narrative (what happened, why)
     * @param afwijkingen how many lines report AFWIJKING
     */
    record Rapportage(
            long id,
            long dvoId,
            String gemeenteCode,
            LocalDate van,
            LocalDate tot,
            boolean ingediend,
            int waarden,
            int lijnenZonderVerhaal,
            int afwijkingen) {}
}
