package nl.samenspel.samenwerking;

/**
 * Who took a decision: for one municipality its college, its burgemeester or its raad; for the samenwerking as a
 * whole a steering group of the parties, or the algemeen or dagelijks bestuur of a gemeenschappelijke regeling.
 */
public enum BesluitOrgaan {
    COLLEGE,
    BURGEMEESTER,
    RAAD,
    STUURGROEP,
    ALGEMEEN_BESTUUR,
    DAGELIJKS_BESTUUR;

    /** The bodies of one municipality, for a decision recorded for that municipality. */
    public boolean vanGemeente() {
        return this == COLLEGE || this == BURGEMEESTER || this == RAAD;
    }

    public String labelSleutel() {
        return "besluit.orgaan." + name();
    }
}
