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
 *
 * <p>{@code namens}: the regisseur recorded this content on behalf of the municipality ({@code vastgelegdDoor},
 * {@code vastgelegdOp}) and the municipality has not yet confirmed or changed it; until then it is provisional.
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
        Set<Einddoel> uitgeslotenEinddoelen,
        boolean namens,
        @Nullable String vastgelegdDoor,
        @Nullable Instant vastgelegdOp) {

    public Positie {
        behoeften = List.copyOf(behoeften);
        uitgeslotenEinddoelen = uitgeslotenEinddoelen.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(uitgeslotenEinddoelen));
    }

    /** The position as the municipality's own (no on-behalf mark). */
    public Positie(
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
        this(
                samenwerkingId,
                gemeenteCode,
                watWillenWij,
                watWillenWijNiet,
                maximumPerJaar,
                eigenRuimte,
                gedeeld,
                gedeeldOp,
                versie,
                gewijzigdOp,
                gewijzigdDoor,
                behoeften,
                einddoel,
                einddoelToelichting,
                uitgeslotenEinddoelen,
                false,
                null,
                null);
    }

    /** Whether the municipality made this content its own (wrote or confirmed it). */
    public boolean bevestigd() {
        return !namens;
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
