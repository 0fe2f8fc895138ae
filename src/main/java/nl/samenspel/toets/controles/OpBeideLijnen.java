package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.bestuur.BestuurFeiten.Orgaan;
import nl.samenspel.bestuur.BestuurFeiten.Zetel;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 2: once a form is chosen, one person (the same {@code persoonSleutel}, whatever the role) has a seat on a
 * body of the supervision line (TOEZICHT) and on a body of the client line (KLANT). That person then asks the
 * shared organisation for custom service and judges its health in one head. One finding per person: onderwerp the
 * person key; arguments the name as typed, the supervising bodies and the client bodies the person sits on.
 * Cleared only when the person no longer sits on both lines.
 */
@Regelcontrole(id = "R2.1", ernst = Ernst.RISICO, vanaf = Fase.VORMGEVEN)
class OpBeideLijnen extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        if (f.gekozenVorm().isEmpty()) {
            return List.of();
        }
        List<Orgaan> toezicht = Organen.op(f, Lijn.TOEZICHT);
        List<Orgaan> klant = Organen.op(f, Lijn.KLANT);
        Set<String> klantPersonen = Organen.zetels(klant).keySet();
        List<Signaal> uit = new ArrayList<>();
        for (Map.Entry<String, Zetel> e : Organen.zetels(toezicht).entrySet()) {
            String sleutel = e.getKey();
            if (klantPersonen.contains(sleutel)) {
                uit.add(Signaal.over(
                        Organen.onderwerp(sleutel),
                        e.getValue().persoon(),
                        Organen.namen(toezicht, sleutel),
                        Organen.namen(klant, sleutel)));
            }
        }
        return uit;
    }
}
