package nl.samenspel.demo;

/** The three real neighbouring municipalities of the fictional demo case (province of Utrecht). */
public final class DemoCasus {

    public static final String ZEIST = "GM0355";
    public static final String DE_BILT = "GM0310";
    public static final String BUNNIK = "GM0312";
    public static final String WACHTWOORD = "samenspel";

    private DemoCasus() {}
}
