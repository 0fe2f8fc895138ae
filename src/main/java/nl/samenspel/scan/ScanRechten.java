package nl.samenspel.scan;

import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;

/**
 * Who may do what in the samenwerkingsscan; Spring-free (docs/adr/0011). Reading: everyone who sees the
 * samenwerking (what a party has not submitted stays hidden, see {@link Scans}). The regisseur opens and closes a
 * round and keeps the action plan. Each party fills in its OWN answers: a civil servant or alderman of a
 * participating municipality for that municipality, and staff of the shared organisation (an UITVOERDER with a seat
 * on the execution line, ADR 0015) for {@link ScanFeiten#ORGANISATIE}. Whoever fills in for a party may also mark
 * an action of the plan done. A council member reads only. Archived: every yes becomes GEARCHIVEERD.
 */
public final class ScanRechten {

    private ScanRechten() {}

    /** Open and close a round, and keep its action plan. */
    public static Recht beheren(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }

    /** Fill in the answers of {@code partij} (a municipality code or {@link ScanFeiten#ORGANISATIE}). */
    public static Recht invullen(Gebruiker g, Samenwerking s, String partij) {
        boolean mag = ScanFeiten.ORGANISATIE.equals(partij)
                ? SamenwerkingRechten.uitvoerderVan(g, s)
                : partij.equals(g.gemeenteCode()) && SamenwerkingRechten.partijMedewerker(g, s);
        return Recht.als(mag, s);
    }

    /** Mark an action of the plan done (or open again): the regisseur, or anyone who fills in for a party. */
    public static Recht actieAfronden(Gebruiker g, Samenwerking s) {
        return Recht.als(
                SamenwerkingRechten.regisseurVan(g, s)
                        || SamenwerkingRechten.uitvoerderVan(g, s)
                        || SamenwerkingRechten.partijMedewerker(g, s),
                s);
    }
}
