package nl.samenspel.evaluatie;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a user sends for a follow-up action; the service checks it. */
public record ActieInvoer(
        @Nullable String omschrijving,
        @Nullable String eigenaar,
        @Nullable LocalDate deadline,
        @Nullable LocalDate afgerond) {}
