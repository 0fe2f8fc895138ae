package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 4 (alliance phases): ONDERHANDELEN or later without any tension recorded between at least two parties. */
@Regelcontrole(id = "R4.1", ernst = Ernst.RISICO, vanaf = Fase.ONDERHANDELEN)
class OnderhandelingOvergeslagen extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        boolean tussenPartijen =
                f.spanningen().stream().anyMatch(s -> s.partijen().size() >= 2);
        return tussenPartijen ? List.of() : List.of(Signaal.geheel());
    }
}
