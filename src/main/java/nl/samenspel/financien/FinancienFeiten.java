package nl.samenspel.financien;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the money module for the check (ADR 0008): a fixed number of queries for any number of
 * samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface FinancienFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds} (nothing recorded: {@link Stand#leeg}), in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /** Four weeks: long enough for a raadsinformatiebrief, short enough to reach the raad before its next cycle. */
    int STANDAARD_INFORMATIETERMIJN = 28;

    /**
     * @param gebeurtenissen the financial events, oldest first
     * @param informatietermijnDagen the days within which every raad should be told of a deficit or an extra
     *     contribution once it is known (the samenwerking's own setting, {@link #STANDAARD_INFORMATIETERMIJN} unless
     *     changed)
     */
    record Stand(long samenwerkingId, List<Gebeurtenis> gebeurtenissen, int informatietermijnDagen) {
        public Stand {
            gebeurtenissen = List.copyOf(gebeurtenissen);
        }

        public static Stand leeg(long samenwerkingId) {
            return new Stand(samenwerkingId, List.of(), STANDAARD_INFORMATIETERMIJN);
        }
    }

    /**
     * @param jaar the budget year it concerns
     * @param bedrag the amount in euros (positive; a surplus is a positive OVERSCHOT)
     * @param bekendOp the day it became known
     * @param geinformeerd per municipality code the day its raad was informed; a raad not yet informed is absent
     */
    record Gebeurtenis(
            long id,
            FinancieleSoort soort,
            int jaar,
            BigDecimal bedrag,
            LocalDate bekendOp,
            Map<String, LocalDate> geinformeerd) {
        public Gebeurtenis {
            geinformeerd = Map.copyOf(geinformeerd);
        }

        public @Nullable LocalDate geinformeerdOp(String gemeenteCode) {
            return geinformeerd.get(gemeenteCode);
        }
    }
}
