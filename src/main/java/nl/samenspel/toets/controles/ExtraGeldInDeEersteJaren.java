package nl.samenspel.toets.controles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspel.financien.FinancienFeiten.Gebeurtenis;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.jspecify.annotations.Nullable;

/**
 * Rules 6 and 7: an extra contribution or a deficit in the first two years of the running cooperation is the sign
 * that the slack the municipalities used to have was gone before the new organisation found its feet. One finding
 * per such event (onderwerp its id; arguments its kind as a number, its year and the day it became known). An event
 * is in the first two years when the year it concerns is the first year ({@link ToetsFeiten#eersteJaar}) or the one
 * after, or when it became known within two years after the formal start. Nothing repairs what happened; the
 * parties acknowledge the finding once they have drawn their conclusions.
 */
@Regelcontrole(id = "R6.8", ernst = Ernst.RISICO, vanaf = Fase.AFSPREKEN)
class ExtraGeldInDeEersteJaren extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        Optional<Integer> eerste = f.eersteJaar();
        LocalDate start = f.overgang().start();
        List<Signaal> uit = new ArrayList<>();
        for (Gebeurtenis g : f.pc().financien().gebeurtenissen()) {
            if (g.soort().nadelig() && inDeEersteJaren(g, eerste, start)) {
                uit.add(Signaal.over(
                                String.valueOf(g.id()),
                                String.valueOf(g.soort().ordinal()),
                                String.valueOf(g.jaar()),
                                Tijdstip.DAG.format(g.bekendOp()))
                        .sinds(g.bekendOp()));
            }
        }
        return uit;
    }

    private static boolean inDeEersteJaren(Gebeurtenis g, Optional<Integer> eerste, @Nullable LocalDate start) {
        boolean jaar = eerste.isPresent() && g.jaar() >= eerste.get() && g.jaar() <= eerste.get() + 1;
        boolean bekend =
                start != null && !g.bekendOp().isBefore(start) && g.bekendOp().isBefore(start.plusYears(2));
        return jaar || bekend;
    }

    /** Still recorded but no longer in the first two years (its year or the start corrected): repaired. Removed: lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        return f.pc().financien().gebeurtenissen().stream()
                        .anyMatch(g -> String.valueOf(g.id()).equals(onderwerp))
                ? sleutel("opgelost")
                : VERVALLEN;
    }
}
