package nl.samenspel.regeling;

import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;
import org.jspecify.annotations.Nullable;

/**
 * Who may change the regeling part; Spring-free (docs/adr/0011). Reading: everyone who sees the samenwerking (nothing
 * in it is confidential).
 *
 * <ul>
 *   <li>The checklist (marking an item arranged or considered, undoing it) and the day the draft went to the raden:
 *       the regisseur, who keeps the draft regeling together for all parties.
 *   <li>A raad's toestemming or zienswijze: the regisseur for any participating municipality, or a civil servant or
 *       bestuurder (wethouder, burgemeester) of that municipality for its own raad: the griffie and the college know
 *       their raad's decision first. A council member records nothing: the raad decides as a body, and its decision
 *       is documented by the municipality's staff. Another municipality's staff may not record it.
 * </ul>
 *
 * Nothing changes in an archived samenwerking.
 */
public final class RegelingRechten {

    private RegelingRechten() {}

    public static Recht onderdeelMarkeren(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }

    public static Recht ontwerpVerzonden(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }

    /** @param gemeenteCode the municipality whose raad decided */
    public static Recht raadsbesluit(Gebruiker g, Samenwerking s, @Nullable String gemeenteCode) {
        boolean deelnemer = gemeenteCode != null && s.neemtDeel(gemeenteCode);
        return Recht.als(
                deelnemer
                        && (SamenwerkingRechten.regisseurVan(g, s)
                                || (SamenwerkingRechten.partijMedewerker(g, s) && g.vanGemeente(gemeenteCode))),
                s);
    }

    /** The rules bound to one user and samenwerking, for a page to ask. */
    public record Voor(Gebruiker g, Samenwerking s) {

        public boolean markeren() {
            return onderdeelMarkeren(g, s).ja();
        }

        public boolean ontwerpVerzonden() {
            return RegelingRechten.ontwerpVerzonden(g, s).ja();
        }

        public boolean raadsbesluit(String gemeenteCode) {
            return RegelingRechten.raadsbesluit(g, s, gemeenteCode).ja();
        }

        /** May record a raad's decision for at least one municipality. */
        public boolean raadsbesluit() {
            return s.gemeenten().stream().anyMatch(x -> raadsbesluit(x.code()));
        }
    }
}
