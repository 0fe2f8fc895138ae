package nl.samenspel.afspraken;

/** Published after every change to the catalogue, the DVOs or the settings of a samenwerking. */
public record AfsprakenGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
