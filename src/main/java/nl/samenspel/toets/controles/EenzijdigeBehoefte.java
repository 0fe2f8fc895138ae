package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.verkenning.Classificatie;
import nl.samenspel.verkenning.Route;
import nl.samenspel.verkenning.TaakAnalyse;
import nl.samenspel.verkenning.VerkenningFeiten.RouteStand;

/**
 * Rule 5: a task with one-sided need (advice INKOPEN) heads for a shared arrangement past exploring. Decided by the
 * route the parties recorded for the task:
 *
 * <ul>
 *   <li>INKOPEN or NIET_SAMEN: they follow the analysis (or do even less together): nothing;
 *   <li>SAMENWERKEN while no pair of the task needs each other: the contradiction of rule 5 (second argument "1");
 *   <li>no route recorded: nothing shows the parties took the advice, the task simply rides along in the shared
 *       process (second argument "0": the sentence asks to record the route). Only AANDACHT: the advice may well be
 *       what happens, so a model case of rule 5 that is not yet recorded is no risk.
 * </ul>
 *
 * A task that has a mutual pair besides a one-sided one (pattern GEMENGD) may be chosen SAMENWERKEN: the route
 * follows the mutual part, and the reason explains the rest. Names only the task: which party needs whom may be
 * confidential.
 */
@Regelcontrole(id = "R5.1", ernst = Ernst.RISICO, vanaf = Fase.ONDERHANDELEN)
class EenzijdigeBehoefte extends Basiscontrole {

    static final String GEEN_ROUTE = "0";
    static final String GEKOZEN_SAMENWERKEN = "1";

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (TaakAnalyse analyse : f.analyse()) {
            boolean eenzijdig = analyse.paren().stream().anyMatch(p -> p.classificatie() == Classificatie.EENZIJDIG);
            if (!eenzijdig) {
                continue;
            }
            Optional<Route> route = f.route(analyse.taak().id()).map(RouteStand::route);
            boolean wederzijds = analyse.paren().stream().anyMatch(p -> p.classificatie() == Classificatie.WEDERZIJDS);
            String onderwerp = String.valueOf(analyse.taak().id());
            if (route.isEmpty()) {
                uit.add(Signaal.over(onderwerp, analyse.taak().naam(), GEEN_ROUTE)
                        .metErnst(Ernst.AANDACHT));
            } else if (route.get() == Route.SAMENWERKEN && !wederzijds) {
                uit.add(Signaal.over(onderwerp, analyse.taak().naam(), GEKOZEN_SAMENWERKEN));
            }
        }
        return uit;
    }
}
