package nl.samenspel.gesprek;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link GesprekFeiten} on this module's tables: four queries for any number of samenwerkingen. */
@Component
class JdbcGesprekFeiten implements GesprekFeiten {

    private final GesprekRepository repository;

    JdbcGesprekFeiten(GesprekRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        List<Long> ids = List.copyOf(samenwerkingIds);
        Map<Long, List<GesprekFeiten.Gesprek>> per = new HashMap<>();
        for (nl.samenspel.gesprek.Gesprek g : repository.gesprekken(ids)) {
            per.computeIfAbsent(g.samenwerkingId(), k -> new ArrayList<>())
                    .add(new GesprekFeiten.Gesprek(
                            g.id(),
                            g.dvoId(),
                            g.gemeenteCode(),
                            g.rapportageId(),
                            g.datum(),
                            g.verslag() != null,
                            g.bijsturingen().size(),
                            g.acties().stream()
                                    .map(a -> new GesprekFeiten.Actie(a.id(), a.deadline(), a.afgerondOp()))
                                    .toList()));
        }
        List<Stand> uit = new ArrayList<>(ids.size());
        for (Long id : ids) {
            uit.add(new Stand(id, per.getOrDefault(id, List.of())));
        }
        return uit;
    }
}
