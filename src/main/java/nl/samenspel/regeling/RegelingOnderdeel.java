package nl.samenspel.regeling;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Wetsgrond;

/**
 * One item of what a regeling must (or, for the councils' instruments, should) arrange, with its legal basis. Which
 * items apply depends on the chosen form ({@link #vereistVoor}). Labels: {@code regeling.onderdeel.<NAME>.label}.
 */
public enum RegelingOnderdeel {
    BELANGEN(Wetsgrond.WGR_ART_10),
    BEVOEGDHEDEN(Wetsgrond.WGR_ART_10),
    BESTUURSSAMENSTELLING(Wetsgrond.WGR_ART_10),
    VESTIGINGSPLAATS(Wetsgrond.WGR_ART_10),
    WIJZIGING(Wetsgrond.WGR_ART_9),
    TOETREDING(Wetsgrond.WGR_ART_9),
    OPHEFFING(Wetsgrond.WGR_ART_9),
    UITTREDING_VOORWAARDEN(Wetsgrond.WGR_ART_9),
    UITTREDING_GEVOLGEN(Wetsgrond.WGR_ART_9),
    VEREFFENING(Wetsgrond.WGR_ART_9),
    EVALUATIE(Wetsgrond.WGR_2022_EVALUATIE),
    PARTICIPATIE(Wetsgrond.WGR_2022_PARTICIPATIE),
    VERANTWOORDING(Wetsgrond.WGR_ART_16_19),
    ZIENSWIJZE_BESLUITEN(Wetsgrond.WGR_2022_ZIENSWIJZE_BESLUITEN),
    ACTIEVE_INFORMATIE(Wetsgrond.WGR_2022_ACTIEVE_INFORMATIE),
    ADVIESCOMMISSIE(Wetsgrond.WGR_2022_ADVIESCOMMISSIE);

    /** The councils' instruments (rule 2's last check): arranged, or for the adviescommissie at least considered. */
    public static final Set<RegelingOnderdeel> RAADSINSTRUMENTEN =
            Set.copyOf(EnumSet.of(ZIENSWIJZE_BESLUITEN, ACTIEVE_INFORMATIE, ADVIESCOMMISSIE));

    /** Uittreding and evaluation (the R3 check on the regeling). */
    public static final Set<RegelingOnderdeel> UITTREDING_EN_EVALUATIE =
            Set.copyOf(EnumSet.of(UITTREDING_VOORWAARDEN, UITTREDING_GEVOLGEN, EVALUATIE));

    private final Wetsgrond grondslag;

    RegelingOnderdeel(Wetsgrond grondslag) {
        this.grondslag = grondslag;
    }

    public Wetsgrond grondslag() {
        return grondslag;
    }

    public String labelSleutel() {
        return "regeling.onderdeel." + name() + ".label";
    }

    /**
     * The items a regeling of this form must contain, in checklist order. A contract or private-law body is no Wgr
     * regeling: empty. The powers transferred, vereffening, verantwoording and the councils' instruments belong to a
     * regeling that sets up a body (OL, BVO, GO); the adviescommissie to an openbaar lichaam. A regeling without a body
     * of its own (centrumregeling, regeling zonder meer) has no bestuur to compose and no seat: the host municipality's
     * own organs act (art. 8 lid 4) or nobody does, so those two items of art. 10 do not apply to it either.
     */
    public static List<RegelingOnderdeel> vereistVoor(Vorm vorm) {
        if (!vorm.wgr()) {
            return List.of();
        }
        EnumSet<RegelingOnderdeel> items = EnumSet.allOf(RegelingOnderdeel.class);
        if (!vorm.nieuwLichaam()) {
            items.removeAll(EnumSet.of(
                    BEVOEGDHEDEN,
                    BESTUURSSAMENSTELLING,
                    VESTIGINGSPLAATS,
                    VEREFFENING,
                    VERANTWOORDING,
                    ZIENSWIJZE_BESLUITEN,
                    ACTIEVE_INFORMATIE,
                    ADVIESCOMMISSIE));
        } else if (vorm == Vorm.GEMEENSCHAPPELIJK_ORGAAN) {
            items.remove(VEREFFENING);
        }
        if (vorm != Vorm.OPENBAAR_LICHAAM) {
            items.remove(ADVIESCOMMISSIE);
        }
        return List.copyOf(items);
    }
}
