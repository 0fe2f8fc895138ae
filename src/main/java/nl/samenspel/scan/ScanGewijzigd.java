package nl.samenspel.scan;

/** Published after every change to the scans, answers or action plans of a samenwerking. */
public record ScanGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
