package nl.samenspel.evaluatie;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The opheffing (dissolution) of a whole samenwerking: decided on {@code besluitdatum}, in force from
 * {@code ingangsdatum}, with the vereffening (how assets, staff, contracts and liabilities are settled) and who
 * settles it. One per samenwerking.
 */
public record Opheffing(
        long samenwerkingId,
        LocalDate besluitdatum,
        LocalDate ingangsdatum,
        @Nullable String vereffening,
        @Nullable String vereffenaar,
        OpheffingStatus status,
        long versie) {

    public boolean vereffeningGeregeld() {
        return vereffening != null && !vereffening.isBlank();
    }

    public boolean afgerond() {
        return status == OpheffingStatus.AFGEROND;
    }
}
