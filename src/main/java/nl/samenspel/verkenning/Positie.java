package nl.samenspel.verkenning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The position of one party: what it wants, what not, where it needs the others (per task) and what it may
 * cost. Confidential to that municipality (and the regisseur) until {@code gedeeld}.
 */
public record Positie(
        long samenwerkingId,
        String gemeenteCode,
        @Nullable String watWillenWij,
        @Nullable String watWillenWijNiet,
        @Nullable BigDecimal maximumPerJaar,
        @Nullable String eigenRuimte,
        boolean gedeeld,
        @Nullable Instant gedeeldOp,
        long versie,
        Instant gewijzigdOp,
        String gewijzigdDoor,
        List<Behoefte> behoeften) {

    public Positie {
        behoeften = List.copyOf(behoeften);
    }

    /** The answer about this task and party, or null when not answered. */
    public @Nullable Behoefte behoefte(long taakId, String naar) {
        return behoeften.stream()
                .filter(b -> b.taakId() == taakId && b.naar().equals(naar))
                .findFirst()
                .orElse(null);
    }
}
