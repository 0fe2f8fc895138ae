package nl.samenspel.kalender;

/** Published after every change to the P&C calendar of a samenwerking (dates, budget changes, zienswijzen). */
public record KalenderGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
