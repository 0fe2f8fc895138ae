package nl.samenspel.gemeente;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A municipality code as CBS writes it: {@code GM} and four digits ({@code GM0344}). Self-validating: an instance
 * always has that form, so code that holds one need not check it again. Whether such a municipality exists is
 * {@link Gemeenten}' question.
 */
public record GemeenteCode(String waarde) {

    private static final Pattern CBS = Pattern.compile("GM[0-9]{4}");

    public GemeenteCode {
        if (waarde == null || !CBS.matcher(waarde).matches()) {
            throw new IllegalArgumentException("geen CBS-gemeentecode: " + waarde);
        }
    }

    /** Input as a user or client types it: surrounding spaces and lower case are fine; empty when it is no code. */
    public static Optional<GemeenteCode> lees(String invoer) {
        if (invoer == null) {
            return Optional.empty();
        }
        String code = invoer.strip().toUpperCase(Locale.ROOT);
        return CBS.matcher(code).matches() ? Optional.of(new GemeenteCode(code)) : Optional.empty();
    }

    @Override
    public String toString() {
        return waarde;
    }
}
