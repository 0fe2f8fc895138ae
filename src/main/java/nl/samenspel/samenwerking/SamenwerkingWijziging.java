package nl.samenspel.samenwerking;

import java.util.List;
import nl.samenspel.gemeente.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * A full edit by the regisseur; {@code gearchiveerd} null leaves the archive state as it is.
 * {@code onleesbareGemeenten}: what the client sent as a municipality but is no code at all. {@code opvolger}: the
 * successor to name (issue 13); null leaves it as it is. A municipality left out of {@code gemeenten} leaves the
 * samenwerking (kept as "vertrokken"), it is not dropped.
 */
public record SamenwerkingWijziging(
        @Nullable String titel,
        @Nullable String omschrijving,
        List<GemeenteCode> gemeenten,
        @Nullable Boolean gearchiveerd,
        List<String> onleesbareGemeenten,
        @Nullable OpvolgerKeuze opvolger) {

    public SamenwerkingWijziging {
        gemeenten = List.copyOf(gemeenten);
        onleesbareGemeenten = List.copyOf(onleesbareGemeenten);
    }

    public SamenwerkingWijziging(
            @Nullable String titel,
            @Nullable String omschrijving,
            List<GemeenteCode> gemeenten,
            @Nullable Boolean gearchiveerd,
            List<String> onleesbareGemeenten) {
        this(titel, omschrijving, gemeenten, gearchiveerd, onleesbareGemeenten, null);
    }

    public SamenwerkingWijziging(
            @Nullable String titel,
            @Nullable String omschrijving,
            List<GemeenteCode> gemeenten,
            @Nullable Boolean gearchiveerd) {
        this(titel, omschrijving, gemeenten, gearchiveerd, List.of(), null);
    }
}
