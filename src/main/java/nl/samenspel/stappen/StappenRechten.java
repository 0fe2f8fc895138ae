package nl.samenspel.stappen;

import java.util.Set;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;

/**
 * Who may change the steps of rule 1 (wat, hoe, spanningen, vanzelfdynamiek, vorm): the one place for these rules,
 * used by {@link Stappen} (page and API) and by the step pages to hide what a user may not do. Plain functions,
 * without Spring. See docs/adr/0011-schrijfrechten.md.
 *
 * <p>In short: the regisseur may do everything; the civil servants and aldermen of participating municipalities
 * add content, change what is theirs until another party has agreed to the step, and mark steps as discussed for
 * their own municipality only; the regisseur records such a mark only on behalf of a party ({@link #besprekenNamens}). Removing a registered tension or dynamic is the regisseur's call. Nothing changes
 * in an archived samenwerking.
 *
 * @see #besprokenDoorAnderen(Set, String)
 */
public final class StappenRechten {

    private StappenRechten() {}

    private static boolean regisseur(Gebruiker g, Samenwerking s) {
        return SamenwerkingRechten.regisseurVan(g, s);
    }

    private static boolean partij(Gebruiker g, Samenwerking s) {
        return SamenwerkingRechten.partijMedewerker(g, s);
    }

    /** Whether a party other than {@code eigen} has marked the step as discussed (agreed). */
    public static boolean besprokenDoorAnderen(Set<String> besprokenDoor, @Nullable String eigen) {
        return besprokenDoor.stream().anyMatch(c -> !c.equals(eigen));
    }

