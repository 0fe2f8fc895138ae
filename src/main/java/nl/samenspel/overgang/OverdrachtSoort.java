package nl.samenspel.overgang;

/** What moves over to the shared organisation (overdrachtsinventaris); TUSSENDOORTAAK: the small in-between tasks. */
public enum OverdrachtSoort {
    TAAK,
    MEDEWERKERS,
    SYSTEEM,
    CONTRACT,
    TUSSENDOORTAAK
}
