package nl.samenspel.bestuur;

/**
 * What kind of body an orgaan is (optional: a body may be just a name on a line). Each kind has the line it
 * usually works on, which a form suggests; the regisseur may still place it elsewhere. Labels:
 * {@code bestuur.soort.<NAME>.label}. The voorzitter of an openbaar lichaam is a body of its own (Wgr art. 12: the
 * bestuur consists of algemeen bestuur, dagelijks bestuur and voorzitter), so that the chart and the check see it.
 */
public enum OrgaanSoort {
    ALGEMEEN_BESTUUR(Lijn.TOEZICHT),
    DAGELIJKS_BESTUUR(Lijn.TOEZICHT),
    VOORZITTER(Lijn.TOEZICHT),
    /** The single board of a bedrijfsvoeringsorganisatie (Wgr art. 14a). */
    BESTUUR(Lijn.TOEZICHT),
    /** The one body of a gemeenschappelijk orgaan (Wgr art. 15). */
    GEMEENSCHAPPELIJK_ORGAAN(Lijn.TOEZICHT),
    RAAD_VAN_COMMISSARISSEN(Lijn.TOEZICHT),
    AANDEELHOUDERSVERGADERING(Lijn.TOEZICHT),
    /** The organs of the host municipality of a centrumregeling, which carry out the task under mandate. */
    CENTRUMGEMEENTE(Lijn.UITVOERING),
    OPDRACHTGEVERSOVERLEG(Lijn.KLANT),
    /** The meeting of the shared organisation with one municipality as its client. */
    ACCOUNTOVERLEG(Lijn.KLANT),
    KLANTENRAAD(Lijn.KLANT),
    ADVIESCOMMISSIE(Lijn.ADVIES),
    DIRECTIE(Lijn.UITVOERING),
    OVERIG(Lijn.UITVOERING);

    private final Lijn lijn;

    OrgaanSoort(Lijn lijn) {
        this.lijn = lijn;
    }

    /** The line this kind of body usually works on. */
    public Lijn lijn() {
        return lijn;
    }

    public String labelSleutel() {
        return "bestuur.soort." + name() + ".label";
    }
}
