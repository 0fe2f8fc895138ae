package nl.samenspel.vorm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.samenwerking.SamenwerkingFeiten;
import nl.samenspel.verkenning.VerkenningFeiten;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link VormFeiten} in bulk: the decisions in one query; for the decided ones the answers (one query), the parties
 * ({@link SamenwerkingFeiten}) and the routes ({@link VerkenningFeiten}), each in bulk, to compute what the current
 * advice says of the decided form. No query per samenwerking. The check passes the parties and the verkenning it read
 * already, so they are not read twice (bench/toets.sh).
 */
@Component
class JdbcVormFeiten implements VormFeiten {

    private final VormRepository repository;
    private final SamenwerkingFeiten samenwerkingen;
    private final VerkenningFeiten verkenning;

    JdbcVormFeiten(VormRepository repository, SamenwerkingFeiten samenwerkingen, VerkenningFeiten verkenning) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.verkenning = verkenning;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        List<Long> besloten = repository.besluiten(samenwerkingIds).stream()
                .map(Vormbesluit::samenwerkingId)
                .distinct()
                .toList();
        Map<Long, Integer> partijen = new HashMap<>();
        Map<Long, VerkenningFeiten.Stand> standen = new HashMap<>();
        if (!besloten.isEmpty()) {
            for (SamenwerkingFeiten.Stand s : samenwerkingen.lees(besloten)) {
                partijen.put(s.id(), s.deelnemers().size());
            }
            for (VerkenningFeiten.Stand s : verkenning.lees(besloten)) {
                standen.put(s.samenwerkingId(), s);
            }
        }
        return lees(samenwerkingIds, partijen, standen);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> lees(
            Collection<Long> samenwerkingIds, Map<Long, Integer> partijen, Map<Long, VerkenningFeiten.Stand> standen) {
        List<Long> ids = List.copyOf(samenwerkingIds);
        Map<Long, Vormbesluit> besluiten = new HashMap<>();
        for (Vormbesluit b : repository.besluiten(ids)) {
            besluiten.put(b.samenwerkingId(), b);
        }
        List<Long> besloten =
                ids.stream().filter(besluiten::containsKey).distinct().toList();
        Map<Long, Antwoorden> antwoorden = new HashMap<>();
        if (!besloten.isEmpty()) {
            for (VormAntwoorden a : repository.antwoorden(besloten)) {
                antwoorden.put(a.samenwerkingId(), a.antwoorden());
            }
        }
        List<Stand> uit = new ArrayList<>();
        for (long id : ids) {
            Vormbesluit b = besluiten.get(id);
            if (b == null) {
                uit.add(Stand.geen(id));
                continue;
            }
            VerkenningFeiten.Stand stand =
                    standen.getOrDefault(id, new VerkenningFeiten.Stand(id, List.of(), List.of(), List.of()));
            Vormadvies advies = Vormadvies.bereken(
                    Vormen.invoer(partijen.getOrDefault(id, 0), stand, antwoorden.getOrDefault(id, Antwoorden.GEEN)));
            String m = b.motivering();
            uit.add(new Stand(id, b.vorm(), advies.van(b.vorm()).geschiktheid(), m != null && !m.isBlank(), b.datum()));
        }
        return uit;
    }
}
