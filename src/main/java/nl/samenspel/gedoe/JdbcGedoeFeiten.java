package nl.samenspel.gedoe;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link GedoeFeiten} on this module's tables: three queries for any number of samenwerkingen. */
@Component
class JdbcGedoeFeiten implements GedoeFeiten {

    private final GedoeRepository repository;

    JdbcGedoeFeiten(GedoeRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        List<Long> ids = List.copyOf(samenwerkingIds);
        Map<Long, GedoeInstellingen> instellingen = repository.instellingen(ids);
        Map<Long, BigDecimal> gebruikt = repository.gebruikt(ids);
        Map<Long, List<Gedoe>> gedoe = new HashMap<>();
        for (GedoeItem i : repository.items(ids)) {
            gedoe.computeIfAbsent(i.samenwerkingId(), k -> new ArrayList<>())
                    .add(new Gedoe(
                            i.id(),
                            i.soort(),
                            i.gemeldOp(),
                            i.forum(),
                            i.status(),
                            i.beslotenOp(),
                            i.les() != null,
                            i.herzien()));
        }
        List<Stand> uit = new ArrayList<>(ids.size());
        for (Long id : ids) {
            GedoeInstellingen in = instellingen.get(id);
            Vangnet vangnet = in == null || in.budget() == null
                    ? null
                    : new Vangnet(in.budget(), gebruikt.getOrDefault(id, BigDecimal.ZERO.setScale(2)));
            uit.add(new Stand(
                    id,
                    in == null ? null : in.forum(),
                    gedoe.getOrDefault(id, List.of()),
                    vangnet,
                    in == null ? GedoeInstellingen.STANDAARD_TERMIJN : in.termijnDagen()));
        }
        return uit;
    }
}
