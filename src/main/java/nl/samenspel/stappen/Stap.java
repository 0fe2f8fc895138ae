package nl.samenspel.stappen;

import java.util.Locale;
import java.util.Optional;

/** The steps of rule 1, in the order the conversation should take. */
public enum Stap {
    WAT,
    HOE,
    SPANNINGEN,
    VANZELFDYNAMIEK,
    VORM;

    /** The four steps that must be done before the form. */
    public static final java.util.List<Stap> VOOR_VORM = java.util.List.of(WAT, HOE, SPANNINGEN, VANZELFDYNAMIEK);

    public String pad() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelSleutel() {
        return "stap." + pad() + ".label";
    }

    public String uitlegSleutel() {
        return "stap." + pad() + ".uitleg";
    }

    public static Optional<Stap> uitPad(String pad) {
        for (Stap s : values()) {
            if (s.pad().equals(pad)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
