package nl.samenspel.scan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One round of the samenwerkingsscan: opened by the regisseur, filled in by every party, closed with an action plan
 * (or an explicit reason why there is none).
 *
 * @param afgerondOp the day it was closed, null while open
 * @param afsluitreden why it closed without actions, null otherwise
 * @param antwoorden every party that saved something, drafts included (the service hides what a reader may not
 *     see)
 */
public record Scan(
        long id,
        long samenwerkingId,
        LocalDate gestartOp,
        @Nullable LocalDate afgerondOp,
        @Nullable String afsluitreden,
        long versie,
        List<Antwoorden> antwoorden,
        List<ScanActie> acties) {

    public Scan {
        antwoorden = List.copyOf(antwoorden);
        acties = List.copyOf(acties);
    }

    public boolean open() {
        return afgerondOp == null;
    }

    public Optional<Antwoorden> van(String partij) {
        return antwoorden.stream().filter(a -> a.partij().equals(partij)).findFirst();
    }

    /** Whether this party has submitted its answers. */
    public boolean ingediendDoor(String partij) {
        return van(partij).map(Antwoorden::ingediend).orElse(false);
    }

    /** The same scan with other answers (what a reader may see). */
    Scan metAntwoorden(List<Antwoorden> andere) {
        return new Scan(id, samenwerkingId, gestartOp, afgerondOp, afsluitreden, versie, andere, acties);
    }
}
