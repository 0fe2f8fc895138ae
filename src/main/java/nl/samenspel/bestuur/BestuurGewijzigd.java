package nl.samenspel.bestuur;

/** Published after every change to the bodies or seats of a samenwerking. */
public record BestuurGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
