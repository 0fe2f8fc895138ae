package nl.samenspel.bestuur;

/**
 * The line a body works on (rule 2). Supervision asks whether the shared organisation is healthy; the client line
 * whether each municipality is served the way it wants. Labels: {@code bestuur.lijn.<NAME>.label}.
 */
public enum Lijn {
    /** Algemeen and dagelijks bestuur, the single board of a BVO, a supervisory board or shareholders' meeting. */
    TOEZICHT,
    /** Opdrachtgeversoverleg, an account meeting per municipality, a client council. */
    KLANT,
    /** The councils' gemeenschappelijke adviescommissie. */
    ADVIES,
    /** The director and staff of the shared organisation. */
    UITVOERING;

    public String labelSleutel() {
        return "bestuur.lijn." + name() + ".label";
    }

    /** What the line is for, in one sentence. */
    public String uitlegSleutel() {
        return "bestuur.lijn." + name() + ".uitleg";
    }
}
