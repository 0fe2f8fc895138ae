package nl.samenspel.stappen;

import org.jspecify.annotations.Nullable;

/** A chosen catalogue behaviour ({@code gedrag}) or an own one ({@code eigenNaam}), with clash and way of coping. */
public record Dynamiek(
        long id,
        @Nullable Gedrag gedrag,
        @Nullable String eigenNaam,
        @Nullable String botsing,
        @Nullable String omgang,
        long versie) {}
