package nl.samenspel.regeling.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The forms of the regeling page (plain posts, without JavaScript). */
final class RegelingFormulieren {

    private RegelingFormulieren() {}

    /**
     * Marking one checklist item: {@code actie} GEREGELD, AFGEWOGEN or ONGEDAAN, the reference (or reason), and the
     * version the page showed.
     */
    record OnderdeelFormulier(
            @Nullable String actie,
            @Nullable String verwijzing,
            @Nullable String versie) {}

    /** A raad's decision: municipality, kind, day, document, link, version. */
    record RaadsbesluitFormulier(
            @Nullable String gemeente,
            @Nullable String soort,
            @Nullable String datum,
            @Nullable String document,
            @Nullable String url,
            @Nullable String versie) {

        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            w.put("gemeente", gemeente);
            w.put("soort", soort);
            w.put("datum", datum);
            w.put("document", document);
            w.put("url", url);
            return w;
        }
    }

    /** Removing a raad's decision recorded by mistake. */
    record WisFormulier(
            @Nullable String gemeente,
            @Nullable String soort,
            @Nullable String versie) {}

    /** The day the draft went to the raden. */
    record OntwerpFormulier(
            @Nullable String datum, @Nullable String versie) {}
}
