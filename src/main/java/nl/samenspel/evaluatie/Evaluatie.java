package nl.samenspel.evaluatie;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation of a samenwerking, as the regeling arranges it: planned for a day, with its scope and who evaluates;
 * carried out ({@code uitgevoerd}) with findings; and the follow-up actions agreed from it.
 *
 * @param evaluator who evaluates, as typed (a person, a body, an outside bureau)
 * @param uitgevoerd the day it was carried out, null while still planned
 */
public record Evaluatie(
        long id,
        long samenwerkingId,
        LocalDate gepland,
        String reikwijdte,
        String evaluator,
        @Nullable String bevindingen,
        @Nullable LocalDate uitgevoerd,
        long versie,
        List<Actie> acties) {

    public Evaluatie {
        acties = List.copyOf(acties);
    }

    /** Not carried out although its planned day has passed (on {@code vandaag}, the Dutch day). */
    public boolean overTijd(LocalDate vandaag) {
        return uitgevoerd == null && vandaag.isAfter(gepland);
    }

    /** The number of its actions overdue on {@code vandaag}. */
    public long actiesOverTijd(LocalDate vandaag) {
        return acties.stream().filter(a -> a.overTijd(vandaag)).count();
    }
}
