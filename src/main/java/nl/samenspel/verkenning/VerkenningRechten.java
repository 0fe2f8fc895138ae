package nl.samenspel.verkenning;

import java.util.Set;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;

/**
 * Who may change the tasks and positions of a samenwerking: the one place for these rules, used by
 * {@link Verkenning} (page and API) and by the pages to hide what a user may not do. Plain functions, without
 * Spring. See docs/adr/0011-schrijfrechten.md.
 */
public final class VerkenningRechten {

    private VerkenningRechten() {}

    /** The regisseur and the civil servants and aldermen of participating municipalities propose tasks. */
    public static Recht taakToevoegen(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s) || SamenwerkingRechten.partijMedewerker(g, s), s);
    }

    /**
     * The regisseur; or staff of the municipality that added the task, as long as no other party has answered it
     * in a shared position: from then on the task is part of the others' work. Unshared drafts do not count, so
     * the answer never tells whether another party has a draft (ADR 0007, 0011).
     *
     * @param beantwoordDoor the municipalities whose shared positions answer this task
     */
    public static Recht taakWijzigen(Gebruiker g, Samenwerking s, SamenwerkingTaak taak, Set<String> beantwoordDoor) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s) || eigenOnbeantwoord(g, s, taak, beantwoordDoor), s);
    }

    /** As {@link #taakWijzigen}: deleting a task also deletes every party's answers to it. */
    public static Recht taakVerwijderen(
            Gebruiker g, Samenwerking s, SamenwerkingTaak taak, Set<String> beantwoordDoor) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s) || eigenOnbeantwoord(g, s, taak, beantwoordDoor), s);
    }

    private static boolean eigenOnbeantwoord(
            Gebruiker g, Samenwerking s, SamenwerkingTaak taak, Set<String> beantwoordDoor) {
        String eigenaar = taak.toegevoegdDoorGemeente();
        return eigenaar != null
                && SamenwerkingRechten.partijMedewerker(g, s)
                && g.vanGemeente(eigenaar)
                && beantwoordDoor.stream().allMatch(eigenaar::equals);
    }

    /**
     * Recording the route the parties chose for a task (rule 5): only the samenwerking's regisseur, who records
     * what the parties decided; a party does not decide the route for the others.
     */
    public static Recht routeVastleggen(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }

    /**
     * Who reads the position of municipality {@code gemeenteCode}: the samenwerking's regisseur every one; the
     * municipality's own civil servants and aldermen theirs, shared or not; once shared, the civil servants,
     * aldermen and council members of every participating municipality and the staff of the shared organisation
     * who carry the samenwerking out ({@link SamenwerkingRechten#uitvoerderVan}). An unshared position does not
     * exist for anyone else (ADR 0007). Reading is the same in an archived samenwerking.
     */
    public static boolean positieLezen(Gebruiker g, Samenwerking s, String gemeenteCode, boolean gedeeld) {
        // A party that left (issue 13) stays readable as history, by whoever could read it before.
        if (!SamenwerkingRechten.zien(g, s) || !s.kentPartij(gemeenteCode)) {
            return false;
        }
        if (SamenwerkingRechten.regisseurVan(g, s)) {
            return true;
        }
        if (g.vanGemeente(gemeenteCode) && g.heeftEenVan(Rol.AMBTENAAR, Rol.BESTUURDER)) {
            return true;
        }
        return gedeeld
                && ((s.neemtDeel(g.gemeenteCode()) && g.heeftEenVan(Rol.AMBTENAAR, Rol.BESTUURDER, Rol.RAADSLID))
                        || SamenwerkingRechten.uitvoerderVan(g, s));
    }

    /** Only the municipality itself (its civil servants and aldermen) writes its position; the regisseur reads it. */
    public static Recht positieSchrijven(Gebruiker g, Samenwerking s, @Nullable String gemeenteCode) {
        return Recht.als(
                gemeenteCode != null
                        && s.neemtDeel(gemeenteCode)
                        && g.vanGemeente(gemeenteCode)
                        && g.heeftEenVan(Rol.AMBTENAAR, Rol.BESTUURDER),
                s);
    }

    /**
     * Recording a position on behalf of a participating municipality (after talking to it): only the
     * samenwerking's regisseur. Whether the municipality has already made the position its own is the service's
     * question (then the regisseur may no longer overwrite it).
     */
    public static Recht positieNamensSchrijven(Gebruiker g, Samenwerking s, @Nullable String gemeenteCode) {
        return Recht.als(
                gemeenteCode != null && s.neemtDeel(gemeenteCode) && SamenwerkingRechten.regisseurVan(g, s), s);
    }

    /** Confirming a position recorded on the municipality's behalf: the same people who write it as their own. */
    public static Recht positieBevestigen(Gebruiker g, Samenwerking s, String gemeenteCode) {
        return positieSchrijven(g, s, gemeenteCode);
    }

    /** Sharing or withdrawing a position: the same people who write it. */
    public static Recht positieDelen(Gebruiker g, Samenwerking s, String gemeenteCode) {
        return positieSchrijven(g, s, gemeenteCode);
    }
}
