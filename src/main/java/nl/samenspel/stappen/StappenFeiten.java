package nl.samenspel.stappen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the stappen module for other modules' read models (the check, ADR 0008): a fixed number of queries
 * for any number of samenwerkingen. No access checks here: callers decide who may see the outcome.
 */
public interface StappenFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds} (empty where nothing was recorded), in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /**
     * @param spanningen the tensions, oldest first
     * @param vormOntgrendeld whether the regisseur opened the form step before its conditions were met
     * @param uitstel the postponed or reopened decisions
     * @param besproken per step the municipality codes with a current discussed-mark (given on the step's
     *     current content; an outdated mark does not count)
     * @param verouderd per step the municipality codes whose discussed-mark or latest decision of a deciding body
     *     is outdated: the step's content changed after it was given
     * @param vormOntgrendeldOp the day the form step was opened early (null when it was not)
     */
    record Stand(
            long samenwerkingId,
            List<SpanningStand> spanningen,
            boolean vormOntgrendeld,
            List<UitstelStand> uitstel,
            Map<Stap, Set<String>> besproken,
            @Nullable LocalDate vormOntgrendeldOp,
            Map<Stap, Set<String>> verouderd) {

        public Stand(
                long samenwerkingId,
                List<SpanningStand> spanningen,
                boolean vormOntgrendeld,
                List<UitstelStand> uitstel,
                Map<Stap, Set<String>> besproken) {
            this(samenwerkingId, spanningen, vormOntgrendeld, uitstel, besproken, null, Map.of());
        }

        public Stand {
            spanningen = List.copyOf(spanningen);
            uitstel = List.copyOf(uitstel);
            besproken = Map.copyOf(besproken);
            verouderd = Map.copyOf(verouderd);
        }
    }

    /**
     * A tension without its texts: only whether the back office / front office question and the handling (how the
     * parties will deal with it) are answered.
     */
    record SpanningStand(
            long id,
            SpanningSoort soort,
            SpanningStatus status,
            boolean backofficeFrontofficeIngevuld,
            Set<String> partijen,
            boolean hanteringIngevuld) {
        public SpanningStand {
            partijen = Set.copyOf(partijen);
        }
    }

    /**
     * @param onderwerp 'STAP:WAT' or 'FASE:VORMGEVEN'; @param soort HEROPEND or UITGESTELD; @param datum the day it
     *     happened (null only from callers that do not know it)
     */
    record UitstelStand(
            String onderwerp, String soort, @Nullable LocalDate datum) {
        public UitstelStand(String onderwerp, String soort) {
            this(onderwerp, soort, null);
        }
    }
}
