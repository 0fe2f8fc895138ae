package nl.samenspel.overgang;

/** A stakeholder group whose expectations are managed (rule 3), especially at the start. */
public enum Belanghebbende {
    MEDEWERKERS,
    BESTUURDERS,
    RAADSLEDEN,
    INWONERS_KLANTEN
}
