package nl.samenspel.scan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An action of a scan's action plan, agreed in the conversation about the scan.
 *
 * @param eigenaar who owns it, as typed
 * @param afgerond the day it was done, null while open
 */
public record ScanActie(
        long id,
        long scanId,
        String omschrijving,
        String eigenaar,
        LocalDate deadline,
        @Nullable LocalDate afgerond,
        long versie) {

    /** Not done although its deadline has passed (on {@code vandaag}, the Dutch day). */
    public boolean overTijd(LocalDate vandaag) {
        return afgerond == null && vandaag.isAfter(deadline);
    }
}
