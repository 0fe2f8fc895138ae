package nl.samenspel.vorm;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the form module for the check (ADR 0008): a fixed number of queries for any number of
 * samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface VormFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds}, in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /**
     * As {@link #lees(Collection)}, for a caller that has read the parties and the verkenning of these samenwerkingen
     * already (the check reads both anyway): the advice is computed from those, without reading them a second time.
     *
     * @param partijen per samenwerking id the number of participating municipalities
     * @param verkenning per samenwerking id its verkenning (tasks and routes)
     */
    List<Stand> lees(
            Collection<Long> samenwerkingIds,
            Map<Long, Integer> partijen,
            Map<Long, nl.samenspel.verkenning.VerkenningFeiten.Stand> verkenning);

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
