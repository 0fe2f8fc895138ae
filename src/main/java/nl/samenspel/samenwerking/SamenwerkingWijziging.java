package nl.samenspel.samenwerking;

import java.util.List;
import nl.samenspel.gemeente.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * A full edit by the regisseur; {@code gearchiveerd} null leaves the archive state as it is.
 * {@code onleesbareGemeenten}: what the client sent as a municipality but is no code at all.
 */
public record SamenwerkingWijziging(
        @Nullable String titel,
        @Nullable String omschrijving,
        List<GemeenteCode> gemeenten,
        @Nullable Boolean gearchiveerd,
        List<String> onleesbareGemeenten) {

    public SamenwerkingWijziging {
        gemeenten = List.copyOf(gemeenten);
        onleesbareGemeenten = List.copyOf(onleesbareGemeenten);
    }

    public SamenwerkingWijziging(
            @Nullable String titel,
            @Nullable String omschrijving,
            List<GemeenteCode> gemeenten,
            @Nullable Boolean gearchiveerd) {
        this(titel, omschrijving, gemeenten, gearchiveerd, List.of());
    }
}
