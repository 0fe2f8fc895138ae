package nl.samenspel.overgang;

import org.jspecify.annotations.Nullable;

/**
 * One item of the overdrachtsinventaris: a task, staff, a system, a contract or a small in-between task that moves
 * over to the shared organisation.
 *
 * @param gemeenteCode the municipality it comes from, null when not one in particular
 * @param ontdektNaStart it turned out to move only after the start, without having been foreseen
 */
public record Overdracht(
        long id,
        long samenwerkingId,
        OverdrachtSoort soort,
        String naam,
        @Nullable String omschrijving,
        @Nullable String gemeenteCode,
        boolean ontdektNaStart,
        long versie) {}
