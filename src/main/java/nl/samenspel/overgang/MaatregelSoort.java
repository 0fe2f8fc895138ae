package nl.samenspel.overgang;

/**
 * A measure around the start of the running cooperation. Two kinds take away the slack a municipality silently
 * absorbs the unexpected with (rule 6; the catalogue's "stille buffer"): leaving vacancies unfilled and organising
 * the buffer away. A savings target (besparingstaakstelling) booked in the first year together with one of those is
 * the sequence that derailed cooperations show.
 */
public enum MaatregelSoort {
    BESPARINGSTAAKSTELLING,
    VACATURES_NIET_INVULLEN,
    BUFFER_WEGORGANISEREN,
    LEERPERIODE,
    EXTRA_OVERLEG,
    OPLEIDING,
    DUBBELE_BEZETTING,
    ANDERS;

    /** Whether this measure removes slack (vacancies left unfilled, buffer organised away). */
    public boolean haaltRekWeg() {
        return this == VACATURES_NIET_INVULLEN || this == BUFFER_WEGORGANISEREN;
    }
}
