package nl.samenspel.overgang;

import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what with the start of the running cooperation; Spring-free (docs/adr/0011). Reading: everyone who sees
 * the samenwerking. The start, the transition period and the measures: its regisseur. The overdrachtsinventaris: the
 * regisseur, an uitvoerder who carries it out (they know what actually moved over), and a civil servant of a
 * participating municipality for the items from that municipality. The expectations: the regisseur and a civil
 * servant or alderman of a participating municipality. A council member reads only.
 */
public final class OvergangRechten {

    private OvergangRechten() {}

    /** The formal start, the transition period and the measures. */
    public static Recht vastleggen(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }

    /** Adding, changing or removing an inventory item from {@code gemeente} (null: not one municipality). */
    public static Recht inventaris(Gebruiker g, Samenwerking s, @Nullable String gemeente) {
        return Recht.als(
                SamenwerkingRechten.regisseurVan(g, s)
                        || SamenwerkingRechten.uitvoerderVan(g, s)
                        || (ambtenaarVanDeelnemer(g, s) && g.vanGemeente(gemeente)),
                s);
    }

    /** Whether the user may add at least some inventory item (to show the form). */
    public static Recht inventarisAanvullen(Gebruiker g, Samenwerking s) {
        return Recht.als(
                SamenwerkingRechten.regisseurVan(g, s)
                        || SamenwerkingRechten.uitvoerderVan(g, s)
                        || ambtenaarVanDeelnemer(g, s),
                s);
    }

    /** The expectations register. */
    public static Recht verwachtingen(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s) || SamenwerkingRechten.partijMedewerker(g, s), s);
    }

    private static boolean ambtenaarVanDeelnemer(Gebruiker g, Samenwerking s) {
        return g.heeft(Rol.AMBTENAAR) && g.gemeenteCode() != null && s.neemtDeel(g.gemeenteCode());
    }
}
