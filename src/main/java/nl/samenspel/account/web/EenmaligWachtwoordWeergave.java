package nl.samenspel.account.web;

/** What the confirmation page shows once, right after the account was made (a flash attribute, never stored). */
public record EenmaligWachtwoordWeergave(String gebruikersnaam, String weergavenaam, String wachtwoord) {}
