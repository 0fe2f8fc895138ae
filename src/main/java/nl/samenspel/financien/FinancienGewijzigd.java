package nl.samenspel.financien;

/** Published after every change to the key, a budget, a financial event, its raadsinformatie or the settings. */
public record FinancienGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
