package nl.samenspel.scan;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a party sends for its answers: a score per statement by its field name ({@code waarde1}; typed text, the
 * service checks it is 1 to 5), an open answer per theme, and whether to submit (final) or keep it a draft.
 */
public record AntwoordInvoer(
        Map<String, @Nullable String> scores, Map<ScanThema, @Nullable String> open, boolean indienen) {

    public AntwoordInvoer {
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
        open = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(open));
    }
}
