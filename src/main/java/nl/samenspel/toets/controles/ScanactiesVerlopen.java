package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.scan.ScanFeiten.Actie;
import nl.samenspel.scan.ScanFeiten.Scan;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 7: a scan ends in an action plan, and the relationship improves only when it is carried out. An action of a
 * scan's plan past its deadline (before the peildatum) and not done gives one finding (onderwerp the action's id;
 * arguments the deadline and the day the scan started), open since the day after the deadline.
 */
@Regelcontrole(id = "R7.9", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class ScanactiesVerlopen extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (Scan s : f.pc().scan().scans()) {
            for (Actie a : s.actieplan()) {
                if (a.afgerondOp() == null && a.deadline().isBefore(f.peildatum())) {
                    uit.add(Signaal.over(
                                    String.valueOf(a.id()),
                                    Tijdstip.DAG.format(a.deadline()),
                                    Tijdstip.DAG.format(s.gestartOp()))
                            .sinds(a.deadline().plusDays(1)));
                }
            }
        }
        return uit;
    }

    /** Done, or given a new deadline: repaired. Removed: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.pc().scan().scans().stream()
                        .flatMap(s -> s.actieplan().stream())
                        .anyMatch(a -> String.valueOf(a.id()).equals(onderwerp))
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
