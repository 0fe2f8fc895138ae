package nl.samenspel.overgang;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the overgang module for the check (ADR 0008): a fixed number of queries for any number of
 * samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface OvergangFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds} (nothing recorded: {@link Stand#leeg}), in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /**
     * @param start the formal start of the running cooperation, null while not recorded
     * @param transitie the transition period, null while none is set up
     * @param inventaris the items of the overdrachtsinventaris
     * @param verwachtingen the expectations register
     */
    record Stand(
            long samenwerkingId,
            @Nullable LocalDate start,
            @Nullable Transitie transitie,
            List<Maatregel> maatregelen,
            List<Overdracht> inventaris,
            List<Verwachting> verwachtingen) {
        public Stand {
            maatregelen = List.copyOf(maatregelen);
            inventaris = List.copyOf(inventaris);
            verwachtingen = List.copyOf(verwachtingen);
        }

        public static Stand leeg(long samenwerkingId) {
            return new Stand(samenwerkingId, null, null, List.of(), List.of(), List.of());
        }
    }

    /** @param jaar the year the measure is booked in or applies to, null when not given */
    record Maatregel(
            long id, MaatregelSoort soort, @Nullable Integer jaar) {}

    record Overdracht(long id, OverdrachtSoort soort, boolean ontdektNaStart) {}

    /** @param volgendeToets when the expectation is checked again, null when not planned */
    record Verwachting(
            long id, Belanghebbende groep, @Nullable LocalDate volgendeToets) {}
}
