package nl.samenspel.account.web;

import org.jspecify.annotations.Nullable;

/** The beheerder's forms on a request: make the account (gebruikersnaam) or refuse it (reden), with the version. */
public record AfhandelFormulier(
        @Nullable String gebruikersnaam,
        @Nullable String reden,
        @Nullable String versie) {}
