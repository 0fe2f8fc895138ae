package nl.samenspel.gedoe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the gedoe module for the check (ADR 0008): a fixed number of queries for any number of
 * samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface GedoeFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds} (nothing recorded: {@link Stand#leeg}), in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /**
     * @param forumVoorOnvoorzien the body (bestuur orgaan id) that takes unforeseen matters, null while none is named
     * @param vangnet the safety-net budget for the unforeseen, null while none is set
     * @param termijnDagen how many days an item may stay unrouted or undecided before it is a finding (the
     *     samenwerking's own setting, {@link GedoeInstellingen#STANDAARD_TERMIJN} unless the regisseur set another)
     */
    record Stand(
            long samenwerkingId,
            @Nullable Long forumVoorOnvoorzien,
            List<Gedoe> gedoe,
            @Nullable Vangnet vangnet,
            int termijnDagen) {
        public Stand {
            gedoe = List.copyOf(gedoe);
        }

        public static Stand leeg(long samenwerkingId) {
            return new Stand(samenwerkingId, null, List.of(), null, GedoeInstellingen.STANDAARD_TERMIJN);
        }
    }

    /**
     * @param gemeld the day it was raised
     * @param forum the body it was routed to, null while unrouted
     * @param beslotenOp the day the forum decided, null while undecided
     * @param lesGeleerd whether a lesson learned is recorded
     * @param herzien whether it led to a DVO revision
     */
    record Gedoe(
            long id,
            GedoeSoort soort,
            LocalDate gemeld,
            @Nullable Long forum,
            GedoeStatus status,
            @Nullable LocalDate beslotenOp,
            boolean lesGeleerd,
            boolean herzien) {}

    /** @param gebruikt the sum of what was drawn from it */
    record Vangnet(BigDecimal budget, BigDecimal gebruikt) {}
}
