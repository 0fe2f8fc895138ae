package nl.samenspel.kalender;

/**
 * The moments of the statutory planning and control cycle of a gemeenschappelijke regeling (Wgr, chapter I, the
 * rules since 1 July 2022), for budget year Y. Labels and the article text are in {@code messages/kalender.properties}
 * ({@code kalender.moment.<NAME>.label}); {@link #artikel()} is the article as cited on every moment.
 */
public enum PcMoment {
    /** The general financial and policy frameworks to the raden, before 30 April of Y-1. */
    KADERS_NAAR_RADEN("art. 34b Wgr"),
    /** The provisional annual accounts of the previous year to the raden, with the frameworks, before 30 April Y-1. */
    VOORLOPIGE_JAARREKENING_NAAR_RADEN("art. 34b Wgr"),
    /** The draft budget to the raden, at least twelve weeks before the board adopts it. */
    ONTWERPBEGROTING_NAAR_RADEN("art. 35 lid 1 Wgr"),
    /** The end of the twelve weeks in which the raden can give their zienswijze on the draft budget. */
    ZIENSWIJZETERMIJN_BEGROTING("art. 35 lid 3 Wgr"),
    /** The board adopts the budget, in Y-1 (no fixed day; the twelve weeks must have passed). */
    BEGROTING_VASTGESTELD("art. 34 lid 1 Wgr"),
    /** The adopted budget to Gedeputeerde Staten: within two weeks of adoption and before 15 September of Y-1. */
    BEGROTING_NAAR_GS("art. 34 lid 2 Wgr"),
    /** The board adopts the annual accounts of Y, in Y+1. */
    JAARREKENING_VASTGESTELD("art. 34 lid 3 Wgr"),
    /** The annual accounts to Gedeputeerde Staten: within two weeks of adoption and before 15 July of Y+1. */
    JAARREKENING_NAAR_GS("art. 34 lid 4 Wgr"),
    /** A draft budget change to the raden, twelve weeks before the board decides on it (same procedure). */
    BEGROTINGSWIJZIGING_NAAR_RADEN("art. 35 lid 5 jo. lid 1 Wgr"),
    /** The end of the zienswijze window on a budget change. */
    ZIENSWIJZETERMIJN_WIJZIGING("art. 35 lid 5 jo. lid 3 Wgr"),
    /** The board decides on a budget change. */
    BEGROTINGSWIJZIGING_VASTGESTELD("art. 35 lid 5 Wgr");

    private final String artikel;

    PcMoment(String artikel) {
        this.artikel = artikel;
    }

    /** The article (2015 numbering where the 2022 text was not verified; see docs/adr/0015). */
    public String artikel() {
        return artikel;
    }

    public String labelSleutel() {
        return "kalender.moment." + name() + ".label";
    }
}
