package nl.samenspel.gesprek;

/** Published after every change to the conversations or the question bank of a samenwerking. */
public record GesprekGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
