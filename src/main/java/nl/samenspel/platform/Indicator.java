package nl.samenspel.platform;

/**
 * A compact status shown on every page of one samenwerking (the golden-rules check). Set by the
 * module that computes it as request attribute {@link #ATTRIBUUT}; {@code soort} is IN_ORDE, AANDACHT or RISICO.
 */
public record Indicator(String tekst, String soort, String href) {

    public static final String ATTRIBUUT = "samenspel.indicator";
}
