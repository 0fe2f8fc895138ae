package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 4 (alliance phases): ONDERHANDELEN or later, and no tension between at least two participating parties has
 * an agreed handling yet ({@link ToetsFeiten#onderhandeld()}). Merely naming a tension, or one of a single party, is
 * not a negotiation.
 */
@Regelcontrole(id = "R4.1", ernst = Ernst.RISICO, vanaf = Fase.ONDERHANDELEN)
class OnderhandelingOvergeslagen extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        return f.onderhandeld() ? List.of() : List.of(Signaal.geheel());
    }
}
