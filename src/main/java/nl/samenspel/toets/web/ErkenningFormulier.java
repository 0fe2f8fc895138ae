package nl.samenspel.toets.web;

/** Acknowledging one finding of the check ({@code controle} and {@code onderwerp} name it) with a reason. */
public record ErkenningFormulier(String controle, String onderwerp, String reden) {}
