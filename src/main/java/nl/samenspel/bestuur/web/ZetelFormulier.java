package nl.samenspel.bestuur.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A seat on the designer page (new or changed): the portfolios comma-separated, the votes as typed; {@code versie}
 * only when changing one.
 */
public record ZetelFormulier(
        @Nullable String persoon,
        @Nullable String gemeente,
        @Nullable String rol,
        @Nullable String portefeuilles,
        @Nullable String functie,
        @Nullable String stemmen,
        @Nullable String account,
        @Nullable String versie) {

    /** What was typed, to show the form again. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("persoon", persoon);
        w.put("gemeente", gemeente);
        w.put("rol", rol);
        w.put("portefeuilles", portefeuilles);
        w.put("functie", functie);
        w.put("stemmen", stemmen);
        w.put("account", account);
        if (versie != null) {
            w.put("versie", versie);
        }
        return w;
    }
}
