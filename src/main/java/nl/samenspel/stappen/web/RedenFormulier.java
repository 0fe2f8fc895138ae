package nl.samenspel.stappen.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A form with a reason: withdrawing "discussed", unlocking the form step. Unlocking also sends the day it was
 * decided ({@code datum}, empty = today) and who decided it ({@code besluitOrgaan}, optional). The regisseur's
 * withdrawal of a mark recorded on a party's behalf sends that party ({@code gemeente}).
 */
public record RedenFormulier(
        @Nullable String reden,
        @Nullable String datum,
        @Nullable String besluitOrgaan,
        @Nullable String gemeente) {

    public Map<String, String> waarden() {
        return Map.of(
                "reden",
                reden == null ? "" : reden,
                "datum",
                datum == null ? "" : datum,
                "besluitOrgaan",
                besluitOrgaan == null ? "" : besluitOrgaan);
    }
}
