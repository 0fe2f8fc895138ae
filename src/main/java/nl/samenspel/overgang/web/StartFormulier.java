package nl.samenspel.overgang.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The formal start and the transition period on the overgang page; dates as a date field sends them. */
public record StartFormulier(
        @Nullable String start,
        @Nullable String transitieStart,
        @Nullable String transitieEind,
        @Nullable String toelichting,
        @Nullable String versie) {

    /** What was typed, to show the form again. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("start", start);
        w.put("transitieStart", transitieStart);
        w.put("transitieEind", transitieEind);
        w.put("toelichting", toelichting);
        w.put("versie", versie);
        return w;
    }
}
