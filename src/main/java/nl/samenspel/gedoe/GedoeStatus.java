package nl.samenspel.gedoe;

/**
 * Where a gedoe item stands: GEMELD (raised, not yet routed), DOORGELEID (routed to a forum, awaiting its decision),
 * BESLOTEN (the forum decided), AFGEROND (the decision was carried out and the lesson recorded).
 */
public enum GedoeStatus {
    GEMELD,
    DOORGELEID,
    BESLOTEN,
    AFGEROND;

    /** Whether a forum still has to decide (or the item still has to be routed). */
    public boolean open() {
        return this == GEMELD || this == DOORGELEID;
    }
}
