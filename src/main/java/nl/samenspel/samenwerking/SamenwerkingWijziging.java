package nl.samenspel.samenwerking;

import java.util.List;
import nl.samenspel.gemeente.GemeenteCode;

/**
 * A full edit by the regisseur; {@code gearchiveerd} null leaves the archive state as it is.
 * {@code onleesbareGemeenten}: what the client sent as a municipality but is no code at all.
 */
public record SamenwerkingWijziging(
        String titel,
        String omschrijving,
        List<GemeenteCode> gemeenten,
        Boolean gearchiveerd,
        List<String> onleesbareGemeenten) {

    public SamenwerkingWijziging {
        gemeenten = List.copyOf(gemeenten);
        onleesbareGemeenten = List.copyOf(onleesbareGemeenten);
    }

    public SamenwerkingWijziging(
            String titel, String omschrijving, List<GemeenteCode> gemeenten, Boolean gearchiveerd) {
        this(titel, omschrijving, gemeenten, gearchiveerd, List.of());
    }
}
