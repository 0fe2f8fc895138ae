package nl.samenspel.samenwerking;

import java.util.List;

/** A full edit by the regisseur; {@code gearchiveerd} null leaves the archive state as it is. */
public record SamenwerkingWijziging(String titel, String omschrijving, List<String> gemeenten, Boolean gearchiveerd) {}
