package nl.samenspel.stappen;

import java.time.Instant;

/**
 * A civil servant or alderman marked a step as discussed for their municipality ("ambtelijk besproken"): not the
 * municipality's decision, see {@link Vaststelling}. {@code revisie}: the step's content revision it was given on;
 * {@code verouderd}: the step's content changed afterwards, so the mark no longer counts until it is given again;
 * {@code namens}: recorded by the regisseur ({@code door}) on behalf of the municipality after a meeting with it and
 * not yet confirmed by the municipality. It counts for the gate like any current mark; the municipality confirms it
 * (then it is theirs) or withdraws it.
 */
public record Besproken(
        Stap stap, String gemeenteCode, String door, Instant op, long revisie, boolean verouderd, boolean namens) {

    /** A mark the municipality gave itself. */
    public Besproken(Stap stap, String gemeenteCode, String door, Instant op, long revisie, boolean verouderd) {
        this(stap, gemeenteCode, door, op, revisie, verouderd, false);
    }

    /** A mark on the first revision of a step, as the demo and tests create it. */
    public Besproken(Stap stap, String gemeenteCode, String door, Instant op) {
        this(stap, gemeenteCode, door, op, 0, false, false);
    }

    /** Counts as discussed (by the gate and the checks). */
    public boolean huidig() {
        return !verouderd;
    }

    /** Recorded on behalf of the municipality, still to be confirmed by it (and current). */
    public boolean teBevestigen() {
        return namens && !verouderd;
    }
}
