package nl.samenspel.verkenning.web;

import org.jspecify.annotations.Nullable;

/**
 * One party in the overview of positions, as this reader may know it.
 *
 * @param statusSleutel message key of what this reader may know about the position
 * @param link where to read or fill it in, null when there is nothing this reader may open
 * @param linkSleutel "bekijken" or "invullen"
 * @param namens "vastgelegd door de regisseur namens …" while the municipality has not confirmed it, else null
 */
public record PositieRij(
        String code,
        String naam,
        String statusSleutel,
        @Nullable String link,
        @Nullable String linkSleutel,
        @Nullable String namens) {}
