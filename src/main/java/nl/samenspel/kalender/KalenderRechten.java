package nl.samenspel.kalender;

import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;

/**
 * Who may do what in the P&C calendar; Spring-free (docs/adr/0011). Reading: everyone who sees the samenwerking.
 * Planning the board dates and the budget changes, and recording the board's answer to a zienswijze: the regisseur,
 * who keeps the cycle on behalf of the board. Recording a raad's zienswijze: the regisseur for any participating
 * municipality, and a civil servant or alderman for their own. A council member and an uitvoerder read only; an
 * archived samenwerking is read-only for everyone.
 */
public final class KalenderRechten {

    private KalenderRechten() {}

    public static Recht plannen(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }

    public static Recht zienswijzeVastleggen(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s) || SamenwerkingRechten.partijMedewerker(g, s), s);
    }

    /** The zienswijze of {@code gemeenteCode}: the regisseur, or someone speaking for that municipality. */
    public static Recht zienswijzeVastleggen(Gebruiker g, Samenwerking s, String gemeenteCode) {
        return Recht.als(
                SamenwerkingRechten.regisseurVan(g, s)
                        || (SamenwerkingRechten.partijMedewerker(g, s) && gemeenteCode.equals(g.gemeenteCode())),
                s);
    }

    public static Recht beantwoorden(Gebruiker g, Samenwerking s) {
        return plannen(g, s);
    }
}
