package nl.samenspel.afspraken;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the agreements module for the check (ADR 0008): a fixed number of queries for any number of
 * samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface AfsprakenFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds} (nothing recorded: {@link Stand#leeg}), in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /**
     * @param indicatorplafond the soft cap on indicators per result (the samenwerking's own setting,
     *     {@link #STANDAARD_INDICATORPLAFOND} unless changed): above it the user is asked why
     */
    record Stand(long samenwerkingId, List<Dienst> diensten, List<Dvo> dvos, int indicatorplafond) {
        public Stand {
            diensten = List.copyOf(diensten);
            dvos = List.copyOf(dvos);
        }

        public static Stand leeg(long samenwerkingId) {
            return new Stand(samenwerkingId, List.of(), List.of(), STANDAARD_INDICATORPLAFOND);
        }
    }

    /** Three indicators per result: an aid to the conversation, not a cage (rule 7). */
    int STANDAARD_INDICATORPLAFOND = 3;

    /**
     * A service of the catalogue.
     *
     * @param wensenVan the client municipalities (codes) that recorded a wish of their own for this service
     * @param varianten the number of front-office variants (custom work per client)
     */
    record Dienst(long id, String naam, Set<String> wensenVan, int varianten) {
        public Dienst {
            wensenVan = Set.copyOf(wensenVan);
        }
    }

    /**
     * One DVO: the agreement with one client municipality for one year, as it stands now.
     *
     * @param vastgesteld whether it was ever agreed (version 1 or later)
     * @param vastgesteldOp the day the current version was agreed, null while never agreed
     * @param versienummer 1 for the first; every revision after agreement adds one
     * @param regels the lines of the current version
     * @param eersteVaststelling the lines as first agreed (empty while never agreed)
     * @param rek whether a flexible part (hours or euros to be filled in during the year) is reserved
     * @param herzieningsdata the review dates (herzieningsmomenten) of this DVO
     * @param indicatorenPerVersie per agreed version, oldest first, the number of indicators its lines carried when
     *     it was agreed (from the version's snapshot); empty while never agreed. Rule 7: a total that keeps rising
     *     cycle over cycle is indicator inflation
     */
    record Dvo(
            long id,
            String gemeenteCode,
            int jaar,
            boolean vastgesteld,
            @Nullable LocalDate vastgesteldOp,
            int versienummer,
            List<Regel> regels,
            List<Regel> eersteVaststelling,
            boolean rek,
            List<LocalDate> herzieningsdata,
            List<Integer> indicatorenPerVersie) {
        public Dvo {
            regels = List.copyOf(regels);
            eersteVaststelling = List.copyOf(eersteVaststelling);
            herzieningsdata = List.copyOf(herzieningsdata);
            indicatorenPerVersie = List.copyOf(indicatorenPerVersie);
        }

        /** Without the indicator totals per version (facts built by hand, or before issue 14). */
        public Dvo(
                long id,
                String gemeenteCode,
                int jaar,
                boolean vastgesteld,
                @Nullable LocalDate vastgesteldOp,
                int versienummer,
                List<Regel> regels,
                List<Regel> eersteVaststelling,
                boolean rek,
                List<LocalDate> herzieningsdata) {
            this(
                    id,
                    gemeenteCode,
                    jaar,
                    vastgesteld,
                    vastgesteldOp,
                    versienummer,
                    regels,
                    eersteVaststelling,
                    rek,
                    herzieningsdata,
                    List.of());
        }
    }

    /**
     * A line of a DVO.
     *
     * @param variantId the front-office variant it uses, null for the uniform service
     * @param resultaat the result as typed, normalised (trimmed, lower case, single spaces) for comparing DVOs
     * @param indicatoren how many indicators the line carries
     * @param indicatorenOnderbouwd whether a reason was given for carrying more than the soft cap
     * @param prijsEnVolume whether both a price and a volume are filled in
     */
    record Regel(
            long dienstId,
            @Nullable Long variantId,
            String resultaat,
            RegelStatus status,
            int indicatoren,
            boolean indicatorenOnderbouwd,
            boolean prijsEnVolume) {}
}
