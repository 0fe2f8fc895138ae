package nl.samenspel.security;

/** Implemented by the authentication principal, so any module can get the domain user. */
public interface HeeftGebruiker {
    Gebruiker gebruiker();
}
