package nl.samenspel.gesprek;

import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;

/**
 * Who may do what with the service conversations; Spring-free (docs/adr/0011). A conversation is between one client
 * and the shared organisation: it is seen by the regisseur, a beheerder, the uitvoerder who carries the samenwerking
 * out, and the client municipality's own people (civil servant, alderman, council member); another municipality does
 * not see it. Planning it and agreeing adjustments: the regisseur or the client's civil servant or alderman (a new DVO
 * version also needs the agreements rule). Notes and actions: those, and the uitvoerder, who is the other party at
 * the table. The question bank: read by everyone who sees the samenwerking, kept by the regisseur. A council member
 * reads only; an archived samenwerking is read-only for everyone.
 */
public final class GesprekRechten {

    private GesprekRechten() {}

    /** Seeing the conversations with {@code gemeente} (the user sees the samenwerking). */
    public static boolean zien(Gebruiker g, Samenwerking s, String gemeente) {
        return g.heeft(Rol.BEHEERDER)
                || SamenwerkingRechten.regisseurVan(g, s)
                || SamenwerkingRechten.uitvoerderVan(g, s)
                || (g.heeftEenVan(Rol.AMBTENAAR, Rol.BESTUURDER, Rol.RAADSLID)
                        && gemeente.equals(g.gemeenteCode())
                        && s.neemtDeel(gemeente));
    }

    /** Planning a conversation with {@code gemeente}, changing its date, agreeing adjustments. */
    public static Recht voeren(Gebruiker g, Samenwerking s, String gemeente) {
        return Recht.als(
                SamenwerkingRechten.regisseurVan(g, s)
                        || (SamenwerkingRechten.partijMedewerker(g, s) && gemeente.equals(g.gemeenteCode())),
                s);
    }

    /** The notes and the actions of a conversation with {@code gemeente}. */
    public static Recht verslag(Gebruiker g, Samenwerking s, String gemeente) {
        return Recht.als(voeren(g, s, gemeente) != Recht.NEE || SamenwerkingRechten.uitvoerderVan(g, s), s);
    }

    /** Adding, changing, ordering and deleting the questions of the bank. */
    public static Recht vragenbank(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }
}
