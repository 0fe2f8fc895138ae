package nl.samenspel.samenwerking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recorded phase change. {@code override}: the regisseur moved on although {@code ontbrak} was not met,
 * giving {@code reden}. {@code deelsBesproken}: steps discussed by only some parties at that moment. {@code door}
 * and {@code op}: who recorded it and when; {@code datum}: the day it happened (recorded afterwards, in the past);
 * {@code besluitOrgaan}: the body that decided it, when recorded.
 */
public record FaseOvergang(
        long id,
        long samenwerkingId,
        Fase van,
        Fase naar,
        boolean override,
        @Nullable String reden,
        List<String> ontbrak,
        List<String> deelsBesproken,
        String door,
        Instant op,
        LocalDate datum,
        @Nullable BesluitOrgaan besluitOrgaan) {

    public boolean terug() {
        return naar.voor(van);
    }

    /**
     * Since when {@code s} is in its current phase: the day of the last RECORDED transition (that one set the
     * phase, even when an earlier day was entered for it), or the Dutch day it was created when it never moved.
     */
    public static LocalDate faseSinds(Samenwerking s, List<FaseOvergang> overgangen) {
        return overgangen.stream()
                .max(java.util.Comparator.comparing(FaseOvergang::op).thenComparingLong(FaseOvergang::id))
                .map(FaseOvergang::datum)
                .orElseGet(() -> LocalDate.ofInstant(s.aangemaaktOp(), nl.samenspel.platform.Tijdstip.NEDERLAND));
    }
}
