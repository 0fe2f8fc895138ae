package nl.samenspel.overgang;

import nl.samenspel.platform.Bedrag;
import org.jspecify.annotations.Nullable;

/**
 * What is sent for a measure; {@code bedrag} as read by {@link Bedrag#lees} (page) or {@link Bedrag#van} (API), so
 * a refused amount is reported with the other errors.
 */
public record MaatregelInvoer(
        @Nullable MaatregelSoort soort,
        @Nullable String omschrijving,
        @Nullable Integer jaar,
        Bedrag.Uitkomst bedrag) {}
