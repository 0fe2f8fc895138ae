package nl.samenspel.overgang;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A measure around the start (a savings target, leaving vacancies unfilled, a learning period, ...).
 *
 * @param jaar the year it is booked in or applies to, null when not given
 * @param bedrag an amount in euros (a savings target), null when none
 */
public record Maatregel(
        long id,
        long samenwerkingId,
        MaatregelSoort soort,
        String omschrijving,
        @Nullable Integer jaar,
        @Nullable BigDecimal bedrag,
        long versie) {}
