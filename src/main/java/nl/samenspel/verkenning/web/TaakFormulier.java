package nl.samenspel.verkenning.web;

/** A task of the collaboration, new or changed; {@code versie} only when changing one. */
public record TaakFormulier(String naam, String omschrijving, String taakveld, String versie) {}
