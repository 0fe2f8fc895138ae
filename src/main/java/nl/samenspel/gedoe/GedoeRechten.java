package nl.samenspel.gedoe;

import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;

/**
 * Who may do what in the gedoelog; Spring-free (docs/adr/0011). Reading: everyone who sees the samenwerking.
 * Raising an item: whoever runs into the unforeseen — the regisseur, a civil servant or alderman of a participating
 * municipality, and an uitvoerder who carries the samenwerking out. Handling it (routing to a forum, the decision,
 * the lesson, the revision it leads to), the settings and the safety net: the regisseur, who steers the process.
 * An uitvoerder does not route: which forum decides is a governance question, not one for the executing staff.
 * A council member reads only; an archived samenwerking is read-only for everyone.
 */
public final class GedoeRechten {

    private GedoeRechten() {}

    public static Recht melden(Gebruiker g, Samenwerking s) {
        return Recht.als(
                SamenwerkingRechten.regisseurVan(g, s)
                        || SamenwerkingRechten.partijMedewerker(g, s)
                        || SamenwerkingRechten.uitvoerderVan(g, s),
                s);
    }

    public static Recht behandelen(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }
}
