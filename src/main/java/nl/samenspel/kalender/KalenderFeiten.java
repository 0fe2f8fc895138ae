package nl.samenspel.kalender;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the calendar module for the check (ADR 0008): a fixed number of queries for any number of
 * samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface KalenderFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds} (nothing planned: {@link Stand#leeg}), in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /**
     * @param termijnen every computed statutory moment of every budget year the samenwerking planned, oldest first;
     *     empty when the samenwerking has no Wgr form with a budget or planned nothing
     * @param zienswijzen every zienswijze a raad gave, on a draft budget or a budget change
     */
    record Stand(long samenwerkingId, List<Termijn> termijnen, List<Zienswijze> zienswijzen) {
        public Stand {
            termijnen = List.copyOf(termijnen);
            zienswijzen = List.copyOf(zienswijzen);
        }

        public static Stand leeg(long samenwerkingId) {
            return new Stand(samenwerkingId, List.of(), List.of());
        }
    }

    /**
     * One statutory moment of one budget year against the plan.
     *
     * @param jaar the budget year Y the moment belongs to
     * @param uiterlijk the last day the law allows, computed from the law and the planned board dates; null when it
     *     depends on a board date not yet planned
     * @param gepland the day the samenwerking planned it, null while not planned
     * @param gedaan the day it actually happened, null while not done
     */
    record Termijn(
            int jaar,
            PcMoment moment,
            @Nullable LocalDate uiterlijk,
            @Nullable LocalDate gepland,
            @Nullable LocalDate gedaan) {

        /** Planned or done after the last day the law allows. */
        public boolean gebroken() {
            if (uiterlijk == null) {
                return false;
            }
            LocalDate dag = gedaan != null ? gedaan : gepland;
            return dag != null && dag.isAfter(uiterlijk);
        }
    }

    /**
     * A raad's zienswijze on a draft budget (or a budget change) and the board's answer.
     *
     * @param beantwoordOp the day the board answered in writing with its reasons, null while unanswered
     * @param besluitOp the day the board adopts (or adopted) the document, null while not planned
     */
    record Zienswijze(
            long id,
            int jaar,
            String gemeenteCode,
            LocalDate ingediendOp,
            @Nullable LocalDate beantwoordOp,
            @Nullable LocalDate besluitOp) {}
}
