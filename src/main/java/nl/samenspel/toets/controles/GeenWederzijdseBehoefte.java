package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.verkenning.Route;
import nl.samenspel.verkenning.Taak;

/**
 * Rule 5: the analysis finds no mutual need on any task, yet a shared arrangement is chosen or continued past
 * exploring. Precisely: at least one pair is fully answered, no pair on any task needs each other, and not every
 * task has a recorded route that is not shared (INKOPEN or NIET_SAMEN): some task is recorded as SAMENWERKEN, or
 * has no route and so rides along in the shared process. When the parties recorded for every task that they buy
 * from one another or do not do it together, the samenwerking is the vehicle of those choices and this is
 * silent: that is rule 5 followed.
 */
@Regelcontrole(id = "R5.4", ernst = Ernst.RISICO, vanaf = Fase.ONDERHANDELEN)
class GeenWederzijdseBehoefte extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        boolean volledigPaar = false;
        for (var analyse : f.analyse()) {
            for (var paar : analyse.paren()) {
                switch (paar.classificatie()) {
                    case WEDERZIJDS -> {
                        return List.of();
                    }
                    case EENZIJDIG, GEEN -> volledigPaar = true;
                    default -> {}
                }
            }
        }
        if (!volledigPaar) {
            return List.of();
        }
        boolean gezamenlijk = false;
        for (Taak t : f.taken()) {
            Route route = f.route(t.id()).map(r -> r.route()).orElse(null);
            if (route == null || route == Route.SAMENWERKEN) {
                gezamenlijk = true;
            }
        }
        return gezamenlijk ? List.of(Signaal.geheel()) : List.of();
    }
}
