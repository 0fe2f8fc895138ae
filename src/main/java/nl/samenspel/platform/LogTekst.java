package nl.samenspel.platform;

import org.jspecify.annotations.Nullable;

/**
 * Makes user input safe for a log line: control characters (CR and LF included) and the other characters that can
 * break or fake a line are written as escapes ({@code \n}, {@code \r}, {@code \t}, {@code \\u0000}), and a
 * backslash as {@code \\}, so one log call is always exactly one line and the original is recoverable.
 */
public final class LogTekst {

    private LogTekst() {}

    public static String veilig(@Nullable String tekst) {
        if (tekst == null) {
            return "null";
        }
        StringBuilder uit = new StringBuilder(tekst.length() + 8);
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '\\' -> uit.append("\\\\");
                case '\n' -> uit.append("\\n");
                case '\r' -> uit.append("\\r");
                case '\t' -> uit.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || ongepaard(tekst, i)) {
                        uit.append(String.format("\\u%04x", (int) c));
                    } else {
                        uit.append(c);
                    }
                }
            }
        }
        return uit.toString();
    }

    /** A surrogate without its partner, which no log reader can show. */
    private static boolean ongepaard(String tekst, int i) {
        char c = tekst.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= tekst.length() || !Character.isLowSurrogate(tekst.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(tekst.charAt(i - 1)));
    }
}
