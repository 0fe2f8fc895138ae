package nl.samenspel.stappen.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A new item in the step "vanzelfdynamiek": a known behaviour or one of the partners' own. */
public record DynamiekFormulier(
        @Nullable String gedrag,
        @Nullable String eigenNaam,
        @Nullable String botsing,
        @Nullable String omgang) {

    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("gedrag", gedrag);
        w.put("eigenNaam", eigenNaam);
        w.put("botsing", botsing);
        w.put("omgang", omgang);
        return w;
    }
}
