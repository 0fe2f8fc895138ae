package nl.samenspel.kalender;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A raad's zienswijze on the draft budget of a year or on one of its budget changes, and the board's written,
 * reasoned answer (art. 35 lid 3 Wgr).
 *
 * @param wijziging the number of the budget change; null: on the draft budget
 * @param antwoord the board's answer with its reasons; null while unanswered
 * @param beantwoordOp the day of that answer; null while unanswered
 */
public record Raadszienswijze(
        long id,
        long samenwerkingId,
        int jaar,
        @Nullable Integer wijziging,
        String gemeenteCode,
        LocalDate ingediendOp,
        String inhoud,
        @Nullable String antwoord,
        @Nullable LocalDate beantwoordOp,
        String vastgelegdDoor,
        long versie) {

    public boolean beantwoord() {
        return antwoord != null;
    }
}
