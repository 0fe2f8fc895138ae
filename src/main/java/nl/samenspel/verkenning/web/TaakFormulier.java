package nl.samenspel.verkenning.web;

import org.jspecify.annotations.Nullable;

/** A task of the collaboration, new or changed; {@code versie} only when changing one. */
public record TaakFormulier(
        @Nullable String naam,
        @Nullable String omschrijving,
        @Nullable String taakveld,
        @Nullable String versie) {}
