package nl.samenspel.vorm;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the form module for the check (ADR 0008): a fixed number of queries for any number of
 * samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface VormFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds}, in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /**
     * @param gekozen the decided form, null while none is decided
     * @param oordeel what the current advice says of the decided form (null when none is decided)
     * @param motiveringIngevuld whether the decision carries a written reason
     * @param besloten the day the decision was taken (null when none is decided)
     */
    record Stand(
            long samenwerkingId,
            @Nullable Vorm gekozen,
            @Nullable Geschiktheid oordeel,
            boolean motiveringIngevuld,
            @Nullable LocalDate besloten) {

        public static Stand geen(long samenwerkingId) {
            return new Stand(samenwerkingId, null, null, false, null);
        }
    }
}
