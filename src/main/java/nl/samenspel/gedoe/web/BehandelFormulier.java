package nl.samenspel.gedoe.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Handling a gedoe item on its page: what it is, the forum, the decision, the lesson, closing it. */
public record BehandelFormulier(
        @Nullable String titel,
        @Nullable String omschrijving,
        @Nullable String soort,
        @Nullable String forum,
        @Nullable String besluit,
        @Nullable String beslotenOp,
        @Nullable String les,
        @Nullable String afgerond,
        @Nullable String versie) {

    public boolean afronden() {
        return afgerond != null && !afgerond.isBlank();
    }

    /** What was typed, to show the form again. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("titel", titel);
        w.put("omschrijving", omschrijving);
        w.put("soort", soort);
        w.put("forum", forum);
        w.put("besluit", besluit);
        w.put("beslotenOp", beslotenOp);
        w.put("les", les);
        w.put("afgerond", afronden() ? "ja" : "");
        if (versie != null) {
            w.put("versie", versie);
        }
        return w;
    }
}
