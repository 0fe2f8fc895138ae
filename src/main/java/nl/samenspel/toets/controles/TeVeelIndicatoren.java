package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.afspraken.AfsprakenFeiten.Dvo;
import nl.samenspel.afspraken.AfsprakenFeiten.Regel;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 4 (and 7): indicators are an aid to the conversation, not a cage. A DVO gives one finding (onderwerp its id)
 * when a line carries more indicators than the soft cap ({@code indicatorplafond}) without a reason, or when all
 * its lines together carry more indicators than the cap allows for its results (cap times the number of lines),
 * reasons or not. Arguments: the client's name, the year, the number of lines above the cap without a reason, the
 * total number of indicators and the number of results.
 */
@Regelcontrole(id = "R4.5", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class TeVeelIndicatoren extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        int plafond = f.afspraken().indicatorplafond();
        List<Signaal> uit = new ArrayList<>();
        for (Dvo d : f.dvos()) {
            long zonderReden = d.regels().stream()
                    .filter(r -> r.indicatoren() > plafond && !r.indicatorenOnderbouwd())
                    .count();
            int totaal = d.regels().stream().mapToInt(Regel::indicatoren).sum();
            if (zonderReden > 0 || totaal > (long) plafond * d.regels().size()) {
                uit.add(Signaal.over(
                        String.valueOf(d.id()),
                        f.naam(d.gemeenteCode()),
                        String.valueOf(d.jaar()),
                        String.valueOf(zonderReden),
                        String.valueOf(totaal),
                        String.valueOf(d.regels().size())));
            }
        }
        return uit;
    }

    /** Fewer indicators, or a reason given: repaired. The DVO is gone: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.dvos().stream().anyMatch(d -> String.valueOf(d.id()).equals(onderwerp))
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
