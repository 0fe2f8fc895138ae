package nl.samenspel.overgang.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A measure (new or changed); {@code bedrag} in Dutch notation, {@code versie} only when changing one. */
public record MaatregelFormulier(
        @Nullable String soort,
        @Nullable String omschrijving,
        @Nullable String jaar,
        @Nullable String bedrag,
        @Nullable String versie) {

    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("soort", soort);
        w.put("omschrijving", omschrijving);
        w.put("jaar", jaar);
        w.put("bedrag", bedrag);
        w.put("versie", versie);
        return w;
    }
}
