package nl.samenspel.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Validation errors per field, as message keys with arguments; the same errors feed a form
 * (next to the field) and the API (problem+json {@code invalidParams}).
 */
public final class Fouten {

    public static final int MAX_KORT = 200;
    public static final int MAX_LANG = 10_000;

    public record Fout(String veld, String sleutel, List<Object> argumenten) {}

    private final Map<String, Fout> perVeld = new LinkedHashMap<>();

    public Fouten voeg(String veld, String sleutel, Object... argumenten) {
        perVeld.putIfAbsent(veld, new Fout(veld, sleutel, List.of(argumenten)));
        return this;
    }

    /** Required, trimmed text of at most {@code max} characters. */
    public Fouten tekst(String veld, @Nullable String waarde, int max) {
        if (waarde == null || waarde.isBlank()) {
            return voeg(veld, "fout.verplicht");
        }
        return optioneleTekst(veld, waarde, max);
    }

    public Fouten optioneleTekst(String veld, @Nullable String waarde, int max) {
        if (waarde != null && waarde.length() > max) {
            voeg(veld, "fout.te-lang", max);
        }
        return this;
    }

    public boolean heeft(String veld) {
        return perVeld.containsKey(veld);
    }

    public @Nullable Fout van(String veld) {
        return perVeld.get(veld);
    }

    public boolean leeg() {
        return perVeld.isEmpty();
    }

    public List<Fout> alle() {
        return Collections.unmodifiableList(new ArrayList<>(perVeld.values()));
    }

    public void gooiAlsNietLeeg() {
        if (!leeg()) {
            throw new OngeldigeInvoerException(this);
        }
    }
}
