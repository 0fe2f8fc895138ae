package nl.samenspel.samenwerking.web;

import java.util.List;

/**
 * The form "new collaboration" or "change collaboration". {@code actie} is the button: {@code opslaan} saves,
 * anything else (the search button) shows the form again with the municipalities found for {@code zoekterm}.
 * {@code regisseur} only on a new one, {@code versie} only when changing one.
 */
public record SamenwerkingFormulier(
        String actie,
        String titel,
        String omschrijving,
        List<String> gemeenten,
        String zoekterm,
        String regisseur,
        String versie) {

    public boolean opslaan() {
        return "opslaan".equals(actie);
    }
}
