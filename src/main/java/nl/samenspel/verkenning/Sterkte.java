package nl.samenspel.verkenning;

/** How strongly a party says it needs another party for a task. */
public enum Sterkte {
    NIET(0),
    ENIGSZINS(1),
    STERK(2);

    private final int graad;

    Sterkte(int graad) {
        this.graad = graad;
    }

    /** 0, 1 or 2; explanation templates use it in a choice format to say "enigszins" or "sterk". */
    public int graad() {
        return graad;
    }

    /** At least ENIGSZINS counts as a need. */
    public boolean nodig() {
        return this != NIET;
    }
}
