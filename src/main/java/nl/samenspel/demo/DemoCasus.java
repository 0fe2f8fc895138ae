package nl.samenspel.demo;

import java.util.List;
import nl.samenspel.gemeente.GemeenteCode;

/** The three real neighbouring municipalities of the fictional demo case (province of Utrecht). */
public final class DemoCasus {

    public static final String ZEIST = "GM0355";
    public static final String DE_BILT = "GM0310";
    public static final String BUNNIK = "GM0312";
    public static final String WACHTWOORD = "samenspel";

    private DemoCasus() {}

    /** Zeist, De Bilt and Bunnik as the samenwerking takes them. */
    static List<GemeenteCode> gemeenten() {
        return List.of(new GemeenteCode(ZEIST), new GemeenteCode(DE_BILT), new GemeenteCode(BUNNIK));
    }
}
