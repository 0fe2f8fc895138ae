package nl.samenspel.verkenning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The position of one party: what it wants, what not, where it needs the others (per task) and what it may
 * cost, and the end state it sees ({@code einddoel}) and rules out. Confidential to that municipality (and the regisseur) until {@code gedeeld}.
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
        List<Behoefte> behoeften,
        @Nullable Einddoel einddoel,
        @Nullable String einddoelToelichting,
        Set<Einddoel> uitgeslotenEinddoelen) {

    public Positie {
        behoeften = List.copyOf(behoeften);
        uitgeslotenEinddoelen = uitgeslotenEinddoelen.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(uitgeslotenEinddoelen));
    }

    /** What this party rules out, explicitly or through its own end goal ({@link Einddoel#uitgesloten}). */
    public Set<Einddoel> sluitUit() {
        return Einddoel.uitgesloten(einddoel, uitgeslotenEinddoelen);
    }

    /** The answer about this task and party, or null when not answered. */
    public @Nullable Behoefte behoefte(long taakId, String naar) {
        return behoeften.stream()
                .filter(b -> b.taakId() == taakId && b.naar().equals(naar))
                .findFirst()
                .orElse(null);
    }
}
