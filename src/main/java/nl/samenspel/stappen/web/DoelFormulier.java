package nl.samenspel.stappen.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A new goal, wish or concern in the step "wat". */
public record DoelFormulier(
        @Nullable String soort,
        @Nullable String tekst,
        @Nullable String bronGemeente) {

    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("soort", soort);
        w.put("tekst", tekst);
        w.put("bronGemeente", bronGemeente);
        return w;
    }
}
