package nl.samenspel.financien;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A financial event as typed (page) or sent (API).
 *
 * @param bedrag Dutch notation ({@code 125.000,00}), read by {@link nl.samenspel.platform.Bedrag}
 * @param bekendOp null: today
 */
public record GebeurtenisInvoer(
        @Nullable FinancieleSoort soort,
        @Nullable Integer jaar,
        @Nullable String bedrag,
        @Nullable LocalDate bekendOp,
        @Nullable String omschrijving) {}
