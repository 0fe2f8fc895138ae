package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.gesprek.GesprekFeiten.Actie;
import nl.samenspel.gesprek.GesprekFeiten.Gesprek;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 7: a conversation steers only when what it agreed gets done. An action of a service conversation past its
 * deadline (before the peildatum) and not done gives one finding (onderwerp the action's id; arguments the deadline,
 * the client's name and the day of the conversation), open since the day after the deadline.
 */
@Regelcontrole(id = "R7.4", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class GespreksactiesVerlopen extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (Gesprek g : f.pc().gesprek().gesprekken()) {
            for (Actie a : g.acties()) {
                if (a.afgerondOp() == null && a.deadline().isBefore(f.peildatum())) {
                    uit.add(Signaal.over(
                                    String.valueOf(a.id()),
                                    Tijdstip.DAG.format(a.deadline()),
                                    f.naam(g.gemeenteCode()),
                                    Tijdstip.DAG.format(g.datum()))
                            .sinds(a.deadline().plusDays(1)));
                }
            }
        }
        return uit;
    }

    /** Done, or given a new deadline: repaired. Removed: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.pc().gesprek().gesprekken().stream()
                        .flatMap(g -> g.acties().stream())
                        .anyMatch(a -> String.valueOf(a.id()).equals(onderwerp))
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
