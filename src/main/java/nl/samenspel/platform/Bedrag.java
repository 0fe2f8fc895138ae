package nl.samenspel.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount in euros: the one place where amounts are read from what a person typed and written for a person to
 * read. Stored amounts have two decimals and at most {@value #MAX_CIJFERS} digits before the comma (the columns are
 * {@code DECIMAL(15, 2)}).
 *
 * <h2>Reading (Dutch notation)</h2>
 * <ul>
 * <li>A comma is the decimal separator, a point separates thousands: {@code 150.000} is one hundred and fifty
 * thousand, {@code 150.000,50} has fifty cents, {@code 150000} and {@code 150000,5} are fine too.</li>
 * <li>Optional: a euro sign ({@code €} or {@code EUR}) before or after the number, spaces around it, and
 * {@code ,-} or {@code ,--} for whole euros ({@code 150.000,-}).</li>
 * <li>Thousands points must stand between groups of exactly three digits ({@code 1.500.000}); any other point is
 * refused rather than guessed: {@code 1.5} or {@code 150.00} look like an English decimal point, and whether
 * {@code 1.50} means one euro fifty or is a typo cannot be known. The message shows the Dutch way to write it.</li>
 * <li>At most two digits after the comma. {@code 150,000} is refused: in Dutch it would be 150 euros with three
 * decimals, but it is most likely meant as the English 150 thousand. Refusing is the only safe reading.</li>
 * <li>No sign, exponent, letters or other separators; a minus is refused with its own message.</li>
 * </ul>
 * Nothing is rounded: an amount that cannot be stored exactly is refused, never changed.
 *
 * <h2>Writing</h2>
 * {@link #formatteer(BigDecimal)} gives {@code € 150.000,00}; {@link #invoerTekst(BigDecimal)} gives
 * {@code 150.000,00} for a form field, which {@link #lees(String)} reads back unchanged.
 */
public final class Bedrag {

    /** Digits before the decimal comma that fit the columns. */
    public static final int MAX_CIJFERS = 13;

    private static final Pattern EURO_VOOR = Pattern.compile("^(?:\u20ac|EUR)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EURO_NA = Pattern.compile("\\s*(?:\u20ac|EUR)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GEHEEL_MET_PUNTEN = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern GEHEEL = Pattern.compile("\\d+");
    private static final Pattern CENTEN = Pattern.compile("\\d{1,2}");

    private Bedrag() {}

    /**
     * The result of reading: either an amount (scale 2) or the message key of the reason it was refused.
     * The typed text itself is kept by the caller, so that the form can show it again.
     */
    public record Uitkomst(
            @Nullable BigDecimal bedrag, @Nullable String foutSleutel) {

        static Uitkomst goed(@Nullable BigDecimal bedrag) {
            return new Uitkomst(bedrag, null);
        }

        static Uitkomst fout(String sleutel) {
            return new Uitkomst(null, sleutel);
        }

        public boolean gelukt() {
            return foutSleutel == null;
        }
    }

    /** Reads an amount as typed; blank text gives an empty success ({@code bedrag() == null}). */
    public static Uitkomst lees(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Uitkomst.goed(null);
        }
        String t = tekst.replace('\u00a0', ' ').strip();
        if (t.length() > 40) {
            return Uitkomst.fout("bedrag.fout.ongeldig");
        }
        t = EURO_VOOR.matcher(t).replaceFirst("");
        t = EURO_NA.matcher(t).replaceFirst("");
        if (t.startsWith("-") || t.startsWith("\u2212")) {
            return Uitkomst.fout("bedrag.fout.negatief");
        }
        if (t.endsWith(",-") || t.endsWith(",--")) {
            t = t.substring(0, t.indexOf(",-")) + ",00";
        }
        int komma = t.indexOf(',');
        if (komma != t.lastIndexOf(',')) {
            return Uitkomst.fout("bedrag.fout.ongeldig");
        }
        String geheel = komma < 0 ? t : t.substring(0, komma);
        String centen = komma < 0 ? "" : t.substring(komma + 1);
        if (komma >= 0 && !CENTEN.matcher(centen).matches()) {
            return Uitkomst.fout(GEHEEL.matcher(centen).matches() ? "bedrag.fout.centen" : "bedrag.fout.ongeldig");
        }
        if (GEHEEL_MET_PUNTEN.matcher(geheel).matches()) {
            geheel = geheel.replace(".", "");
        } else if (!GEHEEL.matcher(geheel).matches()) {
            return Uitkomst.fout(
                    geheel.contains(".") && Pattern.matches("[\\d.]+", geheel)
                            ? "bedrag.fout.punt"
                            : "bedrag.fout.ongeldig");
        }
        return van(new BigDecimal(geheel + (centen.isEmpty() ? "" : "." + centen)));
    }

    /**
     * Checks an amount that arrived as a number (the API): at most two decimals and {@value #MAX_CIJFERS} digits
     * before them, without ever rounding. Cheap for any size ({@code 1e-400}, {@code 1e400}).
     */
    public static Uitkomst van(@Nullable BigDecimal getal) {
        if (getal == null) {
            return Uitkomst.goed(null);
        }
        if (getal.signum() < 0) {
            return Uitkomst.fout("bedrag.fout.negatief");
        }
        if (getal.signum() == 0) {
            return Uitkomst.goed(BigDecimal.ZERO.setScale(2));
        }
        BigDecimal kaal = getal.stripTrailingZeros();
        if (kaal.scale() > 2) {
            return Uitkomst.fout("bedrag.fout.centen");
        }
        if ((long) kaal.precision() - kaal.scale() > MAX_CIJFERS) {
            return Uitkomst.fout("bedrag.fout.te-groot");
        }
        return Uitkomst.goed(kaal.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** For reading: {@code € 150.000,00}. */
    public static String formatteer(@Nullable BigDecimal bedrag) {
        return bedrag == null ? "" : "\u20ac " + invoerTekst(bedrag);
    }

    /** For a form field: {@code 150.000,00}, which {@link #lees(String)} reads back as the same amount. */
    public static String invoerTekst(@Nullable BigDecimal bedrag) {
        if (bedrag == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Teksten.NL));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(bedrag);
    }
}
