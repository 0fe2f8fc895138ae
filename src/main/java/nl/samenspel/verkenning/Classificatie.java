package nl.samenspel.verkenning;

/** What the two answers of a pair say together. */
public enum Classificatie {
    /** Both need each other (each at least ENIGSZINS). */
    WEDERZIJDS,
    /** One needs the other, the other answered NIET. */
    EENZIJDIG,
    /** Both answered NIET. */
    GEEN,
    /** At least one of the two answers is missing; the known half (if any) is shown, no conclusion yet. */
    ONVOLLEDIG
}
