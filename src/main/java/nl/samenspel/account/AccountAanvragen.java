package nl.samenspel.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account requests (issue 11): the regisseur of a samenwerking asks for an account for someone of a participating
 * municipality; a beheerder makes it in one step, with a one-time password, or refuses with a reason. Every write is
 * audited under the samenwerking it was asked for.
 */
@Service
public class AccountAanvragen {

    static final int MAX_EMAIL = 254;
    static final int MAX_TOELICHTING = 2000;
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /** What a form or API client sends; everything is checked here. */
    public record Invoer(
            @Nullable Long samenwerkingId,
            @Nullable String weergavenaam,
            @Nullable String email,
            @Nullable String rol,
            @Nullable String gemeenteCode,
            @Nullable String toelichting) {}

    /** The outcome of "make the account": the one-time password exists only here, to be shown once. */
    public record Aangemaakt(AccountAanvraag aanvraag, Account account, String eenmaligWachtwoord) {
        @Override
        public String toString() {
            return "Aangemaakt[aanvraag=" + aanvraag.id() + ", account=" + account.gebruikersnaam() + "]";
        }
    }

    private final AccountAanvraagRepository aanvragen;
    private final AccountService accounts;
    private final ObjectProvider<AanvraagBron> bronnen;
    private final AuditTrail audit;

    AccountAanvragen(
            AccountAanvraagRepository aanvragen,
            AccountService accounts,
            ObjectProvider<AanvraagBron> bronnen,
            AuditTrail audit) {
        this.aanvragen = aanvragen;
        this.accounts = accounts;
        this.bronnen = bronnen;
        this.audit = audit;
    }

    /** The roles a request may ask for: those that act for one municipality. */
    public static List<Rol> aanvraagbareRollen() {
        return List.of(Rol.AMBTENAAR, Rol.BESTUURDER, Rol.RAADSLID);
    }

    @Transactional
    public AccountAanvraag vraagAan(Invoer invoer) {
        Gebruiker ik = HuidigeGebruiker.get();
        Fouten fouten = new Fouten();
        AanvraagBron.Bron s = null;
        if (invoer.samenwerkingId() == null) {
            fouten.voeg("samenwerkingId", "fout.verplicht");
        } else {
            s = bron(invoer.samenwerkingId()).orElse(null);
            if (s == null && !ik.heeft(Rol.BEHEERDER)) {
                throw new AccessDeniedException("geen regisseur van samenwerking " + invoer.samenwerkingId());
            }
            if (s == null) {
                fouten.voeg("samenwerkingId", "account.aanvraag.samenwerking.onbekend");
            } else if (!AanvraagRechten.aanvragen(ik, s)) {
                throw new AccessDeniedException("geen regisseur van samenwerking " + s.id());
            }
        }
        fouten.tekst("weergavenaam", invoer.weergavenaam(), Fouten.MAX_KORT);
        String email = AccountService.leegAlsNull(invoer.email());
        if (email != null && (email.length() > MAX_EMAIL || !email.matches(EMAIL))) {
            fouten.voeg("email", "account.aanvraag.email.vorm");
        }
        Rol rol = leesRol(invoer.rol(), fouten);
        String gemeente = AccountService.leegAlsNull(invoer.gemeenteCode());
        if (gemeente == null) {
            fouten.voeg("gemeenteCode", "fout.verplicht");
        } else if (s != null && !s.gemeenteCodes().contains(gemeente)) {
            fouten.voeg("gemeenteCode", "account.aanvraag.gemeente.geen-partij");
        }
        fouten.optioneleTekst("toelichting", invoer.toelichting(), MAX_TOELICHTING);
        fouten.gooiAlsNietLeeg();
        AanvraagBron.Bron samenwerking = Objects.requireNonNull(s, "validated");
        if (samenwerking.oefencasus()) {
            throw new ConflictException("account.aanvraag.oefening", List.of());
        }
        if (samenwerking.gearchiveerd()) {
            throw new ConflictException("account.aanvraag.gearchiveerd", List.of());
        }
        String naam = Objects.requireNonNull(invoer.weergavenaam(), "validated").strip();
        String code = Objects.requireNonNull(gemeente, "validated");
        Rol gevraagd = Objects.requireNonNull(rol, "validated");
        boolean dubbel = aanvragen.voorSamenwerkingen(List.of(samenwerking.id())).stream()
                .anyMatch(a -> a.open()
                        && a.gemeenteCode().equals(code)
                        && a.rol() == gevraagd
                        && a.weergavenaam().equalsIgnoreCase(naam));
        if (dubbel) {
            throw new ConflictException("account.aanvraag.dubbel", List.of());
        }
        long id = aanvragen.voegToe(new AccountAanvraagRepository.Nieuw(
                samenwerking.id(),
                naam,
                email,
                gevraagd,
                code,
                AccountService.leegAlsNull(invoer.toelichting()),
                ik.gebruikersnaam()));
        AccountAanvraag a = aanvragen.vind(id).orElseThrow();
        audit.legVast(Actie.AANGEMAAKT, "account_aanvraag", id, samenwerking.id(), Map.of(), velden(a));
        return a;
    }

