package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 1 (step 3): every relationship holds tension; past exploring the register must hold at least one tension
 * between parties with an agreed handling ({@link ToetsFeiten#onderhandeld()}). An entry nobody handles, or one that
 * concerns a single party, leaves the step as open as an empty register.
 */
@Regelcontrole(id = "R1.3", ernst = Ernst.AANDACHT, vanaf = Fase.ONDERHANDELEN)
class SpanningsregisterLeeg extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        return f.onderhandeld() ? List.of() : List.of(Signaal.geheel());
    }
}
