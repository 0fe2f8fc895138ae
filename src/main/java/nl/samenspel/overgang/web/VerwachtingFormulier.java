package nl.samenspel.overgang.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An expectation (new or changed); {@code volgendeToets} as a date field sends it. */
public record VerwachtingFormulier(
        @Nullable String groep,
        @Nullable String verwachting,
        @Nullable String communicatie,
        @Nullable String volgendeToets,
        @Nullable String versie) {

    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("groep", groep);
        w.put("verwachting", verwachting);
        w.put("communicatie", communicatie);
        w.put("volgendeToets", volgendeToets);
        w.put("versie", versie);
        return w;
    }
}
