package nl.samenspel.toets.controles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.kalender.KalenderFeiten.Termijn;
import nl.samenspel.kalender.PcMoment;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 7: the vertical line has hard statutory terms (Wgr), and raden that get a document late cannot give their
 * view on it. One finding per statutory moment of a budget year (onderwerp {@code jaar:MOMENT}, with {@code :n} for
 * the n-th of the same moment in a year, as with several budget changes; arguments the moment as a number, the
 * budget year, the last day the law allows, the article, and how it stands as a number):
 *
 * <ul>
 *   <li>0: planned or done after the last day ({@link Termijn#gebroken}); a risk;
 *   <li>1: the last day has passed (before the peildatum) and it has not been done; a risk, open since the day
 *       after;
 *   <li>2: the last day is within {@link #DAGEN} days of the peildatum, it has not been done, and no day within the
 *       term is planned that is still ahead; worth attention (a moment planned in time is on track).
 * </ul>
 *
 * The end of a zienswijze window is no act of anybody: it only counts when the plan breaks it (the window ends
 * after the board's decision day).
 */
@Regelcontrole(id = "R7.6", ernst = Ernst.RISICO, vanaf = Fase.AFSPREKEN)
class WettelijkeTermijnInGevaar extends Basiscontrole {

    /** Four weeks: enough to still get a document out of the door once the warning is seen. */
    static final int DAGEN = 28;

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        Map<String, Integer> gezien = new HashMap<>();
        for (Termijn t : f.pc().kalender().termijnen()) {
            String sleutel = t.jaar() + ":" + t.moment().name();
            int n = gezien.merge(sleutel, 1, Integer::sum);
            String onderwerp = n == 1 ? sleutel : sleutel + ":" + n;
            int stand = stand(t, f.peildatum());
            LocalDate uiterlijk = t.uiterlijk();
            if (stand < 0 || uiterlijk == null) {
                continue;
            }
            Signaal s = Signaal.over(
                    onderwerp,
                    String.valueOf(t.moment().ordinal()),
                    String.valueOf(t.jaar()),
                    Tijdstip.DAG.format(uiterlijk),
                    t.moment().artikel(),
                    String.valueOf(stand));
            uit.add(
                    switch (stand) {
                        case 1 -> s.sinds(uiterlijk.plusDays(1));
                        case 2 -> s.metErnst(Ernst.AANDACHT);
                        default -> s;
                    });
        }
        return uit;
    }

    /** 0 broken, 1 passed and not done, 2 about to pass; -1 nothing to say. */
    static int stand(Termijn t, LocalDate peildatum) {
        LocalDate uiterlijk = t.uiterlijk();
        if (uiterlijk == null) {
            return -1;
        }
        if (t.gebroken()) {
            return 0;
        }
        if (venster(t.moment()) || t.gedaan() != null) {
            return -1;
        }
        if (uiterlijk.isBefore(peildatum)) {
            return 1;
        }
        LocalDate gepland = t.gepland();
        boolean opKoers = gepland != null && !gepland.isBefore(peildatum);
        return !opKoers && !uiterlijk.isAfter(peildatum.plusDays(DAGEN)) ? 2 : -1;
    }

    private static boolean venster(PcMoment m) {
        return m == PcMoment.ZIENSWIJZETERMIJN_BEGROTING || m == PcMoment.ZIENSWIJZETERMIJN_WIJZIGING;
    }

    /** Done, or planned anew within the term: repaired. The year or the moment no longer planned: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.pc().kalender().termijnen().stream().anyMatch(t -> {
                    String basis = t.jaar() + ":" + t.moment().name();
                    return onderwerp.equals(basis) || onderwerp.startsWith(basis + ":");
                })
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
