package nl.samenspel.security;

/** The roles of Samenspel; which municipality a role applies to is part of the account. */
public enum Rol {
    /** Manages accounts. */
    BEHEERDER,
    /** Leads samenwerkingen: the process lead who steers when nobody is the boss. */
    REGISSEUR,
    /** Civil servant of one municipality. */
    AMBTENAAR,
    /** Alderman of one municipality. */
    BESTUURDER,
    /** Council member of one municipality; reads, never writes. */
    RAADSLID,
    /** Staff of a shared organisation. */
    UITVOERDER;

    /** Roles that act for one municipality and must therefore be bound to one. */
    public boolean gemeentegebonden() {
        return this == AMBTENAAR || this == BESTUURDER || this == RAADSLID;
    }
}
