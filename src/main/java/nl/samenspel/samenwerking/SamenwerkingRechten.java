package nl.samenspel.samenwerking;

import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;

/**
 * Who may change what of a samenwerking itself: the one place for these rules, used by the service (which
 * enforces them for page and API alike), the controllers and the templates (which hide what a user may not do).
 * Plain functions of the user and the samenwerking, without Spring. See docs/adr/0011-schrijfrechten.md.
 *
 * <p>Who may <em>see</em> a samenwerking is {@link #zien}; every other method here assumes that the user may see it.
 */
public final class SamenwerkingRechten {

    private SamenwerkingRechten() {}

    /**
     * Who sees a samenwerking: BEHEERDER everything; a REGISSEUR what they lead; AMBTENAAR, BESTUURDER and RAADSLID
     * what their municipality takes part in; an UITVOERDER what they carry out ({@link #uitvoerderVan}). Archived or
     * not makes no difference.
     */
    public static boolean zien(Gebruiker g, Samenwerking s) {
        return g.heeft(Rol.BEHEERDER)
                || regisseurVan(g, s)
                || (gemeentegebonden(g) && s.neemtDeel(g.gemeenteCode()))
                || uitvoerderVan(g, s);
    }

    /**
     * Staff of the shared organisation (UITVOERDER) whose account holds a seat on the samenwerking's execution line
     * (UITVOERING). They read it like a reader outside the participating municipalities (shared positions only) and
     * change nothing: no write right below names them.
     */
    public static boolean uitvoerderVan(Gebruiker g, Samenwerking s) {
        return g.heeft(Rol.UITVOERDER) && s.uitgevoerdDoor(g.gebruikersnaam());
    }

    /** A user who sees samenwerkingen through their municipality. */
    static boolean gemeentegebonden(Gebruiker g) {
        return g.gemeenteCode() != null && g.heeftEenVan(Rol.AMBTENAAR, Rol.BESTUURDER, Rol.RAADSLID);
    }

    /** The samenwerking's own regisseur: leads it and is the only one who changes it as a whole. */
    public static boolean regisseurVan(Gebruiker g, Samenwerking s) {
        return g.heeft(Rol.REGISSEUR) && s.regisseur().equals(g.gebruikersnaam());
    }

    /** A civil servant or alderman of a participating municipality: speaks for that municipality. */
    public static boolean partijMedewerker(Gebruiker g, Samenwerking s) {
        return g.gemeenteCode() != null
                && g.heeftEenVan(Rol.AMBTENAAR, Rol.BESTUURDER)
                && s.neemtDeel(g.gemeenteCode());
    }

    public static boolean aanmaken(Gebruiker g) {
        return g.heeftEenVan(Rol.REGISSEUR, Rol.BEHEERDER);
    }

    /** Title, description and participating municipalities. */
    public static Recht wijzigen(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseurVan(g, s), s);
    }

    /** Naming the samenwerking that continues this one (issue 13): its own regisseur. */
    public static Recht opvolgerZetten(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseurVan(g, s), s);
    }

    public static Recht archiveren(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseurVan(g, s), s);
    }

    /** The one change an archived samenwerking accepts. */
    public static Recht dearchiveren(Gebruiker g, Samenwerking s) {
        return regisseurVan(g, s) ? Recht.JA : Recht.NEE;
    }

    /** Moving to another phase, with or without an override reason. */
    public static Recht faseWijzigen(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseurVan(g, s), s);
    }

    public static boolean historieZien(Gebruiker g, Samenwerking s) {
        return g.heeft(Rol.BEHEERDER) || regisseurVan(g, s);
    }

    /** A practice copy of the demo case, led by the user who makes it. */
    public static boolean oefeningMaken(Gebruiker g) {
        return g.heeft(Rol.REGISSEUR);
    }

    /** Deleting a practice copy: its own regisseur (the service refuses a real samenwerking with 409). */
    public static Recht oefeningVerwijderen(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseurVan(g, s), s);
    }

    /** Acknowledging a finding of the toets for this samenwerking: its regisseur. */
    public static Recht toetsErkennen(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseurVan(g, s), s);
    }
}
