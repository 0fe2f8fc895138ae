package nl.samenspel.toets.controles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.toets.Ernst;
import nl.samenspel.toets.Signaal;
import nl.samenspel.toets.ToetsFeiten;

/**
 * Rule 6: the same decision was re-opened or deferred twice or more (deciding later as negotiation behaviour), and it
 * has still not been taken. Taken means: a step ('STAP:WAT') is discussed by every party again (the form step: the
 * phase is past VORMGEVEN), a phase ('FASE:AFSPREKEN') has been reached. Re-opened once more, it returns.
 */
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
            if (lijst.size() >= 2 && !genomen(f, onderwerp)) {
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

    /** Whether the postponed decision has been taken since; an onderwerp this check does not know never is. */
    static boolean genomen(ToetsFeiten f, String onderwerp) {
        int dubbelepunt = onderwerp.indexOf(':');
        if (dubbelepunt < 0) {
            return false;
        }
        String soort = onderwerp.substring(0, dubbelepunt);
        String naam = onderwerp.substring(dubbelepunt + 1);
        if ("STAP".equals(soort)) {
            return "VORM".equals(naam) ? f.voorbij(Fase.VORMGEVEN) : f.doorIedereenBesproken(naam);
        }
        if ("FASE".equals(soort)) {
            for (Fase fase : Fase.values()) {
                if (fase.name().equals(naam)) {
                    return f.minstens(fase);
                }
            }
        }
        return false;
    }
}
