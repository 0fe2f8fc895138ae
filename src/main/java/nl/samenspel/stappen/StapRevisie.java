package nl.samenspel.stappen;

import java.time.Instant;

/**
 * The content revision of a step: raised on every change of its content. {@code wijziging}: what the last change
 * was (an event name such as {@code spanning-aangemaakt}, label {@link #labelSleutel()}), by whom and when.
 */
public record StapRevisie(Stap stap, long revisie, String wijziging, String door, Instant op) {

    public static StapRevisie eerste(Stap stap) {
        return new StapRevisie(stap, 0, "", "", Instant.EPOCH);
    }

    public boolean gewijzigd() {
        return revisie > 0;
    }

    public String labelSleutel() {
        return "stappen.wijziging." + wijziging;
    }
}
