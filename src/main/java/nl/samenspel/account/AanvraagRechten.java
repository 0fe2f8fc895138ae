package nl.samenspel.account;

import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;

/** Who may do what with account requests: a Spring-free policy (truth table in AanvraagRechtenTest). */
final class AanvraagRechten {

    private AanvraagRechten() {}

    /** The regisseur of the samenwerking asks; a beheerder may record a request for any samenwerking. */
    static boolean aanvragen(Gebruiker g, AanvraagBron.Bron s) {
        return g.heeft(Rol.BEHEERDER) || regisseurVan(g, s);
    }

    /** A request is read by the beheerders and by the regisseur of its samenwerking. */
    static boolean zien(Gebruiker g, AanvraagBron.Bron s) {
        return aanvragen(g, s);
    }

    /** Only a beheerder makes accounts, so only a beheerder handles a request. */
    static boolean afhandelen(Gebruiker g) {
        return g.heeft(Rol.BEHEERDER);
    }

    private static boolean regisseurVan(Gebruiker g, AanvraagBron.Bron s) {
        return g.heeft(Rol.REGISSEUR) && g.gebruikersnaam().equals(s.regisseur());
    }
}
