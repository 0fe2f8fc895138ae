package nl.samenspel.stappen;

/** A shared goal, or something the parties explicitly do not want to do together. */
public enum DoelSoort {
    DOEL,
    NIET_DOEL;

    public String labelSleutel() {
        return "doel.soort." + name();
    }
}
