package nl.samenspel.overgang;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The formal start and the transition period of a samenwerking.
 *
 * @param start the formal start of the running cooperation, null while not recorded
 * @param transitie the transition period, null while none is set up
 * @param versie 0 while nothing was ever recorded (the first write sends 0)
 */
public record Overgangsstand(
        long samenwerkingId,
        @Nullable LocalDate start,
        @Nullable Transitie transitie,
        @Nullable String toelichting,
        long versie) {

    static Overgangsstand leeg(long samenwerkingId) {
        return new Overgangsstand(samenwerkingId, null, null, null, 0);
    }
}
