package nl.samenspel.toets.controles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.financien.FinancienFeiten.Gebeurtenis;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.verkenning.Partij;

/**
 * Rule 7: bad news about money belongs in the conversation with the raden, not in the annual accounts. A deficit or an
 * extra contribution ({@code FinancieleSoort.nadelig}) that has been known for longer than the samenwerking's
 * informatietermijn ({@code FinancienFeiten.Stand.informatietermijnDagen}, counted to the peildatum) while the raad of
 * a participating municipality has not been informed gives one finding per event (onderwerp the event's id;
 * arguments its kind as a number, its year, the day it became known, the raden not yet informed as all but the last
 * name and the last name, how many, and the term in days). It is open since the day after the term ran out. A raad informed late clears it:
 * what is left to do is done.
 */
@Regelcontrole(id = "R7.1", ernst = Ernst.RISICO, vanaf = Fase.AFSPREKEN)
class RaadNietIngelicht extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        int termijn = f.pc().financien().informatietermijnDagen();
        List<Signaal> uit = new ArrayList<>();
        for (Gebeurtenis g : f.pc().financien().gebeurtenissen()) {
            LocalDate verlopen = g.bekendOp().plusDays(termijn);
            if (!g.soort().nadelig() || !verlopen.isBefore(f.peildatum())) {
                continue;
            }
            List<String> niet = f.partijen().stream()
                    .filter(p -> g.geinformeerdOp(p.code()) == null)
                    .map(Partij::naam)
                    .toList();
            if (!niet.isEmpty()) {
                uit.add(Signaal.over(
                                String.valueOf(g.id()),
                                String.valueOf(g.soort().ordinal()),
                                String.valueOf(g.jaar()),
                                Tijdstip.DAG.format(g.bekendOp()),
                                String.join(", ", niet.subList(0, niet.size() - 1)),
                                niet.get(niet.size() - 1),
                                String.valueOf(niet.size()),
                                String.valueOf(termijn))
                        .sinds(verlopen.plusDays(1)));
            }
        }
        return uit;
    }

    /** Every raad informed: repaired. The event removed: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.pc().financien().gebeurtenissen().stream()
                        .anyMatch(g -> String.valueOf(g.id()).equals(onderwerp))
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
