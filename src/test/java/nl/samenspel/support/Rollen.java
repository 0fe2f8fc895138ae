package nl.samenspel.support;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;

/**
 * The users and the samenwerking of the permission truth tables (one per module, no Spring): a samenwerking of
 * Zeist and De Bilt led by "regisseur", and a user per column. Cells: J = JA, N = NEE, G = GEARCHIVEERD.
 */
public final class Rollen {

    public static final String ZEIST = "GM0355";
    public static final String DE_BILT = "GM0310";
    public static final String UTRECHT = "GM0344";

    /** The account that carries the samenwerking out (a seat on its execution line). */
    public static final String UITVOERDER_MET_ZETEL = "u-zetel";

    /**
     * The columns, in order: the samenwerking's regisseur, another regisseur, beheerder, an uitvoerder without and
     * one with a seat on the samenwerking's execution line; civil servant,
     * alderman and council member of Zeist (a party: "own"); civil servant and alderman of De Bilt (the other
     * party); a civil servant of Utrecht (no party).
     */
    public static final List<String> KOLOMMEN = List.of(
            "regisseur",
            "andere-regisseur",
            "beheerder",
            "uitvoerder",
            "uitvoerder-met-zetel",
            "ambtenaar-zeist",
            "bestuurder-zeist",
            "raadslid-zeist",
            "ambtenaar-bilt",
            "bestuurder-bilt",
            "ambtenaar-utrecht");

    private Rollen() {}

    public static Gebruiker gebruiker(String wie) {
        return switch (wie) {
            case "regisseur" -> new Gebruiker(1, "regisseur", Set.of(Rol.REGISSEUR), null);
            case "andere-regisseur" -> new Gebruiker(2, "regisseur2", Set.of(Rol.REGISSEUR), null);
            case "beheerder" -> new Gebruiker(3, "beheerder", Set.of(Rol.BEHEERDER), null);
            case "uitvoerder" -> new Gebruiker(4, "uitvoerder", Set.of(Rol.UITVOERDER), null);
            case "uitvoerder-met-zetel" -> new Gebruiker(11, UITVOERDER_MET_ZETEL, Set.of(Rol.UITVOERDER), null);
            case "ambtenaar-zeist" -> new Gebruiker(5, "a1", Set.of(Rol.AMBTENAAR), ZEIST);
            case "bestuurder-zeist" -> new Gebruiker(6, "b1", Set.of(Rol.BESTUURDER), ZEIST);
            case "raadslid-zeist" -> new Gebruiker(7, "r1", Set.of(Rol.RAADSLID), ZEIST);
            case "ambtenaar-bilt" -> new Gebruiker(8, "a2", Set.of(Rol.AMBTENAAR), DE_BILT);
            case "bestuurder-bilt" -> new Gebruiker(9, "b2", Set.of(Rol.BESTUURDER), DE_BILT);
            case "ambtenaar-utrecht" -> new Gebruiker(10, "a4", Set.of(Rol.AMBTENAAR), UTRECHT);
            default -> throw new IllegalArgumentException(wie);
        };
    }

    public static Samenwerking samenwerking(boolean gearchiveerd) {
        return new Samenwerking(
                42,
                "Belastingen",
                "Samen",
                Fase.VERKENNEN,
                "regisseur",
                false,
                gearchiveerd,
                3,
                Instant.EPOCH,
                Instant.EPOCH,
                List.of(
                        new Gemeente(ZEIST, "Zeist", "Utrecht", "PV26", 1),
                        new Gemeente(DE_BILT, "De Bilt", "Utrecht", "PV26", 1)),
                // The civil servant of Utrecht ("a4") is listed too: a listed account that is no UITVOERDER gains
                // nothing from it.
                Set.of(UITVOERDER_MET_ZETEL, "a4"));
    }

    /** A cell of a table: J, N or G. */
    public static Recht recht(String cel) {
        return switch (cel.strip()) {
            case "J" -> Recht.JA;
            case "N" -> Recht.NEE;
            case "G" -> Recht.GEARCHIVEERD;
            default -> throw new IllegalArgumentException(cel);
        };
    }

    /** A yes/no rule as a cell: J or N. */
    public static Recht recht(boolean ja) {
        return ja ? Recht.JA : Recht.NEE;
    }

    /** The expected cells of one row, split on spaces: "J N N ...", one per {@link #KOLOMMEN column}. */
    public static List<Recht> rij(String cellen) {
        List<Recht> rij = java.util.Arrays.stream(cellen.strip().split("\\s+"))
                .map(Rollen::recht)
                .toList();
        if (rij.size() != KOLOMMEN.size()) {
            throw new IllegalArgumentException("expected " + KOLOMMEN.size() + " cells: " + cellen);
        }
        return rij;
    }
}