    /** Adding a goal or non-goal: the regisseur and staff of every participating municipality. */
    public static Recht doelToevoegen(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseur(g, s) || partij(g, s), s);
    }

    /**
     * The regisseur; or staff of the municipality that added the goal, until another party has marked step WAT
     * as discussed.
     *
     * @param watBesprokenDoor the municipalities that marked step WAT as discussed
     */
    public static Recht doelWijzigen(Gebruiker g, Samenwerking s, Doel doel, Set<String> watBesprokenDoor) {
        String eigenaar = doel.toegevoegdDoorGemeente();
        return Recht.als(
                regisseur(g, s)
                        || (eigenaar != null
                                && partij(g, s)
                                && g.vanGemeente(eigenaar)
                                && !besprokenDoorAnderen(watBesprokenDoor, eigenaar)),
                s);
    }

    public static Recht doelVerwijderen(Gebruiker g, Samenwerking s, Doel doel, Set<String> watBesprokenDoor) {
        return doelWijzigen(g, s, doel, watBesprokenDoor);
    }

    /** The joint way of working (hoe): the regisseur; staff of a party until another party has agreed to it. */
    public static Recht werkwijzeWijzigen(Gebruiker g, Samenwerking s, Set<String> hoeBesprokenDoor) {
        return Recht.als(
                regisseur(g, s) || (partij(g, s) && !besprokenDoorAnderen(hoeBesprokenDoor, g.gemeenteCode())), s);
    }

    public static Recht spanningToevoegen(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseur(g, s) || partij(g, s), s);
    }

    /** How a tension is handled: the regisseur; staff of a party until another party has agreed to the step. */
    public static Recht spanningWijzigen(Gebruiker g, Samenwerking s, Set<String> spanningenBesprokenDoor) {
        return Recht.als(
                regisseur(g, s) || (partij(g, s) && !besprokenDoorAnderen(spanningenBesprokenDoor, g.gemeenteCode())),
                s);
    }

    /** A registered tension is a warning for everyone; only the regisseur removes it. */
    public static Recht spanningVerwijderen(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseur(g, s), s);
    }

    public static Recht dynamiekToevoegen(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseur(g, s) || partij(g, s), s);
    }

    /** Changing or removing a recognised dynamic (including in a full replacement): only the regisseur. */
    public static Recht dynamiekWijzigen(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseur(g, s), s);
    }

    public static Recht dynamiekVerwijderen(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseur(g, s), s);
    }

    /** Marking a step as discussed, or withdrawing that: staff of a participating municipality, for their own. */
    public static Recht bespreken(Gebruiker g, Samenwerking s) {
        return Recht.als(partij(g, s), s);
    }

    /**
     * Recording a discussed-mark on behalf of a participating municipality, after a meeting with it (for parties
     * without accounts): the regisseur only. The municipality's staff confirm or withdraw it ({@link #bespreken}).
     * The regisseur marks a step only on behalf of a party, never as one.
     *
     * @param gemeenteCode the municipality the mark is recorded for
     */
    public static Recht besprekenNamens(Gebruiker g, Samenwerking s, @Nullable String gemeenteCode) {
        return Recht.als(regisseur(g, s) && gemeenteCode != null && s.neemtDeel(gemeenteCode), s);
    }

    /**
     * Recording that a municipality's deciding body decided on a step ("bestuurlijk vastgesteld"): the regisseur
     * for any participating municipality, or an alderman (BESTUURDER) for their own participating municipality. A
     * civil servant marks a step as discussed ({@link #bespreken}) but does not record a decision.
     *
     * @param gemeenteCode the municipality the decision is recorded for
     */
    public static Recht vaststellen(Gebruiker g, Samenwerking s, @Nullable String gemeenteCode) {
        boolean deelnemer = gemeenteCode != null && s.neemtDeel(gemeenteCode);
        return Recht.als(
                deelnemer
                        && (regisseur(g, s)
                                || (g.heeft(Rol.BESTUURDER) && partij(g, s) && g.vanGemeente(gemeenteCode))),
                s);
    }

    /** Recording a postponed decision: the regisseur. */
    public static Recht uitstellen(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseur(g, s), s);
    }

    /** Opening the form step before the gate is met: the regisseur, always with a reason. */
    public static Recht vormOntgrendelen(Gebruiker g, Samenwerking s) {
        return Recht.als(regisseur(g, s), s);
    }

    /** The rules bound to one user, samenwerking and discussed-marks, for a page to ask per item. */
    public record Voor(Gebruiker g, Samenwerking s, java.util.Map<Stap, Set<String>> besprokenDoor) {

        private Set<String> door(Stap stap) {
            return besprokenDoor.getOrDefault(stap, Set.of());
        }

        public boolean inhoudToevoegen() {
            return doelToevoegen(g, s).ja();
        }

        public boolean doelVerwijderen(Doel d) {
            return StappenRechten.doelVerwijderen(g, s, d, door(Stap.WAT)).ja();
        }

        public boolean werkwijzeWijzigen() {
            return StappenRechten.werkwijzeWijzigen(g, s, door(Stap.HOE)).ja();
        }

        public boolean spanningWijzigen() {
            return StappenRechten.spanningWijzigen(g, s, door(Stap.SPANNINGEN)).ja();
        }

        public boolean spanningVerwijderen() {
            return StappenRechten.spanningVerwijderen(g, s).ja();
        }

        public boolean dynamiekVerwijderen() {
            return StappenRechten.dynamiekVerwijderen(g, s).ja();
        }

        public boolean bespreken() {
            return StappenRechten.bespreken(g, s).ja();
        }

        /** The municipalities the user may record a discussed-mark for on their behalf (empty: none). */
        public java.util.List<nl.samenspel.gemeente.Gemeente> namensBespreken() {
            return s.gemeenten().stream()
                    .filter(x -> besprekenNamens(g, s, x.code()).ja())
                    .toList();
        }

        /** May record a decision for this municipality. */
        public boolean vaststellen(String gemeenteCode) {
            return StappenRechten.vaststellen(g, s, gemeenteCode).ja();
        }

        /** May record a decision for at least one municipality. */
        public boolean vaststellen() {
            return s.gemeenten().stream().anyMatch(x -> vaststellen(x.code()));
        }

        public boolean uitstellen() {
            return StappenRechten.uitstellen(g, s).ja();
        }

        public boolean vormOntgrendelen() {
            return StappenRechten.vormOntgrendelen(g, s).ja();
        }
    }
}
