package nl.samenspel.demo;

import java.util.List;
import nl.samenspel.gemeente.GemeenteCode;
import nl.samenspel.samenwerking.NieuweSamenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;

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

    /** The id of the demo case, made the first time a demo runner asks: every runner seeds the same one. */
    static long samenwerking(Samenwerkingen samenwerkingen) {
        return samenwerkingen.zaaiOefencasus(new NieuweSamenwerking(
                DemoSamenwerking.TITEL, DemoSamenwerking.OMSCHRIJVING, gemeenten(), "regisseur"));
    }
}
