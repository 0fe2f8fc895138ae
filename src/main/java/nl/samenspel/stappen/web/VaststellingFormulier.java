package nl.samenspel.stappen.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The form "bestuurlijk vastgesteld" on a step page: municipality, deciding body, date of the decision, its
 * reference, and {@code versie}: the step's content revision the page showed.
 */
public record VaststellingFormulier(
        @Nullable String gemeente,
        @Nullable String orgaan,
        @Nullable String datum,
        @Nullable String referentie,
        @Nullable String versie) {

    /** What was typed, to show the form again. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("gemeente", gemeente);
        w.put("orgaan", orgaan);
        w.put("datum", datum);
        w.put("referentie", referentie);
        w.put("versie", versie);
        return w;
    }
}
