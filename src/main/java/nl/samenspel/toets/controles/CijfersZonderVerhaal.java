package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.rapportage.RapportageFeiten.Rapportage;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 7: numbers feed the conversation only with the story behind them. A progress report whose period has ended
 * (its last day before the peildatum) that carries indicator values while some of its lines have no narrative gives
 * one finding (onderwerp the report's id; arguments the client's name, the first and last day of the period and how
 * many lines lack a narrative). It is open since the day after the period.
 */
@Regelcontrole(id = "R7.2", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class CijfersZonderVerhaal extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (Rapportage r : f.pc().rapportage().rapportages()) {
            if (r.tot().isBefore(f.peildatum()) && r.waarden() > 0 && r.lijnenZonderVerhaal() > 0) {
                uit.add(Signaal.over(
                                String.valueOf(r.id()),
                                f.naam(r.gemeenteCode()),
                                Tijdstip.DAG.format(r.van()),
                                Tijdstip.DAG.format(r.tot()),
                                String.valueOf(r.lijnenZonderVerhaal()))
                        .sinds(r.tot().plusDays(1)));
            }
        }
        return uit;
    }

    /** Every line has its narrative (or the numbers were taken out): repaired. The report removed: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.pc().rapportage().rapportages().stream()
                        .anyMatch(r -> String.valueOf(r.id()).equals(onderwerp))
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
