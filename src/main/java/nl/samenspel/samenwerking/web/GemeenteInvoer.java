package nl.samenspel.samenwerking.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.gemeente.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * The municipalities as a form or a client sent them, read into codes at the web boundary: blanks dropped,
 * each code once in the order given; what is no code at all is kept as typed (upper case) so the domain can
 * name it with the unknown codes.
 */
record GemeenteInvoer(List<GemeenteCode> codes, List<String> onleesbaar) {

    static GemeenteInvoer lees(@Nullable List<? extends @Nullable String> invoer) {
        Set<GemeenteCode> codes = new LinkedHashSet<>();
        Set<String> onleesbaar = new LinkedHashSet<>();
        for (String tekst : invoer == null ? List.<String>of() : invoer) {
            if (tekst == null || tekst.isBlank()) {
                continue;
            }
            Optional<GemeenteCode> code = GemeenteCode.lees(tekst);
            if (code.isPresent()) {
                codes.add(code.get());
            } else {
                onleesbaar.add(tekst.strip().toUpperCase(Locale.ROOT));
            }
        }
        return new GemeenteInvoer(new ArrayList<>(codes), new ArrayList<>(onleesbaar));
    }
}
