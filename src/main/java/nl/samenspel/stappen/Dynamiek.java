package nl.samenspel.stappen;

/** A chosen catalogue behaviour ({@code gedrag}) or an own one ({@code eigenNaam}), with clash and way of coping. */
public record Dynamiek(long id, Gedrag gedrag, String eigenNaam, String botsing, String omgang, long versie) {}
