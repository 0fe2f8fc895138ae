package nl.samenspel.verkenning;

import java.util.Objects;

/** A party in the analysis: a municipality, identified by its code, with the name to show in explanations. */
public record Partij(String code, String naam) {

    public Partij {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(naam, "naam");
        if (code.isBlank() || naam.isBlank()) {
            throw new IllegalArgumentException("A party needs a code and a name");
        }
    }
}
