package nl.samenspel.verkenning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The position of one party: what it wants, what not, where it needs the others (per task) and what it may
 * cost. Confidential to that municipality (and the regisseur) until {@code gedeeld}.
 */
public record Positie(
        long samenwerkingId,
        String gemeenteCode,
        String watWillenWij,
        String watWillenWijNiet,
        BigDecimal maximumPerJaar,
        String eigenRuimte,
        boolean gedeeld,
        Instant gedeeldOp,
        long versie,
        Instant gewijzigdOp,
        String gewijzigdDoor,
        List<Behoefte> behoeften) {

    public Positie {
        behoeften = List.copyOf(behoeften);
    }

    /** The answer about this task and party, or null when not answered. */
    public Behoefte behoefte(long taakId, String naar) {
        return behoeften.stream()
                .filter(b -> b.taakId() == taakId && b.naar().equals(naar))
                .findFirst()
                .orElse(null);
    }
}
