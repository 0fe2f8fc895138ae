package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 1: the phase moved on while a step had been discussed by only some parties; resolved once all parties have discussed it. */
@Regelcontrole(id = "R1.4", ernst = Ernst.AANDACHT)
class StapDeelsBesproken extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        Set<String> alle = new java.util.LinkedHashSet<>();
        f.partijen().forEach(p -> alle.add(p.code()));
        Set<String> stappen = new java.util.LinkedHashSet<>();
        for (var o : f.overgangen()) {
            stappen.addAll(o.deelsBesproken());
        }
        List<Signaal> uit = new ArrayList<>();
        for (String stap : stappen) {
            if (!f.besproken().getOrDefault(stap, Set.of()).containsAll(alle)) {
                uit.add(Signaal.over(stap, stap));
            }
        }
        return uit;
    }
}
