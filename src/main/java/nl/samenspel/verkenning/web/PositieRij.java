package nl.samenspel.verkenning.web;

import org.jspecify.annotations.Nullable;

/**
 * One party in the overview of positions, as this reader may know it.
 *
 * @param statusSleutel message key of what this reader may know about the position
 * @param link where to read or fill it in, null when there is nothing this reader may open
 * @param linkSleutel "bekijken" or "invullen"
 * @param namens "vastgelegd door de regisseur namens …" while the municipality has not confirmed it, else null
 * @param vertrokken "vertrokken op …" for a party that left (issue 13): its position is history, read-only
 */
public record PositieRij(
        String code,
        String naam,
        String statusSleutel,
        @Nullable String link,
        @Nullable String linkSleutel,
        @Nullable String namens,
        @Nullable String vertrokken) {

    public PositieRij(
            String code,
            String naam,
            String statusSleutel,
            @Nullable String link,
            @Nullable String linkSleutel,
            @Nullable String namens) {
        this(code, naam, statusSleutel, link, linkSleutel, namens, null);
    }
}
