package nl.samenspel.stappen;

import java.time.Instant;

/**
 * A civil servant or alderman marked a step as discussed for their municipality ("ambtelijk besproken"): not the
 * municipality's decision, see {@link Vaststelling}. {@code revisie}: the step's content revision it was given on;
 * {@code verouderd}: the step's content changed afterwards, so the mark no longer counts until it is given again.
 */
public record Besproken(Stap stap, String gemeenteCode, String door, Instant op, long revisie, boolean verouderd) {

    /** A mark on the first revision of a step, as the demo and tests create it. */
    public Besproken(Stap stap, String gemeenteCode, String door, Instant op) {
        this(stap, gemeenteCode, door, op, 0, false);
    }

    /** Counts as discussed (by the gate and the checks). */
    public boolean huidig() {
        return !verouderd;
    }
}
