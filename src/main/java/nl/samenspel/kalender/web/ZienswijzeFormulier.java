package nl.samenspel.kalender.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A raad's zienswijze on the page; {@code wijziging} empty: the draft budget. */
public record ZienswijzeFormulier(
        @Nullable String gemeente,
        @Nullable String wijziging,
        @Nullable String ingediendOp,
        @Nullable String inhoud) {

    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("gemeente", gemeente);
        w.put("wijziging", wijziging);
        w.put("ingediendOp", ingediendOp);
        w.put("inhoud", inhoud);
        return w;
    }
}
