package nl.samenspel.gedoe;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A new gedoe item as typed.
 *
 * @param gemeldOp the day it came up; null: today (never later than today)
 * @param gemeente for the regisseur only: the participating municipality it came from; blank: the shared
 *     organisation. Others raise it for their own municipality (or, as an uitvoerder, for the shared organisation).
 */
public record GedoeInvoer(
        @Nullable String titel,
        @Nullable String omschrijving,
        @Nullable GedoeSoort soort,
        @Nullable LocalDate gemeldOp,
        @Nullable String gemeente) {}
