package nl.samenspel.samenwerking.web;

import java.util.List;
import nl.samenspel.account.AccountAanvraag;
import org.jspecify.annotations.Nullable;

/**
 * The section "accounts for the parties" of the samenwerking page, for its regisseur (and a beheerder): which
 * participating municipalities have no account that can answer for them yet, each with its latest request, and the
 * name just requested (after the form, once).
 */
public record PartijAccounts(
        List<Partij> zonderAccount, @Nullable String aangevraagd) {

    public PartijAccounts {
        zonderAccount = List.copyOf(zonderAccount);
    }

    /** @param laatste the most recent request for this municipality in this samenwerking, or null */
    public record Partij(
            String gemeenteCode, String naam, @Nullable AccountAanvraag laatste) {}
}
