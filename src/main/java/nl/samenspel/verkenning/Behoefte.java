package nl.samenspel.verkenning;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One answer from a party's position: for task {@code taakId}, party {@code van} needs party {@code naar}
 * with the given strength. A question nobody answered yet is simply absent; it is never read as NIET.
 *
 * @param toelichting the party's own explanation, may be null
 */
public record Behoefte(
        long taakId,
        String van,
        String naar,
        Sterkte sterkte,
        @Nullable String toelichting) {

    public Behoefte {
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(naar, "naar");
        Objects.requireNonNull(sterkte, "sterkte");
        if (van.equals(naar)) {
            throw new IllegalArgumentException("A party cannot state a need for itself: " + van);
        }
    }

    public Behoefte(long taakId, String van, String naar, Sterkte sterkte) {
        this(taakId, van, naar, sterkte, null);
    }
}
