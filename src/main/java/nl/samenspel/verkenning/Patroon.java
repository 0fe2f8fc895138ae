package nl.samenspel.verkenning;

/** The pattern of one task over all parties. */
public enum Patroon {
    /** One group whose members all need each other; everybody else has no need with anyone. */
    GROEP,
    /** One party is needed by the others but needs none of them: it supplies, they buy. */
    LEVERANCIER,
    /** Nobody needs anybody. */
    GEEN_SAMENWERKING,
    /** Anything else: the advice differs per pair. */
    GEMENGD,
    /** Answers are missing, so the pattern cannot be established yet. */
    ONVOLLEDIG,
    /** Fewer than two parties: nothing to analyse. */
    TE_WEINIG_PARTIJEN
}
