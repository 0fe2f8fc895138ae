package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 1 (step 3): every relationship holds tension; an empty register past exploring means it is not named yet. */
@Regelcontrole(id = "R1.3", ernst = Ernst.AANDACHT, vanaf = Fase.ONDERHANDELEN)
class SpanningsregisterLeeg extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        return f.spanningen().isEmpty() ? List.of(Signaal.geheel()) : List.of();
    }
}
