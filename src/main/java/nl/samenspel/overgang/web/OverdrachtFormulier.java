package nl.samenspel.overgang.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An inventory item (new or changed); {@code ontdektNaStart} is a checkbox (absent: not checked). */
public record OverdrachtFormulier(
        @Nullable String soort,
        @Nullable String naam,
        @Nullable String omschrijving,
        @Nullable String gemeente,
        @Nullable String ontdektNaStart,
        @Nullable String versie) {

    public boolean ontdekt() {
        return ontdektNaStart != null && !ontdektNaStart.isBlank();
    }

    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("soort", soort);
        w.put("naam", naam);
        w.put("omschrijving", omschrijving);
        w.put("gemeente", gemeente == null ? "" : gemeente);
        w.put("ontdektNaStart", ontdekt() ? "ja" : "nee");
        w.put("versie", versie);
        return w;
    }
}
