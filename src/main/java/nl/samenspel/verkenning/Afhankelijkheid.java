package nl.samenspel.verkenning;

/**
 * For a pair that needs each other ({@link Classificatie#WEDERZIJDS}): equally, or not. Unequal is one party needing
 * the other STERK while the other needs it only ENIGSZINS; such pairs tend to end in a one-sided exit of the less
 * dependent party unless it sees what it gains.
 */
public enum Afhankelijkheid {
    GELIJK,
    ONGELIJK
}
