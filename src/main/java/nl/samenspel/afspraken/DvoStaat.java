package nl.samenspel.afspraken;

/**
 * Where a DVO stands: a CONCEPT (version 1, never agreed, freely editable), VASTGESTELD (the current version is
 * agreed; a change needs a revision with a reason) or HERZIENING (a revision is open: its lines may change until it
 * is agreed).
 */
public enum DvoStaat {
    CONCEPT,
    VASTGESTELD,
    HERZIENING;

    /** Whether its lines may change now. */
    public boolean bewerkbaar() {
        return this != VASTGESTELD;
    }

    public String labelSleutel() {
        return "afspraken.staat." + name() + ".label";
    }
}
