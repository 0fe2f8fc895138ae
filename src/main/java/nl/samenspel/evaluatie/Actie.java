package nl.samenspel.evaluatie;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up action agreed in an evaluation: what, who owns it (as typed), when it is due, and the day it was done.
 *
 * @param afgerond the day it was done, null while open
 */
public record Actie(
        long id,
        long evaluatieId,
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
