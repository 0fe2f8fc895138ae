package nl.samenspel.overgang;

import org.jspecify.annotations.Nullable;

/** What is sent for an expectation; {@code volgendeToets} as {@code yyyy-MM-dd} or blank. */
public record VerwachtingInvoer(
        @Nullable Belanghebbende groep,
        @Nullable String verwachting,
        @Nullable String communicatie,
        @Nullable String volgendeToets) {}
