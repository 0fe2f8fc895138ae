package nl.samenspel.samenwerking.web;

import org.jspecify.annotations.Nullable;

/**
 * The phase form as posted: the chosen {@code fase} (a {@link nl.samenspel.samenwerking.Fase} name), the
 * {@code reden} for moving on with something missing, and the {@code versie} the page showed. All text, so a
 * tampered value reaches the domain as "no phase" or "no version" and is refused there with its own message.
 * The page model of the phase block is {@link FaseFormulier}.
 */
public record FaseWijzigingFormulier(
        @Nullable String fase,
        @Nullable String reden,
        @Nullable String versie) {}
