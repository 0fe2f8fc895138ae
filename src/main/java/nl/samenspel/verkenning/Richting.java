package nl.samenspel.verkenning;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One direction of a pair: how much {@code van} needs {@code naar}.
 *
 * @param sterkte null when {@code van} has not answered this yet
 * @param toelichting the explanation given with the answer, may be null
 */
public record Richting(
        Partij van,
        Partij naar,
        @Nullable Sterkte sterkte,
        @Nullable String toelichting) {

    public Richting {
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(naar, "naar");
    }

    static Richting uit(Partij van, Partij naar, @Nullable Behoefte antwoord) {
        return antwoord == null
                ? new Richting(van, naar, null, null)
                : new Richting(van, naar, antwoord.sterkte(), antwoord.toelichting());
    }

    public boolean ontbreekt() {
        return sterkte == null;
    }

    boolean nodig() {
        return sterkte != null && sterkte.nodig();
    }
}
