package nl.samenspel.regeling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link RegelingFeiten} in two queries for any number of samenwerkingen (marks, raad decisions). */
@Component
class JdbcRegelingFeiten implements RegelingFeiten {

    private final RegelingRepository repository;

    JdbcRegelingFeiten(RegelingRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        if (samenwerkingIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(samenwerkingIds);
        Map<Long, Set<RegelingOnderdeel>> geregeld = new HashMap<>();
        Map<Long, Set<RegelingOnderdeel>> afgewogen = new HashMap<>();
        for (RegelingRepository.Markering m : repository.markeringen(ids)) {
            (m.status() == OnderdeelStatus.GEREGELD ? geregeld : afgewogen)
                    .computeIfAbsent(m.samenwerkingId(), k -> EnumSet.noneOf(RegelingOnderdeel.class))
                    .add(m.onderdeel());
        }
        Map<Long, Map<String, LocalDate>> toestemming = new HashMap<>();
        Map<Long, Map<String, LocalDate>> zienswijze = new HashMap<>();
        for (RegelingRepository.Besluit b : repository.besluiten(ids)) {
            (b.besluit().soort() == RaadsbesluitSoort.TOESTEMMING ? toestemming : zienswijze)
                    .computeIfAbsent(b.samenwerkingId(), k -> new HashMap<>())
                    .put(b.besluit().gemeenteCode(), b.besluit().datum());
        }
        List<Stand> uit = new ArrayList<>(ids.size());
        for (Long id : ids) {
            uit.add(new Stand(
                    id,
                    geregeld.getOrDefault(id, Set.of()),
                    afgewogen.getOrDefault(id, Set.of()),
                    toestemming.getOrDefault(id, Map.of()),
                    zienswijze.getOrDefault(id, Map.of())));
        }
        return uit;
    }
}
