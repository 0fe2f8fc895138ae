package nl.samenspel.overgang;

/** Published after every change to the start, transition period, measures, inventory or expectations. */
public record OvergangGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
