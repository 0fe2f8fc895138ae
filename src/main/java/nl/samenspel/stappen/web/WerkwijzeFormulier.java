package nl.samenspel.stappen.web;

import java.util.HashMap;
import java.util.Map;

/** The step "hoe": how the partners will work together, with the version the user saw. */
public record WerkwijzeFormulier(
        String wieDoetWat, String afsprakenMaken, String levering, String sturing, String bijsturing, String versie) {

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
