package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspel.afspraken.AfsprakenFeiten.Dvo;
import nl.samenspel.afspraken.RegelStatus;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 6: don't fix what you don't know yet. A DVO for the first year whose first agreed version had every line
 * VAST with price and volume, and whose lines are still all VAST, was fully specified before anyone could know. One
 * finding per DVO (onderwerp its id; arguments the client's name and the year). Making a line indicative or to be
 * filled in (a revision) repairs it.
 */
@Regelcontrole(id = "R6.6", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class AllesVastgelegdBijStart extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        Optional<Integer> eerste = f.eersteJaar();
        if (eerste.isEmpty()) {
            return List.of();
        }
        List<Signaal> uit = new ArrayList<>();
        for (Dvo d : f.dvos()) {
            boolean volledig = !d.eersteVaststelling().isEmpty()
                    && d.eersteVaststelling().stream()
                            .allMatch(r -> r.status() == RegelStatus.VAST && r.prijsEnVolume());
            if (d.jaar() == eerste.get() && volledig && EersteJaarAllesVast.allesVast(d)) {
                uit.add(Signaal.over(String.valueOf(d.id()), f.naam(d.gemeenteCode()), String.valueOf(d.jaar())));
            }
        }
        return uit;
    }

    /** A line was opened up: repaired. The DVO is gone or no longer for the first year: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        Optional<Integer> eerste = f.eersteJaar();
        return f.dvos().stream()
                        .anyMatch(d -> String.valueOf(d.id()).equals(onderwerp)
                                && eerste.isPresent()
                                && d.jaar() == eerste.get()
                                && !EersteJaarAllesVast.allesVast(d))
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
