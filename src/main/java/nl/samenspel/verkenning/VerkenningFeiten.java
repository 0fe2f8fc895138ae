package nl.samenspel.verkenning;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the verkenning module for other modules' read models (the check, ADR 0008): a fixed number of
 * queries for any number of samenwerkingen. Never the text of a position or of an answer's explanation: only whether
 * a field is filled in, and whether the party shared its position, so the caller can build the view of a reader who
 * may read only the shared ones (ADR 0010). No access checks here: callers decide who may see the outcome.
 */
public interface VerkenningFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds} (empty lists where nothing was recorded), in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /**
     * @param taken the tasks in their order
     * @param posities one per party that started a position (also of parties that have since left)
     * @param behoeften every recorded answer, without its explanation (also about parties or tasks that are gone)
     */
    record Stand(
            long samenwerkingId,
            List<Taak> taken,
            List<PositieStand> posities,
            List<Behoefte> behoeften,
            List<RouteStand> routes) {
        public Stand {
            taken = List.copyOf(taken);
            posities = List.copyOf(posities);
            behoeften = List.copyOf(behoeften);
            routes = List.copyOf(routes);
        }

        /** Without recorded routes. */
        public Stand(long samenwerkingId, List<Taak> taken, List<PositieStand> posities, List<Behoefte> behoeften) {
            this(samenwerkingId, taken, posities, behoeften, List.of());
        }
    }

    /**
     * The route recorded for one task (rule 5); not confidential, the regisseur records it for all parties. The
     * reason is left out: no check reads free text.
     *
     * @param kopers for INKOPEN the buying municipality codes, otherwise empty
     * @param leverancier for INKOPEN the supplying municipality code, otherwise null
     */
    record RouteStand(
            long taakId,
            Route route,
            List<String> kopers,
            @Nullable String leverancier) {
        public RouteStand {
            kopers = List.copyOf(kopers);
        }
    }

    /**
     * Which parts of a party's position are filled in, never their content, and whether it is shared. The end goal
     * and the end states ruled out are structured choices, not text, so they are given (issue 10); their
     * explanation is not. {@code namens}: the regisseur recorded it on the party's behalf and the party has not
     * confirmed or changed it yet (issue 11): it is provisional.
     */
    record PositieStand(
            String gemeenteCode,
            boolean watWillenWijNietIngevuld,
            boolean maximumPerJaarIngevuld,
            boolean eigenRuimteIngevuld,
            boolean gedeeld,
            @Nullable Einddoel einddoel,
            Set<Einddoel> uitgeslotenEinddoelen,
            boolean namens) {

        public PositieStand {
            uitgeslotenEinddoelen = Set.copyOf(uitgeslotenEinddoelen);
        }

        /** The party's own position (not recorded on its behalf). */
        public PositieStand(
                String gemeenteCode,
                boolean watWillenWijNietIngevuld,
                boolean maximumPerJaarIngevuld,
                boolean eigenRuimteIngevuld,
                boolean gedeeld,
                @Nullable Einddoel einddoel,
                Set<Einddoel> uitgeslotenEinddoelen) {
            this(
                    gemeenteCode,
                    watWillenWijNietIngevuld,
                    maximumPerJaarIngevuld,
                    eigenRuimteIngevuld,
                    gedeeld,
                    einddoel,
                    uitgeslotenEinddoelen,
                    false);
        }

        public PositieStand(
                String gemeenteCode,
                boolean watWillenWijNietIngevuld,
                boolean maximumPerJaarIngevuld,
                boolean eigenRuimteIngevuld,
                boolean gedeeld) {
            this(
                    gemeenteCode,
                    watWillenWijNietIngevuld,
                    maximumPerJaarIngevuld,
                    eigenRuimteIngevuld,
                    gedeeld,
                    null,
                    Set.of());
        }
    }
}
