package nl.samenspel.afspraken;

import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what with the agreements; Spring-free (docs/adr/0011). Reading: everyone who sees the samenwerking.
 * The catalogue and every DVO: its regisseur and the staff who carry it out (an UITVOERDER with a seat on its
 * execution line). A client municipality's civil servant or alderman: the lines of its own DVO and its own wishes.
 * Agreeing a version and opening a revision: the regisseur or the client municipality's alderman. A council member
 * reads only; an archived samenwerking is read-only for everyone.
 */
public final class AfsprakenRechten {

    private AfsprakenRechten() {}

    /** The catalogue, the settings, making DVOs, their rek, rek use and review dates. */
    public static Recht beheren(Gebruiker g, Samenwerking s) {
        return Recht.als(beheerder(g, s), s);
    }

    /** The lines of the DVO of {@code gemeente}. */
    public static Recht regels(Gebruiker g, Samenwerking s, String gemeente) {
        return Recht.als(beheerder(g, s) || eigenKlant(g, s, gemeente), s);
    }

    /** The wishes of {@code gemeente} for a service (null: a wish of any client, for the one who manages). */
    public static Recht wensen(Gebruiker g, Samenwerking s, @Nullable String gemeente) {
        return Recht.als(beheerder(g, s) || (gemeente != null && eigenKlant(g, s, gemeente)), s);
    }

    /** Agreeing the current version of the DVO of {@code gemeente}, and opening a revision of it. */
    public static Recht vaststellen(Gebruiker g, Samenwerking s, String gemeente) {
        boolean wethouder = g.heeft(Rol.BESTUURDER) && gemeente.equals(g.gemeenteCode()) && s.neemtDeel(gemeente);
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s) || wethouder, s);
    }

    private static boolean beheerder(Gebruiker g, Samenwerking s) {
        return SamenwerkingRechten.regisseurVan(g, s) || SamenwerkingRechten.uitvoerderVan(g, s);
    }

    private static boolean eigenKlant(Gebruiker g, Samenwerking s, String gemeente) {
        return SamenwerkingRechten.partijMedewerker(g, s) && gemeente.equals(g.gemeenteCode());
    }
}
