package nl.samenspel.vorm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The recorded answers of one samenwerking; {@code versie} 0 (and no who/when) while nothing was answered. */
public record VormAntwoorden(
        long samenwerkingId,
        Antwoorden antwoorden,
        @Nullable String door,
        @Nullable Instant op,
        long versie) {

    public static VormAntwoorden geen(long samenwerkingId) {
        return new VormAntwoorden(samenwerkingId, Antwoorden.GEEN, null, null, 0);
    }
}
