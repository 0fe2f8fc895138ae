package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.evaluatie.EvaluatieFeiten.Actie;
import nl.samenspel.evaluatie.EvaluatieFeiten.Evaluatie;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 3: an evaluation only teaches something when what it agreed gets done. A follow-up action past its deadline
 * (before the peildatum) and not done gives one finding (onderwerp the action's id; arguments its deadline and the
 * planned day of its evaluation), open since the day after the deadline.
 */
@Regelcontrole(id = "R3.8", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class ActiesVerlopen extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (Evaluatie e : f.evaluatie().evaluaties()) {
            for (Actie a : e.acties()) {
                if (!a.afgerond() && a.deadline().isBefore(f.peildatum())) {
                    uit.add(Signaal.over(
                                    String.valueOf(a.id()),
                                    Tijdstip.DAG.format(a.deadline()),
                                    Tijdstip.DAG.format(e.gepland()))
                            .sinds(a.deadline().plusDays(1)));
                }
            }
        }
        return uit;
    }

    /** Done, or given a new deadline: repaired. Removed: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.evaluatie().evaluaties().stream()
                        .flatMap(e -> e.acties().stream())
                        .anyMatch(a -> String.valueOf(a.id()).equals(onderwerp))
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
