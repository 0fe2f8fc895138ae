package nl.samenspel.kalender;

/**
 * A budget change (begrotingswijziging) of one budget year, through the same procedure as the budget (art. 35 lid
 * 5 Wgr, 2015 numbering): to the raden twelve weeks before the board decides, with a twelve-week zienswijze window.
 *
 * @param nummer its number within the budget year, from 1
 * @param naarRaden when the draft change goes to the raden
 * @param besluit when the board decides on it
 */
public record Wijziging(int nummer, String omschrijving, Datum naarRaden, Datum besluit) {}
