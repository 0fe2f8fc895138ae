package nl.samenspel.regeling;

/** Published after every change to the regeling part (checklist, draft sent, a raad's decision) of a samenwerking. */
public record RegelingGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
