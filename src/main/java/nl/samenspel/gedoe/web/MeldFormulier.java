package nl.samenspel.gedoe.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A new gedoe item on the page; {@code gemeente} only in the regisseur's form. */
public record MeldFormulier(
        @Nullable String titel,
        @Nullable String omschrijving,
        @Nullable String soort,
        @Nullable String gemeldOp,
        @Nullable String gemeente) {

    /** What was typed, to show the form again. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("titel", titel);
        w.put("omschrijving", omschrijving);
        w.put("soort", soort);
        w.put("gemeldOp", gemeldOp);
        w.put("gemeente", gemeente);
        return w;
    }
}
