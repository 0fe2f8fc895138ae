package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 1: the form step was opened (or VORMGEVEN reached) before the earlier steps were done. */
@Regelcontrole(id = "R1.1", ernst = Ernst.RISICO)
class VormstapGeforceerd extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        boolean geforceerd = f.vormOntgrendeld()
                || f.overgangen().stream().anyMatch(o -> o.override() && o.naar() == Fase.VORMGEVEN);
        return geforceerd ? List.of(Signaal.geheel()) : List.of();
    }
}
