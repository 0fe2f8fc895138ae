package nl.samenspel.vorm;

import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;

/**
 * Who may do what in the form step; Spring-free (docs/adr/0011). Reading the advice and the decision: everyone who
 * sees the samenwerking (nothing in it is confidential). Recording the decision: its regisseur, who records what
 * the parties decided.
 */
public final class VormRechten {

    private VormRechten() {}

    public static Recht besluiten(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }
}
