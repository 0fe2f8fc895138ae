package nl.samenspel.rapportage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link RapportageFeiten} on this module's tables: three queries for any number of samenwerkingen. */
@Component
class JdbcRapportageFeiten implements RapportageFeiten {

    private final RapportageRepository repository;

    JdbcRapportageFeiten(RapportageRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        List<Long> ids = List.copyOf(samenwerkingIds);
        Map<Long, List<nl.samenspel.rapportage.Rapportage>> alle = repository.rapportages(ids);
        List<Stand> uit = new ArrayList<>(ids.size());
        for (long id : ids) {
            uit.add(new Stand(
                    id,
                    alle.getOrDefault(id, List.of()).stream()
                            .map(r -> new RapportageFeiten.Rapportage(
                                    r.id(),
                                    r.dvoId(),
                                    r.gemeenteCode(),
                                    r.van(),
                                    r.tot(),
                                    r.ingediend(),
                                    (int) r.lijnen().stream()
                                            .flatMap(l -> l.waarden().stream())
                                            .filter(w -> Objects.nonNull(w.waarde()))
                                            .count(),
                                    (int) r.lijnen().stream()
                                            .filter(l -> !l.heeftVerhaal())
                                            .count(),
                                    (int) r.aantal(LijnStatus.AFWIJKING)))
                            .toList()));
        }
        return uit;
    }
}
