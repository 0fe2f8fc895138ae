package nl.samenspel.financien;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A change of the money after the budget was set: a budget change, an extra contribution, a deficit or a surplus.
 *
 * @param jaar the budget year it concerns
 * @param bedrag in euros, positive
 * @param bekendOp the day it became known
 * @param raden the raden informed so far, by municipality code
 */
public record FinancieleGebeurtenis(
        long id,
        long samenwerkingId,
        FinancieleSoort soort,
        int jaar,
        BigDecimal bedrag,
        LocalDate bekendOp,
        String omschrijving,
        List<Raadsinformatie> raden,
        long versie) {

    public FinancieleGebeurtenis {
        raden = List.copyOf(raden);
    }

    public Optional<Raadsinformatie> raad(String gemeenteCode) {
        return raden.stream().filter(r -> r.gemeenteCode().equals(gemeenteCode)).findFirst();
    }

    /** The last day to inform every raad of bad news: {@code bekendOp} plus the term. */
    public LocalDate uiterlijk(int termijnDagen) {
        return bekendOp.plusDays(termijnDagen);
    }

    /**
     * Whether this raad should have heard of it by {@code vandaag} and has not: bad news ({@link
     * FinancieleSoort#nadelig}) known longer than the term and no record of informing it.
     */
    public boolean teLaat(String gemeenteCode, LocalDate vandaag, int termijnDagen) {
        return soort.nadelig() && raad(gemeenteCode).isEmpty() && vandaag.isAfter(uiterlijk(termijnDagen));
    }
}
