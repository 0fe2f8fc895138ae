package nl.samenspel.verkenning;

import java.util.List;

/**
 * A position as typed (form or API), checked by {@link Verkenning}. Numbers and codes arrive as text so that
 * every wrong value gets a Dutch message instead of a parse error.
 *
 * @param gedeeld null keeps the current sharing state
 */
public record PositieInvoer(
        String watWillenWij,
        String watWillenWijNiet,
        List<BehoefteInvoer> behoeften,
        String maximumPerJaar,
        String eigenRuimte,
        Boolean gedeeld) {

    public PositieInvoer {
        behoeften = behoeften == null ? List.of() : List.copyOf(behoeften);
    }

    /** One answer as typed; {@code veld} is the field name errors are reported under. */
    public record BehoefteInvoer(String veld, String taak, String naar, String sterkte, String toelichting) {}
}
