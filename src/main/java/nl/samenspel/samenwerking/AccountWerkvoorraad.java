package nl.samenspel.samenwerking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.samenspel.account.AccountFeiten;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Melding;
import org.springframework.stereotype.Component;

/**
 * What a samenwerking waits for in accounts (issue 11): a participating municipality without an account that can
 * answer for it waits on the regisseur (ask for one) or, once asked, on a beheerder (make it). Nothing for a
 * practice copy (its parties are made up) or an archived samenwerking.
 */
@Component
class AccountWerkvoorraad implements Werkvoorraad {

    private final AccountFeiten accounts;

    AccountWerkvoorraad(AccountFeiten accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<OpenPunt> open(Samenwerking s) {
        if (s.oefencasus() || s.gearchiveerd()) {
            return List.of();
        }
        Set<String> met = accounts.gemeentenMetAccount(
                s.gemeenten().stream().map(Gemeente::code).toList());
        List<Gemeente> zonder =
                s.gemeenten().stream().filter(g -> !met.contains(g.code())).toList();
        if (zonder.isEmpty()) {
            return List.of();
        }
        Set<String> aangevraagd = accounts.gemeentenMetOpenAanvraag(s.id());
        String pad = "/samenwerkingen/" + s.id() + "#accounts";
        List<OpenPunt> punten = new ArrayList<>();
        for (Gemeente g : zonder) {
            punten.add(
                    aangevraagd.contains(g.code())
                            ? OpenPunt.voorBeheerder(
                                    Fase.VERKENNEN, Melding.van("samenwerking.werk.account-maken", g.naam()), pad)
                            : OpenPunt.voorRegisseur(
                                    Fase.VERKENNEN, Melding.van("samenwerking.werk.account-aanvragen", g.naam()), pad));
        }
        return punten;
    }
}
