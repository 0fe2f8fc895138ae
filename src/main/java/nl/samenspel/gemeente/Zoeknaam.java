package nl.samenspel.gemeente;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Folds a name for searching: no accents, no case, every other character than a letter or digit
 * as a space ('s-Gravenhage → "s gravenhage", Fryslân → "fryslan", Bergen (NH.) → "bergen nh").
 * Because only a-z, 0-9 and single spaces remain, a folded search term is safe inside a LIKE
 * pattern: {@code %} and {@code _} typed by a user are not wildcards.
 */
final class Zoeknaam {

    /** Longest folded name we store (column naam_zoek); a longer search term cannot match anything. */
    static final int MAX = 100;

    private Zoeknaam() {}

    static String van(@Nullable String naam) {
        if (naam == null) {
            return "";
        }
        // NFKD also splits ligatures such as the Dutch ĳ into "ij".
        String zonderAccenten = Normalizer.normalize(naam, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return zonderAccenten
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
    }
}
