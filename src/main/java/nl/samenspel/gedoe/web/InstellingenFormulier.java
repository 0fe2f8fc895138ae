package nl.samenspel.gedoe.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The forum for unforeseen matters, the term and the safety-net budget on the page. */
public record InstellingenFormulier(
        @Nullable String forum,
        @Nullable String termijnDagen,
        @Nullable String vangnetBudget,
        @Nullable String versie) {

    /** What was typed, to show the form again. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("forum", forum);
        w.put("termijnDagen", termijnDagen);
        w.put("vangnetBudget", vangnetBudget);
        if (versie != null) {
            w.put("versie", versie);
        }
        return w;
    }
}
