package nl.samenspel.financien;

/**
 * What changed the money of a samenwerking after the budget was set. Labels in
 * {@code messages/financien.properties} ({@code financien.soort.<NAME>.label}).
 */
public enum FinancieleSoort {
    /** A change of the adopted budget (through the zienswijze procedure unless the regeling exempts it). */
    BEGROTINGSWIJZIGING,
    /** The participants are asked to pay more than their contribution from the budget. */
    EXTRA_BIJDRAGE,
    /** A deficit (tekort) on the year, to be covered by the participants. */
    TEKORT,
    /** A surplus (overschot) on the year. */
    OVERSCHOT;

    /** Bad news the raden must hear from the board, not from the annual accounts (rule 7). */
    public boolean nadelig() {
        return this == EXTRA_BIJDRAGE || this == TEKORT;
    }

    public String labelSleutel() {
        return "financien.soort." + name() + ".label";
    }
}
