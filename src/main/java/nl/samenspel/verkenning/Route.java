package nl.samenspel.verkenning;

/**
 * The route the parties chose for one task (rule 5), recorded by the regisseur. Without a recorded route the
 * analysis's advice stands as the default ({@link RouteAdvies}).
 */
public enum Route {
    /** A shared arrangement: the parties do the task together. */
    SAMENWERKEN,
    /** One or more parties (the kopers) buy the task from one other party (the leverancier). */
    INKOPEN,
    /** The parties do not do this task together. */
    NIET_SAMEN
}
