package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.samenspel.bestuur.BestuurFeiten.Orgaan;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 2: once a form is chosen, a body on the supervision line (TOEZICHT) and a body on the client line (KLANT)
 * have exactly the same persons (the same non-empty set of person keys): in effect one meeting under two names,
 * which is the single board the rule warns against. One finding per such pair: onderwerp "toezicht-id:klant-id";
 * arguments the two names. Cleared only when the two differ in who sits there (or one of them is gone or on
 * another line).
 */
@Regelcontrole(id = "R2.5", ernst = Ernst.RISICO, vanaf = Fase.VORMGEVEN)
class EenTafelVoorBeideLijnen extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        if (f.gekozenVorm().isEmpty()) {
            return List.of();
        }
        List<Signaal> uit = new ArrayList<>();
        for (Orgaan toezicht : Organen.op(f, Lijn.TOEZICHT)) {
            Set<String> wie = Organen.personen(toezicht);
            if (wie.isEmpty()) {
                continue;
            }
            for (Orgaan klant : Organen.op(f, Lijn.KLANT)) {
                if (wie.equals(Organen.personen(klant))) {
                    uit.add(Signaal.over(toezicht.id() + ":" + klant.id(), toezicht.naam(), klant.naam()));
                }
            }
        }
        return uit;
    }
}
