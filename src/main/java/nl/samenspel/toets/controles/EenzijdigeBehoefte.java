package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 5: a task with one-sided need (advice INKOPEN) still heads for a shared arrangement past exploring. Names only the task: which party needs whom may be confidential. */
@Regelcontrole(id = "R5.1", ernst = Ernst.RISICO, vanaf = Fase.ONDERHANDELEN)
class EenzijdigeBehoefte extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (var analyse : f.analyse()) {
            boolean eenzijdig = analyse.paren().stream()
                    .anyMatch(p -> p.classificatie() == nl.samenspel.verkenning.Classificatie.EENZIJDIG);
            if (eenzijdig) {
                uit.add(Signaal.over(
                        String.valueOf(analyse.taak().id()), analyse.taak().naam()));
            }
        }
        return uit;
    }
}
