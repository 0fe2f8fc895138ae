package nl.samenspel.afspraken;

/**
 * How firm a line of a DVO is (rules 6 and 7): don't fix what you don't know yet. VAST is agreed as written;
 * INDICATIEF is the current expectation, to be filled in together during the year; NOG_IN_TE_VULLEN is known to be
 * needed but not yet known at all.
 */
public enum RegelStatus {
    VAST,
    INDICATIEF,
    NOG_IN_TE_VULLEN
}
