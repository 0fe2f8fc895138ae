package nl.samenspel.overgang;

import org.jspecify.annotations.Nullable;

/** What is sent for an inventory item; {@code gemeente} a participating municipality's code, or blank. */
public record OverdrachtInvoer(
        @Nullable OverdrachtSoort soort,
        @Nullable String naam,
        @Nullable String omschrijving,
        @Nullable String gemeente,
        boolean ontdektNaStart) {}
