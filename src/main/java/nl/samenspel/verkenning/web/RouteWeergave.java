package nl.samenspel.verkenning.web;

import org.jspecify.annotations.Nullable;

/**
 * The route of one task as the pages show it, already in Dutch.
 *
 * @param gekozen true when the regisseur recorded it; false when this is the analysis's advice (the default)
 * @param route the route's name, or null when there is no advice yet either
 * @param details for INKOPEN: who buys from whom (and how, when chosen); otherwise null
 * @param reden the reason, only for a chosen route
 * @param vastgelegd who recorded it and when, only for a chosen route
 */
public record RouteWeergave(
        boolean gekozen,
        @Nullable String route,
        @Nullable String details,
        @Nullable String reden,
        @Nullable String vastgelegd) {}
