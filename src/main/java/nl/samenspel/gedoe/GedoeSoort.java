package nl.samenspel.gedoe;

/**
 * What kind of unforeseen matter a gedoe item is (rule 3): a small in-between task nobody listed, a link that was
 * cut, a new prioritisation question between clients, something else unforeseen, or other.
 */
public enum GedoeSoort {
    TUSSENDOORTAAK,
    KOPPELING,
    PRIORITERING,
    ONVOORZIEN,
    ANDERS
}
