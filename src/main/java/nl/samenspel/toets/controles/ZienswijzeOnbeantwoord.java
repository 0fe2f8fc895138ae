package nl.samenspel.toets.controles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.kalender.KalenderFeiten.Zienswijze;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 7: a raad that gives its view wants to know what the board did with it. A zienswijze without the board's
 * written, reasoned answer once the board's decision day has passed (before the peildatum) gives one finding
 * (onderwerp the zienswijze's id; arguments the municipality's name, the budget year and the decision day), open
 * since the day after the decision.
 */
@Regelcontrole(id = "R7.7", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class ZienswijzeOnbeantwoord extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (Zienswijze z : f.pc().kalender().zienswijzen()) {
            LocalDate besluit = z.besluitOp();
            if (z.beantwoordOp() == null && besluit != null && besluit.isBefore(f.peildatum())) {
                uit.add(Signaal.over(
                                String.valueOf(z.id()),
                                f.naam(z.gemeenteCode()),
                                String.valueOf(z.jaar()),
                                Tijdstip.DAG.format(besluit))
                        .sinds(besluit.plusDays(1)));
            }
        }
        return uit;
    }

    /** Answered: repaired. The zienswijze removed: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.pc().kalender().zienswijzen().stream()
                        .anyMatch(z -> String.valueOf(z.id()).equals(onderwerp))
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
