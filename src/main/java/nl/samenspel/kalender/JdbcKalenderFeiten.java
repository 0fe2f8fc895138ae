package nl.samenspel.kalender;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Vormen;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link KalenderFeiten} on this module's tables: the chosen forms (one query in vorm), the years with their budget
 * changes (two queries) and the zienswijzen (one query), for any number of samenwerkingen.
 */
@Component
class JdbcKalenderFeiten implements KalenderFeiten {

    private final KalenderRepository repository;
    private final Vormen vormen;

    JdbcKalenderFeiten(KalenderRepository repository, Vormen vormen) {
        this.repository = repository;
        this.vormen = vormen;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        List<Long> ids = List.copyOf(samenwerkingIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Vorm> gekozen = vormen.gekozen(ids);
        Map<Long, List<Jaarplan>> jaren = new HashMap<>();
        for (Jaarplan j : repository.jaren(ids)) {
            jaren.computeIfAbsent(j.samenwerkingId(), k -> new ArrayList<>()).add(j);
        }
        Map<Long, List<Raadszienswijze>> zienswijzen = new HashMap<>();
        for (Raadszienswijze z : repository.zienswijzen(ids)) {
            zienswijzen
                    .computeIfAbsent(z.samenwerkingId(), k -> new ArrayList<>())
                    .add(z);
        }
        List<Stand> uit = new ArrayList<>(ids.size());
        for (Long id : ids) {
            if (!PcKalender.heeftBegroting(gekozen.get(id))) {
                uit.add(Stand.leeg(id));
                continue;
            }
            List<Jaarplan> plannen = jaren.getOrDefault(id, List.of());
            List<Termijn> termijnen = new ArrayList<>();
            for (Jaarplan j : plannen) {
                PcRekenaar.bereken(j).forEach(r -> termijnen.add(r.termijn()));
            }
            List<Zienswijze> z = zienswijzen.getOrDefault(id, List.of()).stream()
                    .map(r -> new Zienswijze(
                            r.id(),
                            r.jaar(),
                            r.gemeenteCode(),
                            r.ingediendOp(),
                            r.beantwoordOp(),
                            besluitOp(plannen, r.jaar(), r.wijziging())))
                    .toList();
            uit.add(new Stand(id, termijnen, z));
        }
        return uit;
    }

    /** The board's day for the document the zienswijze is about: the budget, or the numbered budget change. */
    static @Nullable LocalDate besluitOp(List<Jaarplan> plannen, int jaar, @Nullable Integer wijziging) {
        for (Jaarplan j : plannen) {
            if (j.jaar() != jaar) {
                continue;
            }
            if (wijziging == null) {
                return j.begroting().geldend();
            }
            return j.wijzigingen().stream()
                    .filter(w -> w.nummer() == wijziging)
                    .map(w -> w.besluit().geldend())
                    .filter(d -> d != null)
                    .findFirst()
                    .orElse(null);
        }
        return null;
    }
}
