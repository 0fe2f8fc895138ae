package nl.samenspel.evaluatie;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link EvaluatieFeiten} on this module's tables: four queries for any number of samenwerkingen. */
@Component
class JdbcEvaluatieFeiten implements EvaluatieFeiten {

    private final EvaluatieRepository repository;

    JdbcEvaluatieFeiten(EvaluatieRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        List<Long> ids = List.copyOf(samenwerkingIds);
        Map<Long, List<nl.samenspel.evaluatie.Evaluatie>> evaluaties = repository.evaluaties(ids);
        Map<Long, List<nl.samenspel.evaluatie.Uittreding>> uittredingen = repository.uittredingen(ids);
        Map<Long, nl.samenspel.evaluatie.Opheffing> opheffingen = repository.opheffingen(ids);
        List<Stand> uit = new ArrayList<>(ids.size());
        for (long id : ids) {
            nl.samenspel.evaluatie.Opheffing o = opheffingen.get(id);
            uit.add(new Stand(
                    id,
                    evaluaties.getOrDefault(id, List.of()).stream()
                            .map(e -> new Evaluatie(
                                    e.id(),
                                    e.gepland(),
                                    e.uitgevoerd(),
                                    e.acties().stream()
                                            .map(a -> new Actie(a.id(), a.deadline(), a.afgerond() != null))
                                            .toList()))
                            .toList(),
                    uittredingen.getOrDefault(id, List.of()).stream()
                            .map(u -> new Uittreding(
                                    u.id(), u.gemeenteCode(), u.datum(), u.status(), u.voorwaardenGeregeld()))
                            .toList(),
                    o == null ? null : new Opheffing(o.ingangsdatum(), o.vereffeningGeregeld(), o.afgerond())));
        }
        return uit;
    }
}
