package nl.samenspel.evaluatie;

import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.security.Gebruiker;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what in evaluation and exit; Spring-free (docs/adr/0011). Reading: everyone who sees the samenwerking.
 * Evaluations, their actions and the opheffing: its regisseur, who records what the parties agree. One exception for
 * actions: staff of the shared organisation who carry the samenwerking out (an UITVOERDER with a seat on its
 * execution line) do most follow-up actions, so they may mark an action done ({@link #actieAfronden}) and nothing
 * else. An uittreding: the regisseur, or a civil servant or alderman of the leaving municipality itself, who
 * announces it and fills in its side; only the regisseur lets it take effect (AFGEROND). A council member reads
 * only. Archived: every yes becomes GEARCHIVEERD.
 */
public final class EvaluatieRechten {

    private EvaluatieRechten() {}

    /** Plan, change and delete evaluations and their actions. */
    public static Recht evalueren(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }

    /** Mark a follow-up action done (or open again): the regisseur, or an uitvoerder who carries it out. */
    public static Recht actieAfronden(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s) || SamenwerkingRechten.uitvoerderVan(g, s), s);
    }

    /**
     * Announce and fill in the uittreding of municipality {@code gemeenteCode} (null: any, as the regisseur does):
     * the regisseur, or a civil servant or alderman of that municipality while it takes part.
     */
    public static Recht uittredingWijzigen(Gebruiker g, Samenwerking s, @Nullable String gemeenteCode) {
        boolean eigen = gemeenteCode != null
                && gemeenteCode.equals(g.gemeenteCode())
                && SamenwerkingRechten.partijMedewerker(g, s);
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s) || eigen, s);
    }

    /** Whether this user may announce an uittreding at all (for any municipality): to show the form. */
    public static Recht uittredingAankondigen(Gebruiker g, Samenwerking s) {
        return uittredingWijzigen(g, s, g.gemeenteCode() == null ? null : g.gemeenteCode());
    }

    /** Let an uittreding take effect (AFGEROND): the party leaves the samenwerking. */
    public static Recht uittredingAfronden(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }

    /** Record the opheffing of the whole samenwerking and its vereffening. */
    public static Recht opheffen(Gebruiker g, Samenwerking s) {
        return Recht.als(SamenwerkingRechten.regisseurVan(g, s), s);
    }
}
