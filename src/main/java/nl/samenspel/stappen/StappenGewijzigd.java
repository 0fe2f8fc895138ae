package nl.samenspel.stappen;

/** Published after every change to the steps of a samenwerking (content, discussed, unlock, postponement). */
public record StappenGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
