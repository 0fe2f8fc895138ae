package nl.samenspel.verkenning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A position as typed (form or API), checked by {@link Verkenning}. Numbers and codes arrive as text so that
 * every wrong value gets a Dutch message instead of a parse error.
 *
 * @param gedeeld null keeps the current sharing state
 */
public record PositieInvoer(
        @Nullable String watWillenWij,
        @Nullable String watWillenWijNiet,
        List<BehoefteInvoer> behoeften,
        @Nullable String maximumPerJaar,
        @Nullable String eigenRuimte,
        @Nullable Boolean gedeeld) {

    public PositieInvoer {
        behoeften = behoeften == null ? List.of() : List.copyOf(behoeften);
    }

    /** One answer as typed; {@code veld} is the field name errors are reported under. */
    public record BehoefteInvoer(
            String veld,
            @Nullable String taak,
            @Nullable String naar,
            @Nullable String sterkte,
            @Nullable String toelichting) {}
}