    /**
     * The samenwerking for a new request, when the current user may ask for it (403 otherwise); a practice copy
     * or an archived one is refused (409), as {@link #vraagAan} would.
     */
    @Transactional(readOnly = true)
    public AanvraagBron.Bron samenwerkingVoorAanvraag(long samenwerkingId) {
        Gebruiker ik = HuidigeGebruiker.get();
        AanvraagBron.Bron s = bron(samenwerkingId)
                .filter(b -> AanvraagRechten.aanvragen(ik, b))
                .orElseThrow(() -> new AccessDeniedException("geen regisseur van samenwerking " + samenwerkingId));
        if (s.oefencasus()) {
            throw new ConflictException("account.aanvraag.oefening", List.of());
        }
        if (s.gearchiveerd()) {
            throw new ConflictException("account.aanvraag.gearchiveerd", List.of());
        }
        return s;
    }

    /** A request its reader may see (a beheerder, or the regisseur of its samenwerking); else 404. */
    @Transactional(readOnly = true)
    public AccountAanvraag vind(long id) {
        Gebruiker ik = HuidigeGebruiker.get();
        AccountAanvraag a = aanvragen.vind(id).orElseThrow(() -> new NietGevondenException("account-aanvraag"));
        if (ik.heeft(Rol.BEHEERDER)) {
            return a;
        }
        return bron(a.samenwerkingId())
                .filter(s -> AanvraagRechten.zien(ik, s))
                .map(s -> a)
                .orElseThrow(() -> new NietGevondenException("account-aanvraag"));
    }

    /** The open requests, oldest first: the beheerder's work list. */
    @Transactional(readOnly = true)
    public List<AccountAanvraag> open() {
        if (!AanvraagRechten.afhandelen(HuidigeGebruiker.get())) {
            throw new AccessDeniedException("alleen een beheerder ziet alle aanvragen");
        }
        return aanvragen.open();
    }

    /** Every request for one samenwerking, newest first, for its regisseur or a beheerder. */
    @Transactional(readOnly = true)
    public List<AccountAanvraag> voorSamenwerking(long samenwerkingId) {
        Gebruiker ik = HuidigeGebruiker.get();
        AanvraagBron.Bron s = bron(samenwerkingId)
                .filter(b -> AanvraagRechten.zien(ik, b))
                .orElseThrow(() -> new AccessDeniedException("aanvragen van samenwerking " + samenwerkingId));
        return aanvragen.voorSamenwerkingen(List.of(s.id()));
    }

    /** A free user name for the account of this request: the proposal from the name, numbered when taken. */
    public String voorstel(AccountAanvraag a) {
        String basis = a.voorgesteldeGebruikersnaam();
        String naam = basis;
        for (int n = 2; accounts.bestaat(naam) && n < 1000; n++) {
            naam = basis + n;
        }
        return naam;
    }

