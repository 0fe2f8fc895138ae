package nl.samenspel.samenwerking.web;

/** One municipality checkbox in the picker. */
public record Keuze(String code, String naam, boolean gekozen) {}
