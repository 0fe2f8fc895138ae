package nl.samenspel.verkenning;

/** The advice for a pair, following from its {@link Classificatie}. */
public enum Advies {
    SAMENWERKEN,
    /** The party in need buys the service from the other ({@code koper} and {@code leverancier}). */
    INKOPEN,
    NIET_SAMEN,
    /** Answers are missing, so no advice yet. */
    ONBEKEND
}
