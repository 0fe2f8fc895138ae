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
 * Rule 3: in the first year of the running cooperation much turns out differently than foreseen. A DVO for that year
 * whose lines are all VAST and that has no review date within the year leaves no moment to adjust what was agreed
 * to what was learnt. One finding per such DVO (onderwerp its id; arguments the client's name and the year). The
 * first year: the year of the formal start, else the earliest DVO year ({@link ToetsFeiten#eersteJaar}).
 */
@Regelcontrole(id = "R3.2", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class EersteJaarAllesVast extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        Optional<Integer> eerste = f.eersteJaar();
        if (eerste.isEmpty()) {
            return List.of();
        }
        int jaar = eerste.get();
        List<Signaal> uit = new ArrayList<>();
        for (Dvo d : f.dvos()) {
            if (d.jaar() == jaar && allesVast(d) && d.herzieningsdata().stream().noneMatch(h -> h.getYear() == jaar)) {
                uit.add(Signaal.over(String.valueOf(d.id()), f.naam(d.gemeenteCode()), String.valueOf(jaar)));
            }
        }
        return uit;
    }

    static boolean allesVast(Dvo d) {
        return !d.regels().isEmpty() && d.regels().stream().allMatch(r -> r.status() == RegelStatus.VAST);
    }

    /** A DVO that was removed (or is no longer for the first year) did not get room to learn: it lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        Optional<Integer> eerste = f.eersteJaar();
        boolean bestaat = f.dvos().stream()
                .anyMatch(d ->
                        String.valueOf(d.id()).equals(onderwerp) && eerste.isPresent() && d.jaar() == eerste.get());
        return bestaat ? sleutel("opgelost") : VERVALLEN;
    }
}
