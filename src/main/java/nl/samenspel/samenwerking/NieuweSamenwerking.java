package nl.samenspel.samenwerking;

import java.util.List;

/**
 * Input for a new samenwerking. {@code regisseur} is only used when a BEHEERDER creates it; a REGISSEUR
 * always leads what they create.
 */
public record NieuweSamenwerking(String titel, String omschrijving, List<String> gemeenten, String regisseur) {}
