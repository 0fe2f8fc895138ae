package nl.samenspel.gedoe.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A draw on the safety net on the page. */
public record GebruikFormulier(
        @Nullable String datum,
        @Nullable String bedrag,
        @Nullable String waarvoor,
        @Nullable String gedoe) {

    /** What was typed, to show the form again. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("datum", datum);
        w.put("bedrag", bedrag);
        w.put("waarvoor", waarvoor);
        w.put("gedoe", gedoe);
        return w;
    }
}
