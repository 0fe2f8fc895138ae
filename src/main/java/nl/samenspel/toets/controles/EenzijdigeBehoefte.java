package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Controle;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import org.springframework.stereotype.Component;

/** Rule 5: a task with one-sided need (advice INKOPEN) still heads for a shared arrangement past exploring. Names only the task: which party needs whom may be confidential. */
@Component
class EenzijdigeBehoefte implements Controle {

    @Override
    public String id() {
        return "R5.1";
    }

    @Override
    public Ernst ernst() {
        return Ernst.RISICO;
    }

    @Override
    public List<Signaal> evalueer(ToetsFeiten f) {
        if (!f.voorbij(Fase.VERKENNEN)) {
            return List.of();
        }
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
