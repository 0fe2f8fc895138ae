package nl.samenspel.samenwerking.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The form "new collaboration" or "change collaboration". {@code actie} is the button: {@code opslaan} saves,
 * anything else (the search button) shows the form again with the municipalities found for {@code zoekterm}.
 * {@code regisseur} only on a new one, {@code versie} and {@code opvolger} (the successor's id, empty for none; issue 13) only when changing one.
 */
public record SamenwerkingFormulier(
        @Nullable String actie,
        @Nullable String titel,
        @Nullable String omschrijving,
        @Nullable List<String> gemeenten,
        @Nullable String zoekterm,
        @Nullable String regisseur,
        @Nullable String versie,
        @Nullable String opvolger) {

    public boolean opslaan() {
        return "opslaan".equals(actie);
    }
}
