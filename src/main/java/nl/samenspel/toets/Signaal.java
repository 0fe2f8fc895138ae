package nl.samenspel.toets;

import java.util.List;
import java.util.Objects;

/**
 * One finding of a check. {@code onderwerp} tells several findings of the same check apart (a party code, a task
 * id; "" for the samenwerking as a whole). {@code argumenten} fill the finding's sentence: only names and ids,
 * never the content of a position.
 */
public record Signaal(String onderwerp, List<String> argumenten) {

    public Signaal {
        Objects.requireNonNull(onderwerp, "onderwerp");
        argumenten = List.copyOf(argumenten);
        if (onderwerp.length() > 100) {
            throw new IllegalArgumentException("onderwerp too long: " + onderwerp);
        }
    }

    /** A finding about the samenwerking as a whole. */
    public static Signaal geheel(String... argumenten) {
        return new Signaal("", List.of(argumenten));
    }

    public static Signaal over(String onderwerp, String... argumenten) {
        return new Signaal(onderwerp, List.of(argumenten));
    }
}
