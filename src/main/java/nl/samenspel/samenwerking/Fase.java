package nl.samenspel.samenwerking;

/**
 * The phases of a samenwerking, in the order of the method: first what the parties want, the form only
 * after that. Labels and explanations are in {@code messages/samenwerking.properties}.
 */
public enum Fase {
    VERKENNEN,
    ONDERHANDELEN,
    VORMGEVEN,
    AFSPREKEN,
    UITVOEREN;

    public String labelSleutel() {
        return "fase." + name() + ".label";
    }

    public String uitlegSleutel() {
        return "fase." + name() + ".uitleg";
    }

    public boolean voor(Fase andere) {
        return ordinal() < andere.ordinal();
    }
}
