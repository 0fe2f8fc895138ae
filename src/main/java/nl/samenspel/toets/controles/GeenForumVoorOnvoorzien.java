package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 3: design for gedoe. Once there are agreements (DVOs) or bodies, the unforeseen needs a named place where it
 * is taken up; without one every surprise looks for its own way in, or none. One finding for the samenwerking.
 */
@Regelcontrole(id = "R3.3", ernst = Ernst.AANDACHT, vanaf = Fase.AFSPREKEN)
class GeenForumVoorOnvoorzien extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        boolean ingericht = !f.dvos().isEmpty() || !f.bestuur().organen().isEmpty();
        if (ingericht && f.gedoe().forumVoorOnvoorzien() == null) {
            return List.of(Signaal.geheel());
        }
        return List.of();
    }
}
