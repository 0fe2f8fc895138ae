package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 6: give the start a learning period. Once DVOs exist or the cooperation is being carried out, no transition
 * period (with its start and end) gives one finding for the samenwerking.
 */
@Regelcontrole(id = "R6.4", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class GeenTransitieperiode extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        boolean nodig = !f.dvos().isEmpty() || f.minstens(Fase.UITVOEREN);
        return nodig && f.overgang().transitie() == null ? List.of(Signaal.geheel()) : List.of();
    }
}
