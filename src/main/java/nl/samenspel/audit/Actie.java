package nl.samenspel.audit;

public enum Actie {
    AANGEMAAKT,
    GEWIJZIGD,
    VERWIJDERD,
    GEARCHIVEERD
}
