package nl.samenspel.bestuur;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Which portfolios are about the organisation rather than the content of the task (rule 2): finance, business
 * operations, personnel and the like. An administrator with only such portfolios can supervise the shared
 * organisation without also being its client; anything else counts as a content portfolio ({@code inhoudelijk}).
 * The one place for this list; {@code PortefeuillesTest} pins it.
 */
public final class Portefeuilles {

    /** Normalised (lower case, single spaces) names of portfolios that are not content. */
    static final Set<String> NIET_INHOUDELIJK = Set.of(
            "financiën",
            "financien",
            "financiële zaken",
            "financiele zaken",
            "financieel beleid",
            "bedrijfsvoering",
            "p&o",
            "p & o",
            "personeel en organisatie",
            "personeel & organisatie",
            "personeelszaken",
            "personeel",
            "hrm",
            "organisatie",
            "middelen",
            "control",
            "planning en control",
            "informatievoorziening",
            "ict",
            "facilitaire zaken",
            "inkoop",
            "juridische zaken");

    private Portefeuilles() {}

    /** Lower case, spacing collapsed, trimmed. */
    public static String normaliseer(String tekst) {
        return tekst.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Whether this one portfolio is about content (not finance, business operations or personnel). */
    public static boolean inhoudelijk(String portefeuille) {
        return !NIET_INHOUDELIJK.contains(normaliseer(portefeuille));
    }

    /** An administrative seat with at least one content portfolio. */
    public static boolean inhoudelijk(ZetelRol rol, Collection<String> portefeuilles) {
        return rol == ZetelRol.BESTUURLIJK && portefeuilles.stream().anyMatch(Portefeuilles::inhoudelijk);
    }
}
