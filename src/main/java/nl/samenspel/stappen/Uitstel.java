package nl.samenspel.stappen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import nl.samenspel.platform.Gebeurdatum;
import org.jspecify.annotations.Nullable;

/**
 * A postponed decision (rule 6): soort HEROPEND or UITGESTELD; onderwerp 'STAP:WAT' or 'FASE:VORMGEVEN'. {@code door}
 * and {@code op}: who recorded it and when; {@code datum}: the day it happened.
 */
public record Uitstel(
        long id,
        String onderwerp,
        String soort,
        @Nullable String reden,
        String door,
        @Nullable Instant op,
        LocalDate datum) {

    /** Happened when it was recorded (or today when that is not known yet). */
    public Uitstel(long id, String onderwerp, String soort, @Nullable String reden, String door, @Nullable Instant op) {
        this(
                id,
                onderwerp,
                soort,
                reden,
                door,
                op,
                op == null ? Gebeurdatum.vandaag() : LocalDate.ofInstant(op, nl.samenspel.platform.Tijdstip.NEDERLAND));
    }

    /** The key of the sentence that names an onderwerp code for readers ("Stap: {0}", "Fase: {0}"). */
    public static String onderwerpSleutel(String onderwerp) {
        return onderwerp.startsWith("FASE:") ? "stappen.onderwerp.fase" : "stappen.onderwerp.stap";
    }

    /** The key of the label that fills {@link #onderwerpSleutel(String)}: the step's or the phase's own label. */
    public static String labelSleutel(String onderwerp) {
        String code = onderwerp.substring(onderwerp.indexOf(':') + 1);
        return onderwerp.startsWith("FASE:")
                ? "fase." + code + ".label"
                : "stap." + code.toLowerCase(Locale.ROOT) + ".label";
    }
}
