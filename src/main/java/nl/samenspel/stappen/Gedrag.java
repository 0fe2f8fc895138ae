package nl.samenspel.stappen;

/**
 * The catalogue of habitual municipal behaviour (vanzelfdynamiek) the parties pick from; names and one-line
 * explanations are in {@code messages/stappen.properties}.
 */
public enum Gedrag {
    RUIMTE_HOUDEN,
    ABSTRACT_HOUDEN,
    VAAG_OF_LATER_BESLUITEN,
    STILLE_BUFFER,
    ONDERHANDELINGSREFLEX,
    EIGEN_ORGANISATIE_EERST,
    ALLES_VASTLEGGEN;

    public String labelSleutel() {
        return "gedrag." + name() + ".label";
    }

    public String uitlegSleutel() {
        return "gedrag." + name() + ".uitleg";
    }
}
