package nl.samenspel.regeling.web;

import java.util.Map;
import nl.samenspel.platform.Fouten;
import org.jspecify.annotations.Nullable;

/**
 * What the regeling page shows besides the content: a message, and after a refused post the errors, for which form
 * ({@code formulier}: {@code onderdeel-<NAME>}, {@code ontwerp} or {@code raadsbesluit}) and what was typed.
 */
public record RegelingTerug(
        @Nullable String melding,
        String meldingSoort,
        @Nullable Fouten fouten,
        @Nullable String formulier,
        Map<String, String> waarden) {

    public RegelingTerug {
        waarden = new java.util.HashMap<>(waarden);
    }

    static RegelingTerug niets(@Nullable String melding) {
        return new RegelingTerug(melding, "ok", null, null, Map.of());
    }

    RegelingTerug metSoort(String soort) {
        return new RegelingTerug(melding, soort, fouten, formulier, waarden);
    }

    /** The errors when they belong to this form, else none. */
    public @Nullable Fouten fouten(String voor) {
        return voor.equals(formulier) ? fouten : null;
    }

    /** What was typed in this form, when it was the one refused. */
    public @Nullable String waarde(String voor, String veld) {
        return voor.equals(formulier) ? waarden.get(veld) : null;
    }
}
