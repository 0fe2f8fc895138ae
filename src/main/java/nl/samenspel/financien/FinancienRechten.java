package nl.samenspel.financien;

import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what with the money of a samenwerking; Spring-free (docs/adr/0011). Reading: everyone who sees the
 * samenwerking (a council member too: these are the figures its raad must know). The key, the budgets, the
 * financial events and the informatietermijn: the regisseur. That a raad was informed: the regisseur for any
 * participating municipality, and a civil servant or alderman for their own municipality only (the college informs
 * its own raad). A council member and an uitvoerder read only; an archived samenwerking is read-only for everyone.
 */
public final class FinancienRechten {

    private FinancienRechten() {}

    public static Recht beheren(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }

    /** Recording that the raad of {@code gemeenteCode} was informed. */
    public static Recht raadInformeren(Gebruiker g, Samenwerking s, @Nullable String gemeenteCode) {
        boolean eigen = SamenwerkingRechten.partijMedewerker(g, s)
                && gemeenteCode != null
                && gemeenteCode.equals(g.gemeenteCode());
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s) || eigen, s);
    }

    /** Recording it for at least one municipality (whether the page shows the form). */
    public static Recht raadInformerenIets(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s) || SamenwerkingRechten.partijMedewerker(g, s), s);
    }
}
