package nl.samenspel.verkenning;

import java.util.Objects;

/** A task the parties consider doing together, e.g. the WOZ valuation. */
public record Taak(long id, String naam) {

    public Taak {
        Objects.requireNonNull(naam, "naam");
        if (naam.isBlank()) {
            throw new IllegalArgumentException("A task needs a name");
        }
    }
}
