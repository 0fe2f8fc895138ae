package nl.samenspel.scan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a user sends for an action of the action plan; the service checks it. */
public record ActieInvoer(
        @Nullable String omschrijving,
        @Nullable String eigenaar,
        @Nullable LocalDate deadline,
        @Nullable LocalDate afgerond) {}
