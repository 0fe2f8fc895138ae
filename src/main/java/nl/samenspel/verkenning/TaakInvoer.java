package nl.samenspel.verkenning;

import org.jspecify.annotations.Nullable;

/** A task as typed; {@code taakveld} is "jaar:code" or just a code (then the list valid now is meant). */
public record TaakInvoer(
        @Nullable String naam,
        @Nullable String omschrijving,
        @Nullable String taakveld) {}
