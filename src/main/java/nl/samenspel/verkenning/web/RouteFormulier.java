package nl.samenspel.verkenning.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The route form of one task, as typed; {@code kopers} are the ticked municipality codes. */
public record RouteFormulier(
        @Nullable String route,
        @Nullable List<String> kopers,
        @Nullable String leverancier,
        @Nullable String vehikel,
        @Nullable String reden,
        @Nullable String versie) {}
