package nl.samenspel.security;

/** The roles of Samenspel; which municipality a role applies to is part of the account. */
public enum Rol {
    /** Manages accounts. */
    BEHEERDER,
    /** Leads samenwerkingen: the process lead who steers when nobody is the boss. */
    REGISSEUR,
    /** Civil servant of one municipality. */
    AMBTENAAR,
    /** Administrator of one municipality: an alderman (wethouder) or the mayor (burgemeester). */
    BESTUURDER,
    /** Council member of one municipality; reads, never writes. */
    RAADSLID,
    /**
     * Director or staff of a shared organisation; reads the samenwerkingen on whose execution line (UITVOERING) their
     * account holds a seat, and changes nothing.
     */
    UITVOERDER;

    /** Roles that act for one municipality and must therefore be bound to one. */
    public boolean gemeentegebonden() {
        return this == AMBTENAAR || this == BESTUURDER || this == RAADSLID;
    }
}
