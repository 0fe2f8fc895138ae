package nl.samenspel.stappen.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The step "hoe": how the partners will work together, with the version the user saw. */
public record WerkwijzeFormulier(
        @Nullable String wieDoetWat,
        @Nullable String afsprakenMaken,
        @Nullable String levering,
        @Nullable String sturing,
        @Nullable String bijsturing,
        @Nullable String versie) {

    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("wieDoetWat", wieDoetWat);
        w.put("afsprakenMaken", afsprakenMaken);
        w.put("levering", levering);
        w.put("sturing", sturing);
        w.put("bijsturing", bijsturing);
        w.put("versie", versie);
        return w;
    }
}
