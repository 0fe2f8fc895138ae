package nl.samenspel.gesprek;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the conversation module for the check (ADR 0008): a fixed number of queries for any number of
 * samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface GesprekFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds} (nothing recorded: {@link Stand#leeg}), in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /** @param gesprekken every conversation, oldest first */
    record Stand(long samenwerkingId, List<Gesprek> gesprekken) {
        public Stand {
            gesprekken = List.copyOf(gesprekken);
        }

        public static Stand leeg(long samenwerkingId) {
            return new Stand(samenwerkingId, List.of());
        }
    }

    /**
     * @param rapportageId the report it was prepared from, null for a conversation without one
     * @param datum the day it is (or was) held
     * @param verslag whether notes of what was said and agreed are recorded
     * @param bijsturingen how many adjustments were agreed
     * @param acties the actions agreed in it
     */
    record Gesprek(
            long id,
            long dvoId,
            String gemeenteCode,
            @Nullable Long rapportageId,
            LocalDate datum,
            boolean verslag,
            int bijsturingen,
            List<Actie> acties) {
        public Gesprek {
            acties = List.copyOf(acties);
        }
    }

    /** @param afgerondOp null while open */
    record Actie(long id, LocalDate deadline, @Nullable LocalDate afgerondOp) {}
}
