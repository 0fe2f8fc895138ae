package nl.samenspel.audit;

import org.jspecify.annotations.Nullable;

/** One changed field: its value before and after (null when absent), as text. */
public record Wijziging(
        String veld, @Nullable String voor, @Nullable String na) {}
