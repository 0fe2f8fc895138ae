package nl.samenspel.verkenning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The route the analysis advises for one task: the default while the parties have recorded none.
 *
 * @param route null while answers are missing (no advice yet)
 * @param kopers for INKOPEN with one clear supplier (pattern LEVERANCIER): the parties that buy; otherwise empty
 * @param leverancier for INKOPEN with one clear supplier: that party; otherwise null
 */
public record RouteAdvies(
        @Nullable Route route,
        List<Partij> kopers,
        @Nullable Partij leverancier) {

    public RouteAdvies {
        kopers = List.copyOf(kopers);
    }

    /**
     * From the task's pattern: a group that needs each other advises SAMENWERKEN, one supplier advises INKOPEN,
     * nobody needing anybody advises NIET_SAMEN; a mixed task advises SAMENWERKEN when some pair needs each other
     * and INKOPEN otherwise.
     */
    public static RouteAdvies van(TaakAnalyse t) {
        Samenvatting s = t.samenvatting();
        return switch (s.patroon()) {
            case GROEP -> new RouteAdvies(Route.SAMENWERKEN, List.of(), null);
            case LEVERANCIER -> new RouteAdvies(Route.INKOPEN, s.kopers(), s.leverancier());
            case GEEN_SAMENWERKING -> new RouteAdvies(Route.NIET_SAMEN, List.of(), null);
            case GEMENGD ->
                new RouteAdvies(
                        t.paren().stream().anyMatch(p -> p.classificatie() == Classificatie.WEDERZIJDS)
                                ? Route.SAMENWERKEN
                                : Route.INKOPEN,
                        List.of(),
                        null);
            case ONVOLLEDIG, TE_WEINIG_PARTIJEN -> new RouteAdvies(null, List.of(), null);
        };
    }
}
