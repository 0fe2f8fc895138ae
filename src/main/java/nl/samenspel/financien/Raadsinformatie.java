package nl.samenspel.financien;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * That and how the raad of one municipality was informed of a financial event.
 *
 * @param toelichting required for {@link Informatiewijze#ANDERS}
 * @param vastgelegdDoor the gebruikersnaam of who recorded it
 */
public record Raadsinformatie(
        String gemeenteCode,
        LocalDate geinformeerdOp,
        Informatiewijze wijze,
        @Nullable String toelichting,
        String vastgelegdDoor) {}
