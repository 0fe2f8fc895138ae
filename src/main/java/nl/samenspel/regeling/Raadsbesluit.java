package nl.samenspel.regeling;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A raad's decision for its own municipality on the regeling: which, on which day, documented in {@code document}
 * (a title or number) with optionally a link ({@code url}, kept as text); recorded by {@code door} at {@code op}.
 */
public record Raadsbesluit(
        String gemeenteCode,
        RaadsbesluitSoort soort,
        LocalDate datum,
        String document,
        @Nullable String url,
        String door,
        Instant op) {}
