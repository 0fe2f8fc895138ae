package nl.samenspel.kalender.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The board's answer to one zienswijze on the page. */
public record AntwoordFormulier(
        @Nullable String antwoord,
        @Nullable String beantwoordOp,
        @Nullable String versie) {

    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("antwoord", antwoord);
        w.put("beantwoordOp", beantwoordOp);
        if (versie != null) {
            w.put("versie", versie);
        }
        return w;
    }
}
