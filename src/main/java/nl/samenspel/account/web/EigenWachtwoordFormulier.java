package nl.samenspel.account.web;

import org.jspecify.annotations.Nullable;

/** The form "choose your own password": the new password twice, with the account's version. */
public record EigenWachtwoordFormulier(
        @Nullable String wachtwoord,
        @Nullable String herhaling,
        @Nullable String versie) {}
