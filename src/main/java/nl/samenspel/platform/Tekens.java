package nl.samenspel.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Which characters a text may contain. Refused: NUL and the other control characters (Unicode category Cc, so
 * U+0000–U+001F, U+007F and U+0080–U+009F) except tab, line feed and carriage return, and surrogates that are not
 * part of a pair. PostgreSQL cannot store NUL and replaces an unpaired surrogate, H2 stores both: refusing them is
 * the only way to make what is stored equal to what was sent, on both databases.
 *
 * <p>Used once for every JSON string ({@link JsonInvoer}) and for every form and query parameter
 * ({@link TekenControle}); modules do not have to check their fields themselves.
 */
public final class Tekens {

    private Tekens() {}

    /** The first refused character of a text. */
    public record Ongeldig(int positie, String code) {}

    public static Optional<Ongeldig> eersteOngeldige(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < tekst.length() && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(new Ongeldig(i + 1, code(c)));
            }
            if (Character.isLowSurrogate(c)
                    || (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')) {
                return Optional.of(new Ongeldig(i + 1, code(c)));
            }
        }
        return Optional.empty();
    }

    public static boolean toegestaan(String tekst) {
        return eersteOngeldige(tekst).isEmpty();
    }

    /** Adds the error for {@code veld} to {@code fouten} when the text holds a refused character. */
    public static void controleer(Fouten fouten, String veld, String tekst) {
        eersteOngeldige(tekst).ifPresent(o -> fouten.voeg(veld, "fout.teken", o.code(), o.positie()));
    }

    private static String code(char c) {
        return "U+" + String.format(Locale.ROOT, "%04X", (int) c);
    }
}
