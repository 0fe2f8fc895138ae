package nl.samenspel.toets.web;

import org.jspecify.annotations.Nullable;

/** Acknowledging one finding of the check ({@code controle} and {@code onderwerp} name it) with a reason. */
public record ErkenningFormulier(
        @Nullable String controle,
        @Nullable String onderwerp,
        @Nullable String reden) {}
