package nl.samenspel.bestuur.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A body on the designer page (new or changed); {@code bedient} is the municipality an account meeting serves,
 * {@code versie} only when changing one.
 */
public record OrgaanFormulier(
        @Nullable String naam,
        @Nullable String lijn,
        @Nullable String soort,
        @Nullable String bedient,
        @Nullable String versie) {

    /** What was typed, to show the form again. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("naam", naam);
        w.put("lijn", lijn);
        w.put("soort", soort);
        w.put("bedient", bedient);
        if (versie != null) {
            w.put("versie", versie);
        }
        return w;
    }
}
