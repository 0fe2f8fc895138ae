package nl.samenspel.toets.controles;

import java.util.List;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 2: the chosen form sets up a new body ({@link nl.samenspel.vorm.Vorm#nieuwLichaam()}) and no body is on
 * the supervision line (TOEZICHT): nobody is asked whether the shared organisation is healthy (finances,
 * organisation, director). One finding about the samenwerking as a whole, no arguments. Cleared only by a body on
 * the TOEZICHT line (or a form without a body of its own).
 */
@Regelcontrole(id = "R2.4", ernst = Ernst.AANDACHT, vanaf = Fase.VORMGEVEN)
class GeenToezichtlijn extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        boolean lichaam = f.gekozenVorm().filter(v -> v.nieuwLichaam()).isPresent();
        return lichaam && Organen.op(f, Lijn.TOEZICHT).isEmpty() ? List.of(Signaal.geheel()) : List.of();
    }
}
