package nl.samenspel.stappen.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A form with only a reason: withdrawing "discussed", unlocking the form step. */
public record RedenFormulier(@Nullable String reden) {

    public Map<String, String> waarden() {
        return Map.of("reden", reden == null ? "" : reden);
    }
}
