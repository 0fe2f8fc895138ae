package nl.samenspel.stappen.web;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The form "postpone a subject" on the steps overview. */
public record UitstelFormulier(
        @Nullable String onderwerp,
        @Nullable String reden,
        @Nullable String datum) {

    /** What was typed, to show the form again. */
    public Map<String, String> waarden() {
        Map<String, String> w = new HashMap<>();
        w.put("onderwerp", onderwerp);
        w.put("reden", reden);
        w.put("datum", datum);
        return w;
    }
}
