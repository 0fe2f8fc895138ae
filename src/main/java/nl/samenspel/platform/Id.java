package nl.samenspel.platform;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The id of a stored item, as it arrives from a form field or a JSON value: a positive whole number written in
 * ASCII digits. Self-validating: {@link #lees} accepts nothing else (no sign, no spaces inside, no other scripts'
 * digits that {@link Long#valueOf} would take), so "taak": "+7" or "٧" is reported as unknown, never parsed.
 */
public record Id(long waarde) {

    public Id {
        if (waarde <= 0) {
            throw new IllegalArgumentException("geen id: " + waarde);
        }
    }

    /** Text as sent (surrounding spaces are fine); empty when it is no id. */
    public static Optional<Id> lees(@Nullable String invoer) {
        if (invoer == null) {
            return Optional.empty();
        }
        String tekst = invoer.strip();
        if (!tekst.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(new Id(Long.parseLong(tekst)));
    }

    @Override
    public String toString() {
        return Long.toString(waarde);
    }
}
