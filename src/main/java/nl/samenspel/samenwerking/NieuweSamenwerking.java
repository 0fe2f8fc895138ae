package nl.samenspel.samenwerking;

import java.util.List;
import nl.samenspel.gemeente.GemeenteCode;
import org.jspecify.annotations.Nullable;

/**
 * Input for a new samenwerking. {@code regisseur} is only used when a BEHEERDER creates it; a REGISSEUR
 * always leads what they create. {@code onleesbareGemeenten}: what the client sent as a municipality but is no
 * code at all (read at the web boundary), refused with the unknown codes.
 */
public record NieuweSamenwerking(
        @Nullable String titel,
        @Nullable String omschrijving,
        List<GemeenteCode> gemeenten,
        @Nullable String regisseur,
        List<String> onleesbareGemeenten) {

    public NieuweSamenwerking {
        gemeenten = List.copyOf(gemeenten);
        onleesbareGemeenten = List.copyOf(onleesbareGemeenten);
    }

    public NieuweSamenwerking(
            @Nullable String titel,
            @Nullable String omschrijving,
            List<GemeenteCode> gemeenten,
            @Nullable String regisseur) {
        this(titel, omschrijving, gemeenten, regisseur, List.of());
    }
}
