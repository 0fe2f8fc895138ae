package nl.samenspel.kalender;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.platform.Melding;
import nl.samenspel.platform.Tijdstip;
import org.jspecify.annotations.Nullable;

/**
 * The statutory last days of the planning and control cycle of budget year Y (Wgr chapter I, the rules since 1 July
 * 2022; article numbers of 2015 where the 2022 text was not verified, see docs/adr/0015). Pure: dates in, dates and
 * warnings out. It counts only what the law counts, calendar weeks and fixed dates; no working days, no margins:
 *
 * <ul>
 *   <li>kaders and provisional annual accounts to the raden: 30 April of Y-1 (art. 34b);
 *   <li>the draft budget to the raden: the board's adoption day minus twelve weeks (art. 35 lid 1);
 *   <li>the zienswijze window: twelve weeks from the send day; the board does not adopt before it ends (art. 35
 *       lid 3);
 *   <li>the board adopts the budget in Y-1 (art. 34 lid 1), the annual accounts in Y+1 (art. 34 lid 3);
 *   <li>the budget to Gedeputeerde Staten: two weeks after adoption, and not after 15 September of Y-1 (art. 34 lid
 *       2); the annual accounts: two weeks after adoption, and not after 15 July of Y+1 (art. 34 lid 4);
 *   <li>budget changes through the same procedure (art. 35 lid 5).
 * </ul>
 */
public final class PcRekenaar {

    /** The draft goes out twelve weeks before adoption; the raden have twelve weeks for their zienswijze. */
    public static final int WEKEN_ZIENSWIJZE = 12;
    /** Adopted documents go to Gedeputeerde Staten within two weeks. */
    public static final int WEKEN_NAAR_GS = 2;

    static final MonthDay KADERS = MonthDay.of(4, 30);
    static final MonthDay BEGROTING_GS = MonthDay.of(9, 15);
    static final MonthDay JAARREKENING_GS = MonthDay.of(7, 15);

    private PcRekenaar() {}

    /** Every moment of the year, in the order of the cycle, then the budget changes by number. */
    public static List<Kalenderregel> bereken(Jaarplan plan) {
        int y = plan.jaar();
        List<Kalenderregel> uit = new ArrayList<>();
        LocalDate kaders = KADERS.atYear(y - 1);
        uit.add(vast(y, PcMoment.KADERS_NAAR_RADEN, kaders, plan.kaders()));
        uit.add(vast(y, PcMoment.VOORLOPIGE_JAARREKENING_NAAR_RADEN, kaders, plan.voorlopigeJaarrekening()));

        LocalDate ab = plan.begroting().geldend();
        uit.add(vast(y, PcMoment.ONTWERPBEGROTING_NAAR_RADEN, twaalfWekenVoor(ab), plan.ontwerpbegroting()));
        uit.add(venster(y, PcMoment.ZIENSWIJZETERMIJN_BEGROTING, null, plan.ontwerpbegroting(), ab));

        List<Melding> begroting = new ArrayList<>();
        LocalDate laatsteGs = BEGROTING_GS.atYear(y - 1);
        if (ab != null && ab.isAfter(laatsteGs)) {
            begroting.add(Melding.van("kalender.waarschuwing.begroting-na-gs-datum", dag(laatsteGs)));
        }
        uit.add(regel(
                y, PcMoment.BEGROTING_VASTGESTELD, null, LocalDate.of(y - 1, 12, 31), plan.begroting(), begroting));
        uit.add(naarGs(y, PcMoment.BEGROTING_NAAR_GS, ab, laatsteGs, plan.begrotingNaarGs()));

        LocalDate jr = plan.jaarrekening().geldend();
        List<Melding> jaarrekening = new ArrayList<>();
        LocalDate laatsteJrGs = JAARREKENING_GS.atYear(y + 1);
        if (jr != null && jr.getYear() <= y) {
            jaarrekening.add(Melding.van("kalender.waarschuwing.jaarrekening-te-vroeg", y + 1));
        } else if (jr != null && jr.isAfter(laatsteJrGs)) {
            jaarrekening.add(Melding.van("kalender.waarschuwing.jaarrekening-na-gs-datum", dag(laatsteJrGs)));
        }
        uit.add(regel(
                y,
                PcMoment.JAARREKENING_VASTGESTELD,
                null,
                LocalDate.of(y + 1, 12, 31),
                plan.jaarrekening(),
                jaarrekening));
        uit.add(naarGs(y, PcMoment.JAARREKENING_NAAR_GS, jr, laatsteJrGs, plan.jaarrekeningNaarGs()));

        for (Wijziging w : plan.wijzigingen()) {
            LocalDate besluit = w.besluit().geldend();
            uit.add(regel(
                    y,
                    PcMoment.BEGROTINGSWIJZIGING_NAAR_RADEN,
                    w.nummer(),
                    twaalfWekenVoor(besluit),
                    w.naarRaden(),
                    new ArrayList<>()));
            uit.add(venster(y, PcMoment.ZIENSWIJZETERMIJN_WIJZIGING, w.nummer(), w.naarRaden(), besluit));
            uit.add(regel(
                    y, PcMoment.BEGROTINGSWIJZIGING_VASTGESTELD, w.nummer(), null, w.besluit(), new ArrayList<>()));
        }
        return uit;
    }

