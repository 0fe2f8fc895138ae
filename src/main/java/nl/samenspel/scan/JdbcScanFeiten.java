package nl.samenspel.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ScanFeiten} on this module's tables: five queries for any number of samenwerkingen. */
@Component
class JdbcScanFeiten implements ScanFeiten {

    private final ScanRepository repository;

    JdbcScanFeiten(ScanRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        List<Long> ids = List.copyOf(samenwerkingIds);
        Map<Long, List<nl.samenspel.scan.Scan>> scans = repository.scans(ids);
        List<Stand> uit = new ArrayList<>(ids.size());
        for (long id : ids) {
            uit.add(new Stand(
                    id,
                    scans.getOrDefault(id, List.of()).stream()
                            .map(s -> new Scan(
                                    s.id(),
                                    s.gestartOp(),
                                    s.afgerondOp(),
                                    s.antwoorden().stream()
                                            .filter(Antwoorden::ingediend)
                                            .map(Antwoorden::partij)
                                            .collect(Collectors.toSet()),
                                    s.acties().stream()
                                            .map(a -> new Actie(a.id(), a.deadline(), a.afgerond()))
                                            .toList()))
                            .toList()));
        }
        return uit;
    }
}
