package nl.samenspel.samenwerking.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.account.AccountAanvraag;
import nl.samenspel.account.AccountAanvragen;
import nl.samenspel.account.AccountFeiten;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.Gemeenten;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which parties have no account yet (issue 11), from the account module's public API: for the samenwerking page
 * (its regisseur and a beheerder) and for the beheerder's start page.
 */
@Component
class AccountOverzichten {

    /** More real samenwerkingen than this are not scanned for the start page (it lists, it does not report). */
    static final int MAX_SAMENWERKINGEN = 500;

    private final AccountFeiten accounts;
    private final AccountAanvragen aanvragen;
    private final Samenwerkingen samenwerkingen;
    private final Gemeenten alleGemeenten;

    AccountOverzichten(
            AccountFeiten accounts,
            AccountAanvragen aanvragen,
            Samenwerkingen samenwerkingen,
            Gemeenten alleGemeenten) {
        this.alleGemeenten = alleGemeenten;
        this.accounts = accounts;
        this.aanvragen = aanvragen;
        this.samenwerkingen = samenwerkingen;
    }

    /** The section for the samenwerking page, or null for who does not ask for accounts (or a practice copy). */
    @Nullable
    PartijAccounts voorPagina(Gebruiker g, Samenwerking s, @Nullable Object aangevraagd) {
        boolean mag = SamenwerkingRechten.regisseurVan(g, s) || g.heeft(Rol.BEHEERDER);
        if (!mag || s.oefencasus()) {
            return null;
        }
        Set<String> met = accounts.gemeentenMetAccount(
                s.gemeenten().stream().map(Gemeente::code).toList());
        Map<String, AccountAanvraag> laatste = new HashMap<>();
        for (AccountAanvraag a : aanvragen.voorSamenwerking(s.id())) {
            laatste.putIfAbsent(a.gemeenteCode(), a); // newest first
        }
        List<PartijAccounts.Partij> zonder = s.gemeenten().stream()
                .filter(gm -> !met.contains(gm.code()))
                .map(gm -> new PartijAccounts.Partij(gm.code(), gm.naam(), laatste.get(gm.code())))
                .toList();
        return new PartijAccounts(zonder, aangevraagd instanceof String naam ? naam : null);
    }

    /** The beheerder's part of the start page. */
    BeheerStart voorBeheerder() {
        List<Samenwerking> echte =
                samenwerkingen.zichtbaar(false, false, 1, MAX_SAMENWERKINGEN).items();
        Map<Long, String> titels = new HashMap<>();
        Map<String, Gemeente> gemeenten = new LinkedHashMap<>();
        Map<String, List<String>> waar = new HashMap<>();
        for (Samenwerking s : echte) {
            titels.put(s.id(), s.titel());
            for (Gemeente g : s.gemeenten()) {
                gemeenten.putIfAbsent(g.code(), g);
                waar.computeIfAbsent(g.code(), c -> new ArrayList<>()).add(s.titel());
            }
        }
        Set<String> met = accounts.gemeentenMetAccount(gemeenten.keySet());
        List<BeheerStart.GemeenteZonderAccount> zonder = gemeenten.values().stream()
                .filter(g -> !met.contains(g.code()))
                .sorted(java.util.Comparator.comparing(Gemeente::naam))
                .map(g -> new BeheerStart.GemeenteZonderAccount(
                        g.code(), g.naam(), waar.getOrDefault(g.code(), List.of())))
                .toList();
        List<BeheerStart.Aanvraag> open = aanvragen.open().stream()
                .map(a -> new BeheerStart.Aanvraag(
                        a,
                        alleGemeenten.vind(a.gemeenteCode()).map(Gemeente::naam).orElse(a.gemeenteCode()),
                        titels.getOrDefault(a.samenwerkingId(), ""),
                        aanvragen.voorstel(a),
                        samenwerkingen.weergavenaam(a.aangevraagdDoor())))
                .toList();
        return new BeheerStart(open, zonder);
    }
}
