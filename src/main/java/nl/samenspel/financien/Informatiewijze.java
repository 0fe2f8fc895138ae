package nl.samenspel.financien;

/** How a raad was informed of a financial event. Labels: {@code financien.wijze.<NAME>}. */
public enum Informatiewijze {
    RAADSINFORMATIEBRIEF,
    /** Through the zienswijze procedure on a budget change (the raad can respond before the board decides). */
    ZIENSWIJZEPROCEDURE,
    /** Another way, described in the toelichting. */
    ANDERS
}
