package nl.samenspel.gemeente;

import java.text.Normalizer;
import java.util.Locale;

/** Folds a name for searching: no accents, no case, apostrophes and hyphens as spaces ('s-Gravenhage, Fryslân). */
final class Zoeknaam {

    private Zoeknaam() {}

    static String van(String naam) {
        if (naam == null) {
            return "";
        }
        String zonderAccenten = Normalizer.normalize(naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return zonderAccenten.toLowerCase(Locale.ROOT).replaceAll("['\u2019\\-.()]", " ").replaceAll("\\s+", " ").trim();
    }
}
