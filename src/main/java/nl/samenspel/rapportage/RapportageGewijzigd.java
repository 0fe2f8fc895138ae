package nl.samenspel.rapportage;

/** Published after every change to the progress reports of a samenwerking. */
public record RapportageGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
