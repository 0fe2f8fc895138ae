package nl.samenspel.account.web;

import org.jspecify.annotations.Nullable;

/** The form "ask for an account" of the regisseur; {@code samenwerking} is a hidden field. */
public record AanvraagFormulier(
        @Nullable String samenwerking,
        @Nullable String weergavenaam,
        @Nullable String email,
        @Nullable String rol,
        @Nullable String gemeenteCode,
        @Nullable String toelichting) {}
