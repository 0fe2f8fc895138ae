package nl.samenspel.regeling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Wetsgrond;
import org.jspecify.annotations.Nullable;

/**
 * What a raad can do under each form (issue 12, point 6), from the law facts in {@code ../shared/law/wgr.md} §1–§3.
 * Texts: {@code regeling.instrument.<NAME>.label} and {@code .uitleg}.
 */
public final class Raadsinstrumenten {

    private Raadsinstrumenten() {}

    /** One instrument of the raad. */
    public enum Instrument {
        /** Toestemming before a college or burgemeester enters, amends, joins or leaves (Wgr art. 1 lid 4–5). */
        TOESTEMMING(Wetsgrond.WGR_ART_1_TOESTEMMING, null),
        /** Zienswijze on the draft regeling, 8 weeks (Wgr art. 1 lid 2–3). */
        ZIENSWIJZE_REGELING(Wetsgrond.WGR_ART_1_ZIENSWIJZE, RaadsbesluitSoort.ZIENSWIJZE_WEKEN),
        /** Zienswijze on the draft budget and budget changes, 12 weeks since 2022 (Wgr art. 35). */
        ZIENSWIJZE_BEGROTING(Wetsgrond.WGR_ART_35, 12),
        /** Zienswijze on the decisions of the bestuur the regeling names (2022). */
        ZIENSWIJZE_BESLUITEN(Wetsgrond.WGR_2022_ZIENSWIJZE_BESLUITEN, null),
        /** Information on request, accountability and dismissal of a member (Wgr art. 16–19). */
        INLICHTINGEN_EN_VERANTWOORDING(Wetsgrond.WGR_ART_16_19, null),
        /** The bestuur informs the raden actively (2022). */
        ACTIEVE_INFORMATIE(Wetsgrond.WGR_2022_ACTIEVE_INFORMATIE, null),
        /** A gemeenschappelijke adviescommissie of council members, on the raden's joint proposal (OL only, 2022). */
        ADVIESCOMMISSIE(Wetsgrond.WGR_2022_ADVIESCOMMISSIE, null),
        /** A joint inquiry of the raden into the bestuur of an OL, BVO or GO (2022). */
        REGIONALE_ONDERZOEKSCOMMISSIE(Wetsgrond.GEMEENTEWET_REGIONALE_ENQUETE, null),
        /** Wensen en bedenkingen before the college sets up or joins a private-law body (Gemeentewet art. 160). */
        WENSEN_EN_BEDENKINGEN(Wetsgrond.GEMEENTEWET_ART_160, null),
        /** Under a contract the raad has no say in a shared body: it controls its own college, which reports. */
        COLLEGE_INFORMEERT(Wetsgrond.CONTRACT_DVO, null);

        private final Wetsgrond grondslag;
        private final @Nullable Integer termijnWeken;

        Instrument(Wetsgrond grondslag, @Nullable Integer termijnWeken) {
            this.grondslag = grondslag;
            this.termijnWeken = termijnWeken;
        }

        public Wetsgrond grondslag() {
            return grondslag;
        }

        /** The term the raad has, in weeks; null where the law sets none. */
        public @Nullable Integer termijnWeken() {
            return termijnWeken;
        }

        public String labelSleutel() {
            return "regeling.instrument." + name() + ".label";
        }

        public String uitlegSleutel() {
            return "regeling.instrument." + name() + ".uitleg";
        }
    }

    /**
     * The raad's instruments under {@code vorm}, in the order a raad meets them. Every Wgr regeling: toestemming and a
     * zienswijze on the draft. A regeling that sets up a body of its own with a budget (openbaar lichaam,
     * bedrijfsvoeringsorganisatie, gemeenschappelijk orgaan): also the budget zienswijze, zienswijzen on named
     * decisions, information and accountability (passive and, since 2022, active) and the joint inquiry; an
     * openbaar lichaam also the adviescommissie. A private-law body: wensen en bedenkingen. A contract: what the
     * college reports.
     */
    public static List<Instrument> voor(Vorm vorm) {
        List<Instrument> uit = new ArrayList<>();
        if (vorm.wgr()) {
            uit.add(Instrument.TOESTEMMING);
            uit.add(Instrument.ZIENSWIJZE_REGELING);
            if (vorm.nieuwLichaam()) {
                uit.add(Instrument.ZIENSWIJZE_BEGROTING);
                uit.add(Instrument.ZIENSWIJZE_BESLUITEN);
                uit.add(Instrument.INLICHTINGEN_EN_VERANTWOORDING);
                uit.add(Instrument.ACTIEVE_INFORMATIE);
                if (vorm == Vorm.OPENBAAR_LICHAAM) {
                    uit.add(Instrument.ADVIESCOMMISSIE);
                }
                uit.add(Instrument.REGIONALE_ONDERZOEKSCOMMISSIE);
            }
        } else if (vorm == Vorm.PRIVAATRECHTELIJK) {
            uit.add(Instrument.WENSEN_EN_BEDENKINGEN);
        } else {
            uit.add(Instrument.COLLEGE_INFORMEERT);
        }
        return List.copyOf(uit);
    }

    /**
     * What one raad can do and has decided, for the council's view.
     *
     * @param vorm the chosen form; null while none is chosen (then {@code instrumenten} is empty)
     * @param toestemming the raad's recorded toestemming, if any
     * @param zienswijze the raad's recorded zienswijze on the draft, if any
     * @param ontwerpVerzonden the day the draft went to the raden, if recorded
     * @param zienswijzeTermijnTot the last day of the eight weeks, if the draft went out
     */
    public record Overzicht(
            @Nullable Vorm vorm,
            List<Instrument> instrumenten,
            @Nullable Raadsbesluit toestemming,
            @Nullable Raadsbesluit zienswijze,
            @Nullable LocalDate ontwerpVerzonden,
            @Nullable LocalDate zienswijzeTermijnTot) {

        public Overzicht {
            instrumenten = List.copyOf(instrumenten);
        }
    }
}
