package nl.samenspel.vorm;

/**
 * A legal basis the product cites, as reference data: the law, the article (with the numbering it was read in), how
 * sure the fact is and its source. What it says, in the users' words, is {@code vorm.wetsgrond.<NAME>} in
 * {@code messages/vorm.properties}. Copied from {@code ../shared/law/wgr.md}; article numbers marked there as
 * unverified stay {@link Zekerheid#NIET_GEVERIFIEERD} and are shown as such.
 */
public enum Wetsgrond {
    WGR_ART_1_REGELING("Wgr", "art. 1 lid 1", Zekerheid.WETTEKST, Bron.WGR_ART_1),
    WGR_ART_1_ZIENSWIJZE("Wgr", "art. 1 lid 2–3", Zekerheid.WETTEKST, Bron.WGR_ART_1),
    WGR_ART_1_TOESTEMMING("Wgr", "art. 1 lid 4–5", Zekerheid.WETTEKST, Bron.WGR_ART_1),
    WGR_ART_8_LID_1("Wgr", "art. 8 lid 1", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_8_LID_2("Wgr", "art. 8 lid 2", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_8_LID_3("Wgr", "art. 8 lid 3", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_8_LID_4("Wgr", "art. 8 lid 4", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_9("Wgr", "art. 9", Zekerheid.WETTEKST, Bron.WGR_ART_9),
    WGR_ART_10("Wgr", "art. 10", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_12("Wgr", "art. 12", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_13("Wgr", "art. 13", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_14("Wgr", "art. 14", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_14A("Wgr", "art. 14a", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_15("Wgr", "art. 15", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_16_19("Wgr", "art. 16–19", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_24("Wgr", "art. 24", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_30("Wgr", "art. 30 (hoofdstuk IV: art. 54)", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_31A("Wgr", "art. 31a", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_33A("Wgr", "art. 33a", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_ART_35("Wgr", "art. 35 (sinds 2022: 12 weken)", Zekerheid.WETTEKST, Bron.WGR_2015),
    WGR_2022_ZIENSWIJZE_BESLUITEN("Wgr", "wijziging 2022", Zekerheid.SECUNDAIR, Bron.BB_CAPRA),
    WGR_2022_PARTICIPATIE("Wgr", "wijziging 2022", Zekerheid.SECUNDAIR, Bron.BB_CAPRA),
    WGR_2022_EVALUATIE("Wgr", "wijziging 2022", Zekerheid.SECUNDAIR, Bron.BB_CAPRA),
    WGR_2022_ACTIEVE_INFORMATIE("Wgr", "wijziging 2022", Zekerheid.NIET_GEVERIFIEERD, Bron.GNU_INFO),
    WGR_2022_ADVIESCOMMISSIE("Wgr", "wijziging 2022", Zekerheid.NIET_GEVERIFIEERD, Bron.GNU_GAC),
    GEMEENTEWET_REGIONALE_ENQUETE("Gemeentewet", "wijziging 2022", Zekerheid.NIET_GEVERIFIEERD, Bron.GNU_ENQ),
    GEMEENTEWET_ART_160("Gemeentewet", "art. 160 lid 2", Zekerheid.WETTEKST, Bron.GEMEENTEWET_2015),
    CONTRACT_DVO("privaatrecht", "dienstverleningsovereenkomst", Zekerheid.SECUNDAIR, Bron.VNG_PRIV),
    AANBESTEDING_PUBLIEK_PUBLIEK(
            "Aanbestedingswet 2012", "publiek-publieke samenwerking", Zekerheid.SECUNDAIR, Bron.VNG_PPS);

    /** How sure the fact is, as marked in the research notes. */
    public enum Zekerheid {
        /** Read in the statute text. */
        WETTEKST,
        /** From a secondary source (VNG, law firm, trade press). */
        SECUNDAIR,
        /** The article number was not verified; shown to the user as such. */
        NIET_GEVERIFIEERD
    }

    private final String wet;
    private final String artikel;
    private final Zekerheid zekerheid;
    private final Bron bron;

    Wetsgrond(String wet, String artikel, Zekerheid zekerheid, Bron bron) {
        this.wet = wet;
        this.artikel = artikel;
        this.zekerheid = zekerheid;
        this.bron = bron;
    }

    public String wet() {
        return wet;
    }

    public String artikel() {
        return artikel;
    }

    /** "Wgr art. 8 lid 3" */
    public String verwijzing() {
        return wet + " " + artikel;
    }

    public Zekerheid zekerheid() {
        return zekerheid;
    }

    public Bron bron() {
        return bron;
    }

    public String uitlegSleutel() {
        return "vorm.wetsgrond." + name();
    }
}
