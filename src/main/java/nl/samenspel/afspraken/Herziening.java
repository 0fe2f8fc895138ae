package nl.samenspel.afspraken;

/**
 * A revision (herprogrammering) just opened on an agreed DVO: the new version number, which holds the changes
 * until it is agreed in turn.
 *
 * @param versie the DVO's optimistic-lock version after opening the revision
 */
public record Herziening(long dvoId, int versienummer, long versie) {}
