package nl.samenspel.account;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * After {@code drempel} wrong passwords in a row an account's login is refused for a while,
 * for the form and for HTTP Basic alike (the account reports itself locked).
 */
@Component
class InlogBeperking {

    private static final Logger LOG = LoggerFactory.getLogger(InlogBeperking.class);

    private final AccountRepository accounts;
    private final int drempel;
    private final Duration blokkade;

    InlogBeperking(AccountRepository accounts,
            @Value("${samenspel.inloggen.max-pogingen:5}") int drempel,
            @Value("${samenspel.inloggen.blokkade:PT5M}") Duration blokkade) {
        this.accounts = accounts;
        this.drempel = drempel;
        this.blokkade = blokkade;
    }

    @EventListener
    void mislukt(AuthenticationFailureBadCredentialsEvent event) {
        String naam = event.getAuthentication().getName();
        accounts.registreerMislukt(naam, drempel, Instant.now().plus(blokkade));
        LOG.info("event=inloggen-mislukt gebruiker={}", naam);
    }

    @EventListener
    void gelukt(AuthenticationSuccessEvent event) {
        accounts.registreerGelukt(event.getAuthentication().getName());
    }
}
