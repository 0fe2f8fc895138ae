package nl.samenspel.kalender;

import java.time.LocalDate;
import java.util.List;
import nl.samenspel.platform.Melding;
import org.jspecify.annotations.Nullable;

/**
 * One moment of one budget year as {@link PcRekenaar} computed it.
 *
 * <p>For the end of a zienswijze window ({@link PcMoment#ZIENSWIJZETERMIJN_BEGROTING},
 * {@link PcMoment#ZIENSWIJZETERMIJN_WIJZIGING}) {@code gepland} and {@code gedaan} are the end of the twelve weeks
 * counted from the planned and the actual send day, and {@code uiterlijk} is the board's decision day: the window
 * must have ended by then (art. 35 lid 3), so the plan breaks the term when the window ends after the board day.
 *
 * @param wijziging the number of the budget change, null for the budget and annual accounts
 * @param uiterlijk the last day the law allows; null when it depends on a board date not yet planned
 * @param waarschuwingen what breaks a statutory term, as message keys naming the article
 */
public record Kalenderregel(
        int jaar,
        PcMoment moment,
        @Nullable Integer wijziging,
        @Nullable LocalDate uiterlijk,
        @Nullable LocalDate gepland,
        @Nullable LocalDate gedaan,
        List<Melding> waarschuwingen) {

    public Kalenderregel {
        waarschuwingen = List.copyOf(waarschuwingen);
    }

    /** How a moment stands on a given day. */
    public enum Status {
        /** It happened within the term. */
        GEDAAN,
        /** It is planned within the term and has not happened yet. */
        GEPLAND,
        /** Nothing planned yet. */
        NIET_GEPLAND,
        /** Not done, and the last day has passed. */
        VERLOPEN,
        /** Planned or done after the last day the law allows, or another statutory rule is broken. */
        GEBROKEN
    }

    public Status status(LocalDate vandaag) {
        if (!waarschuwingen.isEmpty()) {
            return Status.GEBROKEN;
        }
        if (gedaan != null) {
            return Status.GEDAAN;
        }
        if (uiterlijk != null && uiterlijk.isBefore(vandaag)) {
            return Status.VERLOPEN;
        }
        return gepland == null ? Status.NIET_GEPLAND : Status.GEPLAND;
    }

    /** The moment as the check reads it. */
    public KalenderFeiten.Termijn termijn() {
        return new KalenderFeiten.Termijn(jaar, moment, uiterlijk, gepland, gedaan);
    }
}
