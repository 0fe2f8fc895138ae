package nl.samenspel.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gemeente.Gemeenten;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Pagina;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Sessies;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing accounts, with validation and an audit record for every write. */
@Service
public class AccountService {

    static final int MIN_WACHTWOORD = 8;
    static final int MAX_WACHTWOORD = 200;
    static final int MAX_GEBRUIKERSNAAM = 100;
    private static final int MAX_GEMEENTECODE = 6;

    /** What a form or API client sends to create an account; role names are checked here, not by the binder. */
    public record Invoer(
            String gebruikersnaam,
            String weergavenaam,
            String wachtwoord,
            Collection<String> rollen,
            String gemeenteCode) {}

    /** The editable fields of an existing account (a full replacement). */
    public record Wijziging(String weergavenaam, Collection<String> rollen, String gemeenteCode, Boolean actief) {}

    /** One full-cost hash per public password, shared by all demo accounts (see maakMetOpenbaarWachtwoord). */
    private final Map<String, String> openbareHashes = new ConcurrentHashMap<>();

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Gemeenten gemeenten;
    private final AuditTrail audit;
    private final Sessies sessies;
    private final InlogBeperking inlogBeperking;
    private final ApplicationEventPublisher events;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder encoder,
            Gemeenten gemeenten,
            AuditTrail audit,
            Sessies sessies,
            InlogBeperking inlogBeperking,
            ApplicationEventPublisher events) {
        this.events = events;
        this.sessies = sessies;
        this.inlogBeperking = inlogBeperking;
        this.accounts = accounts;
        this.encoder = encoder;
        this.gemeenten = gemeenten;
        this.audit = audit;
    }

    /** Also used at start-up (demo data, first BEHEERDER), when nobody is signed in. */
    @Transactional
    public long maak(NieuwAccount nieuw) {
        return maak(
                nieuw.gebruikersnaam(),
                nieuw.weergavenaam(),
                nieuw.wachtwoord(),
                nieuw.rollen() == null ? Set.of() : nieuw.rollen(),
                nieuw.gemeenteCode(),
                new Fouten(),
                encoder,
                false);
    }

    /**
     * For the demo accounts only: their password is printed in the README, so one full-cost hash is made once and
     * shared by all of them, instead of eight (the largest single item of a first start, bench/README.md). The
     * cost is the normal one: a cheaper hash would answer a wrong password faster and so tell that the account
     * exists (issue 8).
     */
    @Transactional
    public long maakMetOpenbaarWachtwoord(NieuwAccount nieuw) {
        return maak(
                nieuw.gebruikersnaam(),
                nieuw.weergavenaam(),
                nieuw.wachtwoord(),
                nieuw.rollen() == null ? Set.of() : nieuw.rollen(),
                nieuw.gemeenteCode(),
                new Fouten(),
                openbaar(),
                false);
    }

    /** Encodes like {@code encoder}, but the same password gets the same (full-cost) hash every time. */
    private PasswordEncoder openbaar() {
        return new PasswordEncoder() {
            @Override
            public @Nullable String encode(@Nullable CharSequence wachtwoord) {
                if (wachtwoord == null) {
                    return null;
                }
                return openbareHashes.computeIfAbsent(wachtwoord.toString(), encoder::encode);
            }

            @Override
            public boolean matches(@Nullable CharSequence wachtwoord, @Nullable String hash) {
                return encoder.matches(wachtwoord, hash);
            }
        };
    }

    @Transactional
    public long maak(Invoer invoer) {
        Fouten fouten = new Fouten();
        Set<Rol> rollen = leesRollen(invoer.rollen(), fouten);
        return maak(
                invoer.gebruikersnaam(),
                invoer.weergavenaam(),
                invoer.wachtwoord(),
                rollen,
                invoer.gemeenteCode(),
                fouten,
                encoder,
                false);
    }

    /**
     * An account with a generated one-time password (returned once, stored only as a hash) that its user must
     * change at first sign-in. For a request handled by the beheerder ({@link AccountAanvragen}).
     */
    long maakMetEenmaligWachtwoord(
            String gebruikersnaam, String weergavenaam, Rol rol, String gemeenteCode, String eenmaligWachtwoord) {
        return maak(
                gebruikersnaam,
                weergavenaam,
                eenmaligWachtwoord,
                EnumSet.of(rol),
                gemeenteCode,
                new Fouten(),
                encoder,
                true);
    }

    private long maak(
            String gebruikersnaam,
            String weergavenaam,
            String wachtwoord,
            Set<Rol> rollen,
            @Nullable String gemeenteCode,
            Fouten fouten,
            PasswordEncoder versleutelaar,
            boolean moetWachtwoordWijzigen) {
        HuidigeGebruiker.optioneel().ifPresent(AccountService::vereisBeheerder);
        fouten.tekst("gebruikersnaam", gebruikersnaam, MAX_GEBRUIKERSNAAM);
        if (!fouten.heeft("gebruikersnaam") && !gebruikersnaam.matches("[a-z0-9._-]{3,100}")) {
            fouten.voeg("gebruikersnaam", "account.gebruikersnaam.vorm");
        }
        if (!fouten.heeft("gebruikersnaam") && accounts.bestaat(gebruikersnaam)) {
            fouten.voeg("gebruikersnaam", "account.gebruikersnaam.bestaat");
        }
        fouten.tekst("weergavenaam", weergavenaam, Fouten.MAX_KORT);
        controleerWachtwoord(fouten, wachtwoord);
        controleerRollenEnGemeente(fouten, rollen, gemeenteCode);
        fouten.gooiAlsNietLeeg();

        long id;
        try {
            id = accounts.voegToe(
                    gebruikersnaam,
                    weergavenaam.trim(),
                    hash(versleutelaar, wachtwoord),
                    leegAlsNull(gemeenteCode),
                    rollen,
                    moetWachtwoordWijzigen);
        } catch (DuplicateKeyException e) {
            // Created by a simultaneous request after the check above: the same answer as a moment later.
            throw OngeldigeInvoerException.van("gebruikersnaam", "account.gebruikersnaam.bestaat");
        }
        audit.legVast(
                Actie.AANGEMAAKT,
                "account",
                id,
                null,
                Map.of(),
                velden(accounts.vind(id).orElseThrow()));
        // A samenwerking may already name this user as its regisseur (R6.2 then found no account).
        events.publishEvent(new AccountGewijzigd(gebruikersnaam));
        return id;
    }

    public Optional<Account> vindOpNaam(String gebruikersnaam) {
        return accounts.vindOpNaam(gebruikersnaam);
    }

    public boolean bestaat(String gebruikersnaam) {
        return accounts.bestaat(gebruikersnaam);
    }

    public Account vind(long id) {
        return accounts.vind(id).orElseThrow(() -> new NietGevondenException("account"));
    }

    public List<Account> alle() {
        return accounts.alle();
    }

    public Pagina<Account> pagina(@Nullable Integer pagina, @Nullable Integer grootte) {
        int p = Pagina.pagina(pagina);
        int g = Pagina.grootte(grootte, 50);
        return new Pagina<>(accounts.pagina(p, g), p, g, accounts.aantal());
    }

    /**
     * Changes the editable fields when nobody changed the account since {@code versie}. A BEHEERDER cannot
     * lock themselves out: no deactivating, no dropping the BEHEERDER role on their own account.
     */
    @Transactional
    public Account wijzig(long id, long versie, Wijziging wijziging) {
        Gebruiker ik = vereisBeheerder(HuidigeGebruiker.get());
        Account voor = vind(id);
        Fouten fouten = new Fouten();
        fouten.tekst("weergavenaam", wijziging.weergavenaam(), Fouten.MAX_KORT);
        Set<Rol> rollen = leesRollen(wijziging.rollen(), fouten);
        controleerRollenEnGemeente(fouten, rollen, wijziging.gemeenteCode());
        if (wijziging.actief() == null) {
            fouten.voeg("actief", "fout.verplicht");
        }
        if (ik.accountId() == id) {
            if (Boolean.FALSE.equals(wijziging.actief())) {
                fouten.voeg("actief", "account.eigen.actief");
            }
            if (!fouten.heeft("rollen") && !rollen.contains(Rol.BEHEERDER)) {
                fouten.voeg("rollen", "account.eigen.beheerder");
            }
        }
        fouten.gooiAlsNietLeeg();

        accounts.wijzig(
                id,
                versie,
                wijziging.weergavenaam().trim(),
                leegAlsNull(wijziging.gemeenteCode()),
                rollen,
                wijziging.actief());
        Account na = vind(id);
        audit.legVast(Actie.GEWIJZIGD, "account", id, null, velden(voor), velden(na));
        if (voor.actief() != na.actief()
                || !voor.rollen().equals(na.rollen())
                || !java.util.Objects.equals(voor.gemeenteCode(), na.gemeenteCode())) {
            sessies.beeindig(na.gebruikersnaam());
            events.publishEvent(new AccountGewijzigd(na.gebruikersnaam()));
        }
        return na;
    }

    /** The audit records only that the password changed, never the password or its hash. */
    @Transactional
    public void wijzigWachtwoord(long id, long versie, String wachtwoord) {
        vereisBeheerder(HuidigeGebruiker.get());
        vind(id);
        Fouten fouten = new Fouten();
        controleerWachtwoord(fouten, wachtwoord);
        fouten.gooiAlsNietLeeg();
        accounts.wijzigWachtwoord(id, versie, hash(encoder, wachtwoord));
        sessies.beeindig(vind(id).gebruikersnaam());
        audit.legVast(Actie.GEWIJZIGD, "account", id, null, Map.of(), Map.of("wachtwoord", "gewijzigd"));
    }

    /**
     * The signed-in user chooses their own password (required after a one-time password): the same rules as every
     * password, typed twice, and not the password they have now. Clears "must change password"; the audit records
     * that, never the password or its hash.
     */
    @Transactional
    public Account wijzigEigenWachtwoord(long versie, @Nullable String wachtwoord, @Nullable String herhaling) {
        Account voor = vind(HuidigeGebruiker.get().accountId());
        Fouten fouten = new Fouten();
        controleerWachtwoord(fouten, wachtwoord);
        if (!fouten.heeft("wachtwoord") && !Objects.equals(wachtwoord, herhaling)) {
            fouten.voeg("herhaling", "account.wachtwoord.herhaling");
        }
        String huidigeHash = accounts.wachtwoordHash(voor.gebruikersnaam());
        if (!fouten.heeft("wachtwoord") && huidigeHash != null && encoder.matches(wachtwoord, huidigeHash)) {
            fouten.voeg("wachtwoord", "account.wachtwoord.zelfde");
        }
        fouten.gooiAlsNietLeeg();
        return zetEigenWachtwoord(voor, versie, Objects.requireNonNull(wachtwoord, "validated"));
    }

    private Account zetEigenWachtwoord(Account voor, long versie, String wachtwoord) {
        accounts.wijzigEigenWachtwoord(voor.id(), versie, hash(encoder, wachtwoord));
        Map<String, Object> oud = new LinkedHashMap<>();
        oud.put("eenmalig", voor.moetWachtwoordWijzigen());
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("eenmalig", false);
        nieuw.put("wachtwoord", "gewijzigd door de gebruiker");
        audit.legVast(Actie.GEWIJZIGD, "account", voor.id(), null, oud, nieuw);
        return vind(voor.id());
    }

    /**
     * The same change through the API ({@code PUT /api/v1/mij/wachtwoord}): the current password instead of typing
     * the new one twice. A wrong current password counts as a failed sign-in of this name from {@code adres}, so
     * guessing it is throttled like guessing at the login (HTTP Basic then gets 429); while the name must wait, the
     * current password is not even checked. No If-Match: knowing the current password is the precondition, and the
     * write still only succeeds on the version read here (a change in between is a 412). Neither password ever
     * reaches a message, a log line or the audit.
     */
    @Transactional
    public Account wijzigEigenWachtwoord(@Nullable String huidig, @Nullable String nieuw, @Nullable String adres) {
        Account voor = vind(HuidigeGebruiker.get().accountId());
        Fouten fouten = new Fouten();
        Duration wacht = inlogBeperking.wachttijd(voor.gebruikersnaam(), adres == null ? "" : adres);
        String huidigeHash = accounts.wachtwoordHash(voor.gebruikersnaam());
        if (!wacht.isZero() && !wacht.isNegative()) {
            fouten.voeg("huidigWachtwoord", "account.wachtwoord.huidig-wacht", Math.max(1, wacht.toSeconds()));
        } else if (huidig == null || huidig.isEmpty()) {
            fouten.voeg("huidigWachtwoord", "account.wachtwoord.huidig-verplicht");
        } else if (huidigeHash == null || !encoder.matches(huidig, huidigeHash)) {
            inlogBeperking.mislukt(voor.gebruikersnaam(), adres);
            fouten.voeg("huidigWachtwoord", "account.wachtwoord.huidig-onjuist");
        }
        controleerWachtwoord(fouten, "nieuwWachtwoord", nieuw);
        if (!fouten.heeft("huidigWachtwoord") && !fouten.heeft("nieuwWachtwoord") && Objects.equals(huidig, nieuw)) {
            fouten.voeg("nieuwWachtwoord", "account.wachtwoord.zelfde");
        }
        fouten.gooiAlsNietLeeg();
        return zetEigenWachtwoord(voor, voor.versie(), Objects.requireNonNull(nieuw, "validated"));
    }

    /** Until when signing in as this account must wait after wrong passwords, or null. */
    public @Nullable Instant wachtTot(Account a) {
        return inlogBeperking.wachtTot(a.gebruikersnaam());
    }

    /** Lifts a login wait before it runs out; idempotent, so it needs no version. */
    @Transactional
    public void deblokkeer(long id) {
        vereisBeheerder(HuidigeGebruiker.get());
        Account voor = vind(id);
        Instant tot = wachtTot(voor);
        inlogBeperking.hefOp(voor.gebruikersnaam());
        accounts.deblokkeer(id);
        Map<String, Object> oud = new LinkedHashMap<>();
        oud.put("geblokkeerdTot", tot == null ? null : tot.toString());
        Map<String, Object> nieuw = new LinkedHashMap<>();
        nieuw.put("geblokkeerdTot", null);
        audit.legVast(Actie.GEWIJZIGD, "account", id, null, oud, nieuw);
    }

    /** Our encoders hash every non-null password; a null hash would lock the account out for good. */
    private static String hash(PasswordEncoder versleutelaar, String wachtwoord) {
        return Objects.requireNonNull(versleutelaar.encode(wachtwoord), "hash");
    }

    private static Gebruiker vereisBeheerder(Gebruiker gebruiker) {
        if (!gebruiker.heeft(Rol.BEHEERDER)) {
            throw new AccessDeniedException("alleen een beheerder beheert accounts");
        }
        return gebruiker;
    }

    private static void controleerWachtwoord(Fouten fouten, @Nullable String wachtwoord) {
        controleerWachtwoord(fouten, "wachtwoord", wachtwoord);
    }

    private static void controleerWachtwoord(Fouten fouten, String veld, @Nullable String wachtwoord) {
        if (wachtwoord == null || wachtwoord.length() < MIN_WACHTWOORD) {
            fouten.voeg(veld, "account.wachtwoord.kort", MIN_WACHTWOORD);
        } else if (wachtwoord.length() > MAX_WACHTWOORD) {
            fouten.voeg(veld, "fout.te-lang", MAX_WACHTWOORD);
        }
    }

    /** Role names as sent by a form or client; unknown names are an input error, not a 500. */
    static Set<Rol> leesRollen(Collection<String> namen, Fouten fouten) {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        if (namen == null) {
            return rollen;
        }
        for (String naam : namen) {
            try {
                rollen.add(Rol.valueOf(naam == null ? "" : naam.trim()));
            } catch (IllegalArgumentException e) {
                fouten.voeg("rollen", "account.rollen.onbekend");
            }
        }
        return rollen;
    }

    void controleerRollenEnGemeente(Fouten fouten, Set<Rol> rollen, @Nullable String gemeenteCode) {
        if (rollen == null || rollen.isEmpty()) {
            fouten.voeg("rollen", "account.rollen.verplicht");
        }
        boolean gebonden = rollen != null && rollen.stream().anyMatch(Rol::gemeentegebonden);
        String gemeente = leegAlsNull(gemeenteCode);
        if (gemeente == null) {
            if (gebonden) {
                fouten.voeg("gemeenteCode", "account.gemeente.verplicht");
            }
        } else if (gemeente.length() > MAX_GEMEENTECODE || !gemeenten.bestaat(gemeente)) {
            fouten.voeg("gemeenteCode", "account.gemeente.onbekend");
        }
    }

    /** "eenmalig": signed in with a one-time password, must choose their own (the word "wachtwoord" stays out). */
    static Map<String, Object> velden(Account a) {
        Map<String, Object> velden = new LinkedHashMap<>();
        velden.put("gebruikersnaam", a.gebruikersnaam());
        velden.put("weergavenaam", a.weergavenaam());
        velden.put("gemeenteCode", a.gemeenteCode());
        velden.put("rollen", a.rollen().stream().map(Enum::name).sorted().toList());
        velden.put("actief", a.actief());
        velden.put("eenmalig", a.moetWachtwoordWijzigen());
        return velden;
    }

    static @Nullable String leegAlsNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