    /**
     * Makes the requested account in one step: the name, role and municipality of the request, the user name
     * given (or the proposal), a generated one-time password that must be changed at first sign-in.
     */
    @Transactional
    public Aangemaakt maakAccount(long id, long versie, @Nullable String gebruikersnaam) {
        AccountAanvraag voor = omAfTeHandelen(id, versie);
        String naam = AccountService.leegAlsNull(gebruikersnaam);
        String wachtwoord = EenmaligWachtwoord.nieuw();
        long accountId = accounts.maakMetEenmaligWachtwoord(
                naam == null ? voorstel(voor) : naam.toLowerCase(Locale.ROOT),
                voor.weergavenaam(),
                voor.rol(),
                voor.gemeenteCode(),
                wachtwoord);
        aanvragen.handelAf(
                id, versie, AccountAanvraag.Status.AANGEMAAKT, HuidigeGebruiker.naamVoorHistorie(), null, accountId);
        AccountAanvraag na = aanvragen.vind(id).orElseThrow();
        audit.legVast(Actie.GEWIJZIGD, "account_aanvraag", id, na.samenwerkingId(), velden(voor), velden(na));
        return new Aangemaakt(na, accounts.vind(accountId), wachtwoord);
    }

    /** Refuses the request; the reason is required, so the regisseur learns why. */
    @Transactional
    public AccountAanvraag wijsAf(long id, long versie, @Nullable String reden) {
        Fouten fouten = new Fouten().tekst("reden", reden, MAX_TOELICHTING);
        AccountAanvraag voor = omAfTeHandelen(id, versie);
        fouten.gooiAlsNietLeeg();
        aanvragen.handelAf(
                id,
                versie,
                AccountAanvraag.Status.AFGEWEZEN,
                HuidigeGebruiker.naamVoorHistorie(),
                Objects.requireNonNull(reden, "validated").strip(),
                null);
        AccountAanvraag na = aanvragen.vind(id).orElseThrow();
        audit.legVast(Actie.GEWIJZIGD, "account_aanvraag", id, na.samenwerkingId(), velden(voor), velden(na));
        return na;
    }

    /** Locks the request; refuses one that was handled already (409) or changed since {@code versie} (412). */
    private AccountAanvraag omAfTeHandelen(long id, long versie) {
        if (!AanvraagRechten.afhandelen(HuidigeGebruiker.get())) {
            throw new AccessDeniedException("alleen een beheerder handelt aanvragen af");
        }
        AccountAanvraag a =
                aanvragen.vindOmAfTeHandelen(id).orElseThrow(() -> new NietGevondenException("account-aanvraag"));
        if (!a.open()) {
            throw new ConflictException("account.aanvraag.al-afgehandeld", List.of());
        }
        if (a.versie() != versie) {
            throw new VersieConflictException();
        }
        return a;
    }

    /** The samenwerking of a request as far as the current user may see it (for its title on a page). */
    public Optional<AanvraagBron.Bron> samenwerking(long samenwerkingId) {
        return bron(samenwerkingId);
    }

    private Optional<AanvraagBron.Bron> bron(long samenwerkingId) {
        AanvraagBron bron = bronnen.getIfAvailable();
        return bron == null ? Optional.empty() : bron.samenwerking(samenwerkingId);
    }

    private static @Nullable Rol leesRol(@Nullable String naam, Fouten fouten) {
        if (naam == null || naam.isBlank()) {
            fouten.voeg("rol", "fout.verplicht");
            return null;
        }
        try {
            Rol rol = Rol.valueOf(naam.strip().toUpperCase(Locale.ROOT));
            if (aanvraagbareRollen().contains(rol)) {
                return rol;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        fouten.voeg("rol", "account.aanvraag.rol.ongeldig");
        return null;
    }

    private static Map<String, Object> velden(AccountAanvraag a) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("weergavenaam", a.weergavenaam());
        v.put("email", a.email());
        v.put("rol", a.rol().name());
        v.put("gemeenteCode", a.gemeenteCode());
        v.put("toelichting", a.toelichting());
        v.put("status", a.status().name());
        v.put("reden", a.reden());
        v.put("accountId", a.accountId());
        return v;
    }
}
