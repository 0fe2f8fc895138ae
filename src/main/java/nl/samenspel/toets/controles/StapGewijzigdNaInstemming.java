package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;
import nl.samenspel.verkenning.Partij;

/**
 * Rule 1: a step's content changed after parties had discussed it or their deciding body had decided on it; their
 * agreement is outdated. One finding per step, naming the parties; resolved once they discuss or decide again.
 */
@Regelcontrole(id = "R1.7", ernst = Ernst.AANDACHT)
class StapGewijzigdNaInstemming extends Basiscontrole {

    /** The steps in their order (WAT, HOE, SPANNINGEN, VANZELFDYNAMIEK, VORM). */
    private static final List<String> STAPPEN = List.of("WAT", "HOE", "SPANNINGEN", "VANZELFDYNAMIEK", "VORM");

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        List<Signaal> uit = new ArrayList<>();
        for (String stap : STAPPEN) {
            Set<String> oud = f.verouderd().getOrDefault(stap, Set.of());
            List<String> namen = f.partijen().stream()
                    .filter(p -> oud.contains(p.code()))
                    .map(Partij::naam)
                    .toList();
            if (!namen.isEmpty()) {
                uit.add(Signaal.over(stap, stap, String.join(", ", namen), String.valueOf(namen.size())));
            }
        }
        return uit;
    }
}
