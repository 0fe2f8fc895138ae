package nl.samenspel.kalender;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A planned day and the day it actually happened, for one moment of the cycle.
 *
 * @param gepland the day the samenwerking planned it; null while not planned
 * @param gedaan the day it actually happened; null while not done
 */
public record Datum(@Nullable LocalDate gepland, @Nullable LocalDate gedaan) {

    public static final Datum LEEG = new Datum(null, null);

    /** What counts: the actual day when done, else the planned day, else null. */
    public @Nullable LocalDate geldend() {
        return gedaan != null ? gedaan : gepland;
    }
}
