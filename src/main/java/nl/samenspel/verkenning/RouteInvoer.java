package nl.samenspel.verkenning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A route as typed or sent: codes and names as text, checked by {@link Verkenning#legRouteVast}. */
public record RouteInvoer(
        @Nullable String route,
        List<String> kopers,
        @Nullable String leverancier,
        @Nullable String vehikel,
        @Nullable String reden) {

    public RouteInvoer {
        kopers = List.copyOf(kopers);
    }
}
