package nl.samenspel.samenwerking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.account.AccountFeiten;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Melding;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What a samenwerking waits for in accounts (issue 11): a participating municipality without an account that can
 * answer for it waits on the regisseur (ask for one) or, once asked, on a beheerder (make it). Nothing for a
 * practice copy (its parties are made up) or an archived samenwerking. Phase VERKENNEN, after the positions (see
 * {@link Werkvoorraden}): the method wants the positions first, and the regisseur can record them on a party's
 * behalf while its account is not there yet. Not {@link OpenPunt#openbaar() public}: which party has no account is
 * shown only to the regisseur and beheerders. Two queries for any number of samenwerkingen.
 */
@Component
@Order(Werkvoorraden.ACCOUNTS)
class AccountWerkvoorraad implements Werkvoorraad {

    private final AccountFeiten accounts;

    AccountWerkvoorraad(AccountFeiten accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<OpenPunt> open(Samenwerking s) {
        return open(List.of(s)).getOrDefault(s.id(), List.of());
    }

    @Override
    public Map<Long, List<OpenPunt>> open(List<Samenwerking> lijst) {
        List<Samenwerking> echt = lijst.stream()
                .filter(s ->
                        !s.oefencasus() && !s.gearchiveerd() && !s.gemeenten().isEmpty())
                .toList();
        Map<Long, List<OpenPunt>> uit = new HashMap<>();
        if (echt.isEmpty()) {
            return uit;
        }
        Set<String> met = accounts.gemeentenMetAccount(echt.stream()
                .flatMap(s -> s.gemeenten().stream())
                .map(Gemeente::code)
                .distinct()
                .toList());
        List<Samenwerking> metZonder = echt.stream()
                .filter(s -> s.gemeenten().stream().anyMatch(g -> !met.contains(g.code())))
                .toList();
        if (metZonder.isEmpty()) {
            return uit;
        }
        Map<Long, Set<String>> aangevraagd = accounts.gemeentenMetOpenAanvraag(
                metZonder.stream().map(Samenwerking::id).toList());
        for (Samenwerking s : metZonder) {
            uit.put(s.id(), punten(s, met, aangevraagd.getOrDefault(s.id(), Set.of())));
        }
        return uit;
    }

    private static List<OpenPunt> punten(Samenwerking s, Set<String> met, Set<String> aangevraagd) {
        String pad = "/samenwerkingen/" + s.id() + "#accounts";
        List<OpenPunt> punten = new ArrayList<>();
        for (Gemeente g : s.gemeenten()) {
            if (met.contains(g.code())) {
                continue;
            }
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
