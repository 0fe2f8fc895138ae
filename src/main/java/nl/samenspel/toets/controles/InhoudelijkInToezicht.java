package nl.samenspel.toets.controles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.bestuur.BestuurFeiten.Orgaan;
import nl.samenspel.bestuur.BestuurFeiten.Zetel;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.bestuur.ZetelRol;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 2: once a form is chosen, a BESTUURLIJK seat with a content portfolio ({@code inhoudelijk}: not finance or
 * business operations) sits on a body of the supervision line (TOEZICHT). Whoever is responsible for the content at
 * home brings the client's wishes to the table that should judge the organisation's health. One finding per person:
 * onderwerp the person key; arguments the name as typed, the supervising bodies concerned and the portfolios (as
 * typed, of all that person's content seats there). Cleared only when no such seat remains: Financiën or business
 * operations as the portfolio, the seat moved to the client line, or a civil servant in that place.
 */
@Regelcontrole(id = "R2.2", ernst = Ernst.AANDACHT, vanaf = Fase.VORMGEVEN)
class InhoudelijkInToezicht extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        if (f.gekozenVorm().isEmpty()) {
            return List.of();
        }
        Map<String, Zetel> eerste = new LinkedHashMap<>();
        Map<String, Set<String>> organen = new LinkedHashMap<>();
        Map<String, Set<String>> portefeuilles = new LinkedHashMap<>();
        for (Orgaan o : Organen.op(f, Lijn.TOEZICHT)) {
            for (Zetel z : o.zetels()) {
                if (z.rol() != ZetelRol.BESTUURLIJK || !z.inhoudelijk()) {
                    continue;
                }
                eerste.putIfAbsent(z.persoonSleutel(), z);
                organen.computeIfAbsent(z.persoonSleutel(), k -> new LinkedHashSet<>())
                        .add(o.naam());
                portefeuilles
                        .computeIfAbsent(z.persoonSleutel(), k -> new LinkedHashSet<>())
                        .addAll(z.portefeuilles());
            }
        }
        List<Signaal> uit = new ArrayList<>();
        eerste.forEach((sleutel, z) -> uit.add(Signaal.over(
                Organen.onderwerp(sleutel),
                z.persoon(),
                String.join(", ", organen.getOrDefault(sleutel, Set.of())),
                String.join(", ", portefeuilles.getOrDefault(sleutel, Set.of())))));
        return uit;
    }
}
