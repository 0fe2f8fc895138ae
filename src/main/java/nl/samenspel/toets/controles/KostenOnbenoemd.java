package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 5: nobody said what cooperating may cost them, in money or in own room to act. */
@Regelcontrole(id = "R5.3", ernst = Ernst.AANDACHT)
class KostenOnbenoemd extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        boolean genoemd =
                f.posities().values().stream().anyMatch(p -> p.maximumPerJaarIngevuld() || p.eigenRuimteIngevuld());
        return genoemd ? List.of() : List.of(Signaal.geheel());
    }
}
