package nl.samenspel.evaluatie;

/** Published after every change to the evaluations, actions, uittredingen or opheffing of a samenwerking. */
public record EvaluatieGewijzigd(long samenwerkingId) implements nl.samenspel.samenwerking.SamenwerkingGebeurtenis {}
