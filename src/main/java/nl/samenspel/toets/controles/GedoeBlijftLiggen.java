package nl.samenspel.toets.controles;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.gedoe.GedoeFeiten.Gedoe;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 3: gedoe is only useful when it is taken up. A gedoe item that is still not routed to a forum, or routed but
 * not decided ({@code status.open()}), more days after it was raised (counted to the peildatum) than the samenwerking's
 * own term ({@code GedoeFeiten.Stand.termijnDagen}, four weeks unless the regisseur set another) gives one finding (onderwerp the item's id; arguments its kind as a number, the day it was raised and
 * whether it was routed: 0 not, 1 yes). It is open since the day the term ran out.
 * */
@Regelcontrole(id = "R3.4", ernst = Ernst.AANDACHT, vanaf = Fase.UITVOEREN)
class GedoeBlijftLiggen extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        int termijn = f.gedoe().termijnDagen();
        for (Gedoe g : f.gedoe().gedoe()) {
            if (g.status().open() && ChronoUnit.DAYS.between(g.gemeld(), f.peildatum()) > termijn) {
                LocalDate verlopen = g.gemeld().plusDays(termijn + 1L);
                uit.add(Signaal.over(
                                String.valueOf(g.id()),
                                String.valueOf(g.soort().ordinal()),
                                Tijdstip.DAG.format(g.gemeld()),
                                g.forum() == null ? "0" : "1")
                        .sinds(verlopen));
            }
        }
        return uit;
    }

    /** Decided by its forum: repaired. Removed from the log: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.gedoe().gedoe().stream()
                        .anyMatch(g -> String.valueOf(g.id()).equals(onderwerp)
                                && !g.status().open())
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
