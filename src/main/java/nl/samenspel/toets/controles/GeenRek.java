package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 6: municipalities run on slack. When DVOs exist and not one of them reserves a flexible part (rek: hours or
 * euros to be filled in during the year), the unexpected has nowhere to go. One finding for the samenwerking
 * (argument the number of DVOs).
 */
@Regelcontrole(id = "R6.5", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class GeenRek extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        if (f.dvos().isEmpty() || f.dvos().stream().anyMatch(d -> d.rek())) {
            return List.of();
        }
        return List.of(Signaal.geheel(String.valueOf(f.dvos().size())));
    }
}
