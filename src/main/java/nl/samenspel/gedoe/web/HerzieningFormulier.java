package nl.samenspel.gedoe.web;

import org.jspecify.annotations.Nullable;

/** The DVO a decided item leads to a revision of, with the item's version. */
public record HerzieningFormulier(
        @Nullable String dvo, @Nullable String versie) {}
