package nl.samenspel.gedoe;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How a samenwerking handles the unforeseen.
 *
 * @param forum the body (bestuur orgaan id) that takes unforeseen matters; null while none is named
 * @param termijnDagen after how many days an unrouted or undecided item counts as overdue
 * @param budget the safety net (vangnet) in euros; null while none is set
 * @param versie 0 while nothing was ever set
 */
public record GedoeInstellingen(
        long samenwerkingId,
        @Nullable Long forum,
        int termijnDagen,
        @Nullable BigDecimal budget,
        long versie) {

    public static final int STANDAARD_TERMIJN = 28;

    static GedoeInstellingen standaard(long samenwerkingId) {
        return new GedoeInstellingen(samenwerkingId, null, STANDAARD_TERMIJN, null, 0);
    }
}
