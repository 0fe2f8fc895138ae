package nl.samenspel.scan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bulk reads of the scan module for the check (ADR 0008): a fixed number of queries for any number of
 * samenwerkingen. No access checks here: the caller decides who may see the outcome.
 */
public interface ScanFeiten {

    /** One {@link Stand} per id in {@code samenwerkingIds} (nothing recorded: {@link Stand#leeg}), in that order. */
    List<Stand> lees(Collection<Long> samenwerkingIds);

    /** @param scans every scan, oldest first */
    record Stand(long samenwerkingId, List<Scan> scans) {
        public Stand {
            scans = List.copyOf(scans);
        }

        public static Stand leeg(long samenwerkingId) {
            return new Stand(samenwerkingId, List.of());
        }
    }

    /**
     * @param gestartOp the day the round opened
     * @param afgerondOp the day it was closed with an action plan, null while open
     * @param ingevuldDoor the parties that filled it in (municipality codes, and {@link #ORGANISATIE} for the
     *     shared organisation)
     * @param actieplan the actions agreed in the conversation about the scan
     */
    record Scan(
            long id,
            LocalDate gestartOp,
            @Nullable LocalDate afgerondOp,
            Set<String> ingevuldDoor,
            List<Actie> actieplan) {
        public Scan {
            ingevuldDoor = Set.copyOf(ingevuldDoor);
            actieplan = List.copyOf(actieplan);
        }
    }

    /** @param afgerondOp null while open */
    record Actie(long id, LocalDate deadline, @Nullable LocalDate afgerondOp) {}

    /** The party code of the shared organisation (the uitvoerder) in a scan. */
    String ORGANISATIE = "ORGANISATIE";
}
