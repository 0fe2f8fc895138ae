package nl.samenspel.samenwerking.web;

import java.util.List;
import nl.samenspel.account.AccountAanvraag;

/**
 * The beheerder's part of the start page: open account requests (name, role and municipality filled in, with the
 * proposed user name for the one-step form) and the participating municipalities of real samenwerkingen that have
 * no account yet.
 */
public record BeheerStart(List<Aanvraag> aanvragen, List<GemeenteZonderAccount> zonderAccount) {

    public BeheerStart {
        aanvragen = List.copyOf(aanvragen);
        zonderAccount = List.copyOf(zonderAccount);
    }

    /** @param door the display name of the regisseur who asked */
    public record Aanvraag(
            AccountAanvraag aanvraag, String gemeenteNaam, String samenwerkingTitel, String voorstel, String door) {}

    /** @param samenwerkingen the titles of the samenwerkingen it takes part in */
    public record GemeenteZonderAccount(String code, String naam, List<String> samenwerkingen) {
        public GemeenteZonderAccount {
            samenwerkingen = List.copyOf(samenwerkingen);
        }
    }
}
