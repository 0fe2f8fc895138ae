package nl.samenspel.verkenning;

import nl.samenspel.samenwerking.SamenwerkingGebeurtenis;

/** Published after every change to the tasks or positions of a samenwerking. */
public record VerkenningGewijzigd(long samenwerkingId) implements SamenwerkingGebeurtenis {}
