package nl.samenspel.vorm;

/** Published after every change to the form decision (or the advice's answers) of a samenwerking. */
public record VormGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
