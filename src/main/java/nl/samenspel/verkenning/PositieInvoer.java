package nl.samenspel.verkenning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A position as typed (form or API), checked by {@link Verkenning}. Numbers and codes arrive as text so that
 * every wrong value gets a Dutch message instead of a parse error.
 *
 * @param gedeeld null keeps the current sharing state
 * @param einddoel an {@link Einddoel} name, empty for none; null keeps the stored one (clients that predate it)
 * @param einddoelToelichting null keeps the stored one, empty clears it
 * @param uitgeslotenEinddoelen {@link Einddoel} names the party rules out; null keeps the stored ones
 */
public record PositieInvoer(
        @Nullable String watWillenWij,
        @Nullable String watWillenWijNiet,
        List<BehoefteInvoer> behoeften,
        @Nullable String maximumPerJaar,
        @Nullable String eigenRuimte,
        @Nullable Boolean gedeeld,
        @Nullable String einddoel,
        @Nullable String einddoelToelichting,
        @Nullable List<String> uitgeslotenEinddoelen) {

    public PositieInvoer {
        behoeften = behoeften == null ? List.of() : List.copyOf(behoeften);
        uitgeslotenEinddoelen = uitgeslotenEinddoelen == null
                ? null
                : uitgeslotenEinddoelen.stream().map(e -> e == null ? "" : e).toList();
    }

    /** Without an end goal: what clients that predate it send. */
    public PositieInvoer(
            @Nullable String watWillenWij,
            @Nullable String watWillenWijNiet,
            List<BehoefteInvoer> behoeften,
            @Nullable String maximumPerJaar,
            @Nullable String eigenRuimte,
            @Nullable Boolean gedeeld) {
        this(watWillenWij, watWillenWijNiet, behoeften, maximumPerJaar, eigenRuimte, gedeeld, null, null, null);
    }

    /** One answer as typed; {@code veld} is the field name errors are reported under. */
    public record BehoefteInvoer(
            String veld,
            @Nullable String taak,
            @Nullable String naar,
            @Nullable String sterkte,
            @Nullable String toelichting) {}
}
