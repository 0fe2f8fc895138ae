package nl.samenspel.toets.controles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.gesprek.GesprekFeiten.Gesprek;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 7: steering happens in the conversation, so what it agreed must be findable afterwards. A service conversation
 * held more than {@link #DAGEN} days before the peildatum with no outcome recorded at all (no notes, no adjustment,
 * no action) gives one finding (onderwerp its id; arguments the client's name, the day it was held and the days
 * allowed). It is open since the day the two weeks ran out.
 */
@Regelcontrole(id = "R7.3", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class GesprekZonderUitkomst extends Basiscontrole {

    /** Two weeks: enough to write up notes and actions while the conversation is fresh in mind. */
    static final int DAGEN = 14;

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (Gesprek g : f.pc().gesprek().gesprekken()) {
            LocalDate verlopen = g.datum().plusDays(DAGEN);
            if (zonderUitkomst(g) && verlopen.isBefore(f.peildatum())) {
                uit.add(Signaal.over(
                                String.valueOf(g.id()),
                                f.naam(g.gemeenteCode()),
                                Tijdstip.DAG.format(g.datum()),
                                String.valueOf(DAGEN))
                        .sinds(verlopen.plusDays(1)));
            }
        }
        return uit;
    }

    static boolean zonderUitkomst(Gesprek g) {
        return !g.verslag() && g.bijsturingen() == 0 && g.acties().isEmpty();
    }

    /** Notes, an adjustment or an action recorded: repaired. The conversation removed: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.pc().gesprek().gesprekken().stream()
                        .anyMatch(g -> String.valueOf(g.id()).equals(onderwerp))
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