    /** The day twelve weeks before {@code dag}: the last day to send a draft that the board adopts on that day. */
    public static @Nullable LocalDate twaalfWekenVoor(@Nullable LocalDate dag) {
        return dag == null ? null : dag.minusWeeks(WEKEN_ZIENSWIJZE);
    }

    /** The end of the zienswijze window of a draft sent on {@code dag}. */
    public static @Nullable LocalDate eindeZienswijze(@Nullable LocalDate dag) {
        return dag == null ? null : dag.plusWeeks(WEKEN_ZIENSWIJZE);
    }

    private static Kalenderregel vast(int y, PcMoment moment, @Nullable LocalDate uiterlijk, Datum d) {
        return regel(y, moment, null, uiterlijk, d, new ArrayList<>());
    }

    /** The end of the window, against the board day it must precede (art. 35 lid 3). */
    private static Kalenderregel venster(
            int y, PcMoment moment, @Nullable Integer wijziging, Datum verzonden, @Nullable LocalDate besluit) {
        Datum einde = new Datum(eindeZienswijze(verzonden.gepland()), eindeZienswijze(verzonden.gedaan()));
        return regel(y, moment, wijziging, besluit, einde, new ArrayList<>());
    }

    /** To Gedeputeerde Staten: two weeks after adoption but never after the fixed day; never before adoption. */
    private static Kalenderregel naarGs(
            int y, PcMoment moment, @Nullable LocalDate vastgesteld, LocalDate vasteDag, Datum d) {
        LocalDate uiterlijk = vastgesteld == null ? vasteDag : min(vastgesteld.plusWeeks(WEKEN_NAAR_GS), vasteDag);
        List<Melding> extra = new ArrayList<>();
        LocalDate dag = d.geldend();
        if (dag != null && vastgesteld != null && dag.isBefore(vastgesteld)) {
            extra.add(Melding.van("kalender.waarschuwing.gs-voor-vaststelling"));
        }
        return regel(y, moment, null, uiterlijk, d, extra);
    }

    private static Kalenderregel regel(
            int y,
            PcMoment moment,
            @Nullable Integer wijziging,
            @Nullable LocalDate uiterlijk,
            Datum d,
            List<Melding> extra) {
        List<Melding> waarschuwingen = new ArrayList<>();
        LocalDate dag = d.geldend();
        if (uiterlijk != null && dag != null && dag.isAfter(uiterlijk)) {
            waarschuwingen.add(Melding.van("kalender.waarschuwing." + moment.name(), dag(uiterlijk), moment.artikel()));
        }
        waarschuwingen.addAll(extra);
        return new Kalenderregel(y, moment, wijziging, uiterlijk, d.gepland(), d.gedaan(), waarschuwingen);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String dag(LocalDate d) {
        return Tijdstip.dag(d);
    }
}
