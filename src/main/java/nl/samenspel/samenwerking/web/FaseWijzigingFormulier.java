package nl.samenspel.samenwerking.web;

import org.jspecify.annotations.Nullable;

/**
 * The phase form as posted: the chosen {@code fase} (a {@link nl.samenspel.samenwerking.Fase} name), the
 * {@code reden} for moving on with something missing, and the {@code versie} the page showed. All text, so a
 * tampered value reaches the domain as "no phase" or "no version" and is refused there with its own message.
 * {@code datum}: the day it happened ({@code yyyy-MM-dd}; empty = today); {@code besluitOrgaan}: who decided it
 * (a {@link nl.samenspel.samenwerking.BesluitOrgaan} name; empty = not recorded).
 * The page model of the phase block is {@link FaseFormulier}.
 */
public record FaseWijzigingFormulier(
        @Nullable String fase,
        @Nullable String reden,
        @Nullable String versie,
        @Nullable String datum,
        @Nullable String besluitOrgaan) {}
