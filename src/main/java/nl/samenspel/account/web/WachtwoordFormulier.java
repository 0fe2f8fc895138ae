package nl.samenspel.account.web;

/** The form "set a new password", with the version the administrator saw. */
public record WachtwoordFormulier(String wachtwoord, String versie) {}
