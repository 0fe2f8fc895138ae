package nl.samenspel.gedoe;

/** Published after every change to the gedoelog, the settings or the safety net of a samenwerking. */
public record GedoeGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
