package nl.samenspel.toets;

/**
 * Which positions a view of the check is computed from (ADR 0010). Each view has its own stored findings and
 * history, so what one reader sees never moves because of something that reader may not read.
 */
public enum Weergave {
    /** Every position and answer, shared or not: for the regisseur of the samenwerking, who may read them all. */
    VOLLEDIG,
    /** Shared positions and the answers in them only: for everybody else who may see the samenwerking. */
    GEDEELD
}
