package nl.samenspel.platform;

/**
 * A compact status shown on every page of one samenwerking (the golden-rules check). Set by the
 * module that computes it as request attribute {@link #ATTRIBUUT}; {@code soort} is the total rule status
 * (NIET_GETOETST, IN_ORDE, AFGEWEKEN, AANDACHT or RISICO), also its CSS modifier; the text always says it in words.
 */
public record Indicator(String tekst, String soort, String href) {

    public static final String ATTRIBUUT = "samenspel.indicator";
}
