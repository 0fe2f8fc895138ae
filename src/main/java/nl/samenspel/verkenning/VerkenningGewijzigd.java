package nl.samenspel.verkenning;

/** Published after every change to the tasks or positions of a samenwerking. */
public record VerkenningGewijzigd(long samenwerkingId) {}
