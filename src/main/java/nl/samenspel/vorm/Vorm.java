package nl.samenspel.vorm;

/**
 * The legal forms a samenwerking can take (rule 1, step 5). Labels and explanations are in
 * {@code messages/vorm.properties} ({@code vorm.<NAME>.label}).
 */
public enum Vorm {
    /** Wgr art. 8 lid 1: a legal person with algemeen bestuur, dagelijks bestuur and voorzitter. */
    OPENBAAR_LICHAAM(Wetsgrond.WGR_ART_8_LID_1, true, true),
    /** Wgr art. 8 lid 3: a legal person with one board, for business operations only. */
    BEDRIJFSVOERINGSORGANISATIE(Wetsgrond.WGR_ART_8_LID_3, true, true),
    /** Wgr art. 8 lid 2: one body without legal personality. */
    GEMEENSCHAPPELIJK_ORGAAN(Wetsgrond.WGR_ART_8_LID_2, true, true),
    /** Wgr art. 8 lid 4: powers mandated to the organs of one participating municipality. */
    CENTRUMREGELING(Wetsgrond.WGR_ART_8_LID_4, true, false),
    /** Wgr art. 1 alone: a regeling without a body of its own. */
    REGELING_ZONDER_MEER(Wetsgrond.WGR_ART_1_REGELING, true, false),
    /** Gemeentewet art. 160 lid 2: an overheids-NV/BV or stichting. */
    PRIVAATRECHTELIJK(Wetsgrond.GEMEENTEWET_ART_160, false, true),
    /** A dienstverleningsovereenkomst or purchase: one party buys from another. */
    CONTRACT(Wetsgrond.CONTRACT_DVO, false, false);

    private final Wetsgrond grondslag;
    private final boolean wgr;
    private final boolean nieuwLichaam;

    Vorm(Wetsgrond grondslag, boolean wgr, boolean nieuwLichaam) {
        this.grondslag = grondslag;
        this.wgr = wgr;
        this.nieuwLichaam = nieuwLichaam;
    }

    /** The legal basis of the form itself. */
    public Wetsgrond grondslag() {
        return grondslag;
    }

    /** A gemeenschappelijke regeling under the Wgr (toestemming and zienswijze of the raden apply). */
    public boolean wgr() {
        return wgr;
    }

    /** Sets up a new shared body (with its own bestuur): what rule 5 warns against for a one-sided need. */
    public boolean nieuwLichaam() {
        return nieuwLichaam;
    }

    public String labelSleutel() {
        return "vorm." + name() + ".label";
    }
}
