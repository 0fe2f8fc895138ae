package nl.samenspel.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One order for the access rules of all modules that does not depend on the order of the modules (no global
 * {@code @Order} across modules): the first matching rule decides, so the most specific pattern comes first
 * (Spring's {@link PathPattern#SPECIFICITY_COMPARATOR}), a rule for one method before one for every method, then
 * alphabetically. Two rules for the same method and pattern with a different access are a mistake: start-up fails.
 */
final class RegelVolgorde {

    static final Comparator<Toegang> SPECIFIEK_EERST = Comparator.comparing(
                    (Toegang t) -> PathPatternParser.defaultInstance.parse(t.patroon()),
                    PathPattern.SPECIFICITY_COMPARATOR)
            .thenComparing(t -> t.methode() == null)
            .thenComparing(Toegang::patroon)
            .thenComparing(t -> t.methode() == null ? "" : t.methode().name());

    private RegelVolgorde() {}

    static List<Toegang> sorteer(Collection<Toegang> regels) {
        Map<String, Toegang> gezien = new HashMap<>();
        for (Toegang t : regels) {
            String sleutel = (t.methode() == null ? "*" : t.methode().name()) + " " + t.patroon();
            Toegang eerder = gezien.putIfAbsent(sleutel, t);
            if (eerder != null
                    && (eerder.soort() != t.soort() || !eerder.rollen().equals(t.rollen()))) {
                throw new IllegalStateException("two access rules for " + sleutel + ": " + eerder + " and " + t);
            }
        }
        List<Toegang> gesorteerd = new ArrayList<>(regels);
        gesorteerd.sort(SPECIFIEK_EERST);
        return gesorteerd;
    }
}
