package nl.samenspel.afspraken;

/**
 * The agreements settings of a samenwerking.
 *
 * @param indicatorplafond the soft cap on indicators per result
 * @param versie the optimistic-lock version (0 while never changed)
 */
public record AfsprakenInstellingen(int indicatorplafond, long versie) {}
