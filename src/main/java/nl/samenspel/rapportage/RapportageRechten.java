package nl.samenspel.rapportage;

import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;

/**
 * Who may do what with the progress reports; Spring-free (docs/adr/0011). Writing (making, filling in, submitting,
 * deleting a concept): the regisseur and the staff of the shared organisation who carry the samenwerking out (an
 * UITVOERDER with a seat on its execution line), as ADR 0015 allows. Reading a report: those two and the people of
 * its client municipality (civil servant, alderman, council member); another municipality does not see it. An
 * archived samenwerking is read-only.
 */
public final class RapportageRechten {

    private RapportageRechten() {}

    public static Recht schrijven(Gebruiker g, Samenwerking s) {
        return Recht.als(opsteller(g, s), s);
    }

    /** Whether {@code g} may read the reports to client {@code gemeente}. */
    public static boolean lezen(Gebruiker g, Samenwerking s, String gemeente) {
        return opsteller(g, s)
                || (gemeente.equals(g.gemeenteCode())
                        && g.heeftEenVan(Rol.AMBTENAAR, Rol.BESTUURDER, Rol.RAADSLID)
                        && s.neemtDeel(gemeente));
    }

    private static boolean opsteller(Gebruiker g, Samenwerking s) {
        return SamenwerkingRechten.regisseurVan(g, s) || SamenwerkingRechten.uitvoerderVan(g, s);
    }
}
