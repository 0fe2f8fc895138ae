package nl.samenspel.toets;

/** OPEN: the condition holds; ERKEND: it holds, but the regisseur deviated on purpose; OPGELOST: it no longer holds. */
public enum Status {
    OPEN,
    ERKEND,
    OPGELOST
}
