package nl.samenspel.regeling;

/** How a checklist item is marked. Labels: {@code regeling.status.<NAME>}. */
public enum OnderdeelStatus {
    /** Arranged in the draft regeling; the reference says where (for example "artikel 12 van het ontwerp"). */
    GEREGELD,
    /**
     * Considered and deliberately not arranged, with the reason: only for an optional instrument
     * ({@link RegelingOnderdeel#ADVIESCOMMISSIE}).
     */
    AFGEWOGEN;

    /** The items that may be marked {@link #AFGEWOGEN}: the law leaves them to the parties. */
    public static boolean magAfgewogen(RegelingOnderdeel onderdeel) {
        return onderdeel == RegelingOnderdeel.ADVIESCOMMISSIE;
    }
}
