package nl.samenspel.toets.controles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/** Rule 6: the same decision was re-opened or deferred twice or more (deciding later as negotiation behaviour). */
@Regelcontrole(id = "R6.1", ernst = Ernst.AANDACHT)
class HerhaaldUitgesteld extends Basiscontrole {

    @Override
    List<Signaal> signalen(ToetsFeiten f) {
        var perOnderwerp = new java.util.TreeMap<String, List<ToetsFeiten.Uitstel>>();
        f.uitstel()
                .forEach(u -> perOnderwerp
                        .computeIfAbsent(u.onderwerp(), k -> new ArrayList<>())
                        .add(u));
        List<Signaal> uit = new ArrayList<>();
        perOnderwerp.forEach((onderwerp, lijst) -> {
            if (lijst.size() >= 2) {
                // Repeated since the second postponement: the day it happened, when known.
                List<LocalDate> dagen = lijst.stream()
                        .map(ToetsFeiten.Uitstel::datum)
                        .filter(Objects::nonNull)
                        .sorted()
                        .toList();
                uit.add(Signaal.over(onderwerp, onderwerp, String.valueOf(lijst.size()))
                        .sinds(dagen.size() >= 2 ? dagen.get(1) : null));
            }
        });
        return uit;
    }
}
