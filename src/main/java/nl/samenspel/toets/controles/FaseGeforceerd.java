package nl.samenspel.toets.controles;

import java.util.List;
import java.util.Set;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 1 and issue 3: a REGISSEUR moved on although entry criteria were not met (VORMGEVEN is R1.1). */
@Regelcontrole(id = "R1.5", ernst = Ernst.AANDACHT)
class FaseGeforceerd extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        Set<Fase> naar = new java.util.TreeSet<>();
        for (var o : f.overgangen()) {
            if (o.override() && o.naar() != Fase.VORMGEVEN) {
                naar.add(o.naar());
            }
        }
        return naar.stream().map(n -> Signaal.over(n.name(), n.name())).toList();
    }
}
