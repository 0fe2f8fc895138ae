package nl.samenspel.overgang;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@link OvergangFeiten} on this module's tables: four queries for any number of samenwerkingen. */
@Component
class JdbcOvergangFeiten implements OvergangFeiten {

    private final OvergangRepository repository;

    JdbcOvergangFeiten(OvergangRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        List<Long> ids = List.copyOf(samenwerkingIds);
        Map<Long, Overgangsstand> standen = repository.standen(ids);
        Map<Long, List<nl.samenspel.overgang.Maatregel>> maatregelen = repository.maatregelen(ids);
        Map<Long, List<nl.samenspel.overgang.Overdracht>> inventaris = repository.inventaris(ids);
        Map<Long, List<nl.samenspel.overgang.Verwachting>> verwachtingen = repository.verwachtingen(ids);
        return ids.stream()
                .map(id -> {
                    Overgangsstand stand = standen.get(id);
                    return new Stand(
                            id,
                            stand == null ? null : stand.start(),
                            stand == null ? null : stand.transitie(),
                            maatregelen.getOrDefault(id, List.of()).stream()
                                    .map(m -> new Maatregel(m.id(), m.soort(), m.jaar()))
                                    .toList(),
                            inventaris.getOrDefault(id, List.of()).stream()
                                    .map(o -> new Overdracht(o.id(), o.soort(), o.ontdektNaStart()))
                                    .toList(),
                            verwachtingen.getOrDefault(id, List.of()).stream()
                                    .map(v -> new Verwachting(v.id(), v.groep(), v.volgendeToets()))
                                    .toList());
                })
                .toList();
    }
}
