package nl.samenspel.security;

import java.time.Duration;

/**
 * Slows down password guessing (implemented by the accounts module). Asked before a password is checked, so a
 * throttled attempt costs no password hash at all.
 */
public interface InlogRem {

    /**
     * How long an attempt to sign in as {@code gebruikersnaam} from client address {@code adres} must still wait;
     * {@link Duration#ZERO} when it may be checked now. The answer must not depend on whether the account exists.
     */
    Duration wachttijd(String gebruikersnaam, String adres);
}
