package nl.samenspel.stappen;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A postponed decision (rule 6): soort HEROPEND or UITGESTELD; onderwerp 'STAP:WAT' or 'FASE:VORMGEVEN'. */
public record Uitstel(
        long id,
        String onderwerp,
        String soort,
        @Nullable String reden,
        String door,
        @Nullable Instant op) {

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
