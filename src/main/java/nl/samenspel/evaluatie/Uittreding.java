package nl.samenspel.evaluatie;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A participating municipality's uittreding: announced on a day, leaving on {@code datum}, why, under which
 * conditions of the regeling, with which settlement, and what happens to staff, assets and contracts.
 *
 * @param datum the intended leaving day; once AFGEROND the day it left
 * @param afrekening the settlement amount, null while not agreed
 * @param richting whether the leaving party pays or receives {@code afrekening}
 */
public record Uittreding(
        long id,
        long samenwerkingId,
        String gemeenteCode,
        LocalDate aangekondigdOp,
        LocalDate datum,
        String reden,
        @Nullable String voorwaarden,
        @Nullable BigDecimal afrekening,
        @Nullable AfrekeningRichting richting,
        @Nullable String personeel,
        @Nullable String vermogen,
        @Nullable String contracten,
        UittredingStatus status,
        long versie) {

    /** The conditions and the settlement (amount and direction) are recorded: what VOORWAARDEN_VASTGESTELD needs. */
    public boolean voorwaardenGeregeld() {
        return voorwaarden != null && !voorwaarden.isBlank() && afrekening != null && richting != null;
    }

    /** Still under way: announced or with agreed conditions. */
    public boolean lopend() {
        return status == UittredingStatus.AANGEKONDIGD || status == UittredingStatus.VOORWAARDEN_VASTGESTELD;
    }
}
