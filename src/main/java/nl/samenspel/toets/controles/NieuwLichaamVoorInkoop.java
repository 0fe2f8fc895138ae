package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.verkenning.Route;

/**
 * Rule 5: with one-sided need, buy; no new body. The chosen form sets up a new shared body
 * ({@link nl.samenspel.vorm.Vorm#nieuwLichaam()}) while the parties recorded the route INKOPEN for a task. One
 * finding per such task: onderwerp the task id; arguments its name and "1" when another task has the recorded route
 * SAMENWERKEN, else "0".
 *
 * <p>When no task is recorded as SAMENWERKEN the new body rests on buying alone: RISICO (the check's own weight). When
 * another task is done together, the body may well be meant for that one and this task can still be bought beside
 * it by contract: AANDACHT. Cleared only by a form without a new body or another recorded route for the task.
 */
@Regelcontrole(id = "R5.6", ernst = Ernst.RISICO, vanaf = Fase.VORMGEVEN)
class NieuwLichaamVoorInkoop extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        if (f.gekozenVorm().filter(v -> v.nieuwLichaam()).isEmpty()) {
            return List.of();
        }
        boolean ookSamen = f.routes().values().stream().anyMatch(r -> r.route() == Route.SAMENWERKEN);
        return f.taken().stream()
                .filter(t ->
                        f.route(t.id()).filter(r -> r.route() == Route.INKOPEN).isPresent())
                .map(t -> {
                    Signaal s = Signaal.over(String.valueOf(t.id()), t.naam(), ookSamen ? "1" : "0");
                    return ookSamen ? s.metErnst(Ernst.AANDACHT) : s;
                })
                .toList();
    }

    /** A task that was removed is not bought any more: its finding lapsed. */
    @Override
    public String opgelost(String onderwerp, ToetsFeiten f) {
        boolean bestaat =
                f.taken().stream().anyMatch(t -> String.valueOf(t.id()).equals(onderwerp));
        return bestaat ? sleutel("opgelost") : VERVALLEN;
    }
}
