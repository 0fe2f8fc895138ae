package nl.samenspel.bestuur;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link BestuurFeiten} on this module's tables: two queries for any number of samenwerkingen. */
@Component
class JdbcBestuurFeiten implements BestuurFeiten {

    private final BestuurRepository repository;

    JdbcBestuurFeiten(BestuurRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        Map<Long, List<nl.samenspel.bestuur.Orgaan>> organen = repository.organen(samenwerkingIds);
        return samenwerkingIds.stream()
                .map(id -> new Stand(
                        id,
                        organen.getOrDefault(id, List.of()).stream()
                                .map(JdbcBestuurFeiten::feit)
                                .toList()))
                .toList();
    }

    private static BestuurFeiten.Orgaan feit(nl.samenspel.bestuur.Orgaan o) {
        return new BestuurFeiten.Orgaan(
                o.id(),
                o.naam(),
                o.lijn(),
                o.zetels().stream().map(JdbcBestuurFeiten::feit).toList());
    }

    private static BestuurFeiten.Zetel feit(nl.samenspel.bestuur.Zetel z) {
        return new BestuurFeiten.Zetel(
                z.id(),
                z.persoon(),
                z.persoonSleutel(),
                z.gemeenteCode(),
                z.rol(),
                z.portefeuilles(),
                z.inhoudelijk(),
                z.stemmen(),
                z.account());
    }
}
