package nl.samenspel.bestuur;

import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;

/**
 * Who may do what in the governance designer; Spring-free (docs/adr/0011). Reading bodies and seats: everyone who
 * sees the samenwerking (who sits on a public body is public information). Designing (bodies, seats, adopting the
 * proposal): its regisseur, who records what the parties agree.
 */
public final class BestuurRechten {

    private BestuurRechten() {}

    public static Recht ontwerpen(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }
}
