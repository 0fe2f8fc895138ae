package nl.samenspel.overgang;

import org.jspecify.annotations.Nullable;

/**
 * What is sent for the start: dates as {@code yyyy-MM-dd} (blank: none); the transition period needs both its start
 * and its end.
 */
public record StartInvoer(
        @Nullable String start,
        @Nullable String transitieStart,
        @Nullable String transitieEind,
        @Nullable String toelichting) {}
