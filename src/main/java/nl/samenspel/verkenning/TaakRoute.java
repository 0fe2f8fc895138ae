package nl.samenspel.verkenning;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The route recorded for one task, with the reason the parties gave.
 *
 * @param kopers for INKOPEN the buying municipality codes (at least one), otherwise empty
 * @param leverancier for INKOPEN the supplying municipality code (not among the kopers), otherwise null
 * @param vehikel for INKOPEN how they buy, otherwise null
 */
public record TaakRoute(
        long taakId,
        Route route,
        List<String> kopers,
        @Nullable String leverancier,
        @Nullable Vehikel vehikel,
        String reden,
        Instant gewijzigdOp,
        String gewijzigdDoor) {

    public TaakRoute {
        Objects.requireNonNull(route, "route");
        kopers = List.copyOf(kopers);
    }
}
