package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.evaluatie.EvaluatieFeiten.Evaluatie;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 3: learn from what happened, in time. An evaluation whose planned day lies before the peildatum and that was
 * not carried out gives one finding (onderwerp its id; argument the planned day), open since the day after it.
 * Nobody edits anything on that day: the nightly re-evaluation brings it.
 */
@Regelcontrole(id = "R3.7", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class EvaluatieTeLaat extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (Evaluatie e : f.evaluatie().evaluaties()) {
            if (e.uitgevoerd() == null && e.gepland().isBefore(f.peildatum())) {
                uit.add(Signaal.over(String.valueOf(e.id()), Tijdstip.DAG.format(e.gepland()))
                        .sinds(e.gepland().plusDays(1)));
            }
        }
        return uit;
    }

    /** Carried out, or planned anew: repaired. Removed: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.evaluatie().evaluaties().stream()
                        .anyMatch(e -> String.valueOf(e.id()).equals(onderwerp))
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
