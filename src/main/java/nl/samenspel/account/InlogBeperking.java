package nl.samenspel.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.samenspel.platform.LogTekst;
import nl.samenspel.security.InlogRem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing instead of locking accounts (docs/adr/0004-toegang.md). Two counters of failed
 * sign-ins, for the form and HTTP Basic alike:
 * <ul>
 * <li>per client address: after {@code klant.vrij} failures (on any names) the address waits, doubling up to
 * {@code klant.max}; its attempts are refused before any password is checked, so guessing costs the server nothing;
 * <li>per user name: after {@code account.vrij} failures the name waits, doubling up to {@code account.max}. The
 * rightful owner is never shut out for long: once the wait is over the right password is let through, and an
 * attacker on one address runs into the stricter address limit long before he could keep a name waiting.
 * </ul>
 * Unknown names are counted exactly like existing ones, so the answers never tell whether an account exists.
 * Both maps are capped; nothing is stored in the database.
 */
@Component
class InlogBeperking implements InlogRem {

    private static final Logger LOG = LoggerFactory.getLogger(InlogBeperking.class);
    private static final Duration VERGETEN = Duration.ofMinutes(15);

    private final Remmer perKlant;
    private final Remmer perAccount;
    private final Clock klok;

    @Autowired
    InlogBeperking(
            @Value("${samenspel.inloggen.klant.vrij:20}") int klantVrij,
            @Value("${samenspel.inloggen.klant.max:PT5M}") Duration klantMax,
            @Value("${samenspel.inloggen.account.vrij:5}") int accountVrij,
            @Value("${samenspel.inloggen.account.max:PT1M}") Duration accountMax,
            @Value("${samenspel.inloggen.capaciteit:10000}") int capaciteit) {
        this(
                new Remmer(klantVrij, Duration.ofSeconds(1), klantMax, VERGETEN, capaciteit),
                new Remmer(accountVrij, Duration.ofSeconds(1), accountMax, VERGETEN, capaciteit),
                Clock.systemUTC());
    }

    InlogBeperking(Remmer perKlant, Remmer perAccount, Clock klok) {
        this.perKlant = perKlant;
        this.perAccount = perAccount;
        this.klok = klok;
    }

    @Override
    public Duration wachttijd(String gebruikersnaam, String adres) {
        Instant nu = klok.instant();
        Duration klant = perKlant.wachttijd(adres, nu);
        Duration account = perAccount.wachttijd(sleutel(gebruikersnaam), nu);
        return klant.compareTo(account) >= 0 ? klant : account;
    }

    /** Until when signing in as this name must wait (for the BEHEERDER's account page), or null. */
    @Nullable
    Instant wachtTot(String gebruikersnaam) {
        return perAccount.wachtTot(sleutel(gebruikersnaam), klok.instant());
    }

    /** The BEHEERDER lifts the wait of a name at once. */
    void hefOp(String gebruikersnaam) {
        perAccount.vergeet(sleutel(gebruikersnaam));
    }

    @EventListener
    void mislukt(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureServiceExceptionEvent) {
            return; // the database could not be asked: not a wrong password
        }
        Authentication poging = event.getAuthentication();
        String naam = poging.getName();
        String adres = adres(poging);
        Instant nu = klok.instant();
        perAccount.mislukt(sleutel(naam), nu);
        if (adres != null) {
            perKlant.mislukt(adres, nu);
        }
        LOG.info("event=inloggen-mislukt gebruiker={} adres={}", LogTekst.veilig(naam), LogTekst.veilig(adres));
    }

    /**
     * A wrong current password where the signed-in user changes their own ({@link AccountService}): counted like a
     * failed sign-in of that name (and address), so it cannot be guessed faster there than at the login.
     */
    void mislukt(String gebruikersnaam, @Nullable String adres) {
        Instant nu = klok.instant();
        perAccount.mislukt(sleutel(gebruikersnaam), nu);
        if (adres != null) {
            perKlant.mislukt(adres, nu);
        }
        LOG.info(
                "event=huidig-wachtwoord-fout gebruiker={} adres={}",
                LogTekst.veilig(gebruikersnaam),
                LogTekst.veilig(adres));
    }

    @EventListener
    void gelukt(AuthenticationSuccessEvent event) {
        perAccount.vergeet(sleutel(event.getAuthentication().getName()));
    }

    /**
     * The form trims the name before checking it, so " beheerder" must count as "beheerder". No account name is
     * longer than {@link AccountService#MAX_GEBRUIKERSNAAM}; longer guesses share a short key, keeping memory bounded.
     */
    static String sleutel(@Nullable String naam) {
        String kern = naam == null ? "" : naam.trim();
        return kern.length() <= AccountService.MAX_GEBRUIKERSNAAM
                ? kern
                : kern.substring(0, AccountService.MAX_GEBRUIKERSNAAM) + "\u2026";
    }

    private static @Nullable String adres(Authentication poging) {
        return poging.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
