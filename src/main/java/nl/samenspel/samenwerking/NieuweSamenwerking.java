package nl.samenspel.samenwerking;

import java.util.List;
import nl.samenspel.gemeente.GemeenteCode;

/**
 * Input for a new samenwerking. {@code regisseur} is only used when a BEHEERDER creates it; a REGISSEUR
 * always leads what they create. {@code onleesbareGemeenten}: what the client sent as a municipality but is no
 * code at all (read at the web boundary), refused with the unknown codes.
 */
public record NieuweSamenwerking(
        String titel,
        String omschrijving,
        List<GemeenteCode> gemeenten,
        String regisseur,
        List<String> onleesbareGemeenten) {

    public NieuweSamenwerking {
        gemeenten = List.copyOf(gemeenten);
        onleesbareGemeenten = List.copyOf(onleesbareGemeenten);
    }

    public NieuweSamenwerking(String titel, String omschrijving, List<GemeenteCode> gemeenten, String regisseur) {
        this(titel, omschrijving, gemeenten, regisseur, List.of());
    }
}
