package nl.samenspel.financien;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link FinancienFeiten} on this module's tables: three queries for any number of samenwerkingen. */
@Component
class JdbcFinancienFeiten implements FinancienFeiten {

    private final FinancienRepository repository;

    JdbcFinancienFeiten(FinancienRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> lees(Collection<Long> samenwerkingIds) {
        List<Long> ids = List.copyOf(samenwerkingIds);
        Map<Long, FinancienInstellingen> instellingen = repository.instellingen(ids);
        Map<Long, List<Gebeurtenis>> perSamenwerking = new HashMap<>();
        for (FinancieleGebeurtenis g : repository.gebeurtenissen(ids)) {
            Map<String, LocalDate> geinformeerd = new HashMap<>();
            g.raden().forEach(r -> geinformeerd.put(r.gemeenteCode(), r.geinformeerdOp()));
            perSamenwerking
                    .computeIfAbsent(g.samenwerkingId(), k -> new ArrayList<>())
                    .add(new Gebeurtenis(g.id(), g.soort(), g.jaar(), g.bedrag(), g.bekendOp(), geinformeerd));
        }
        List<Stand> uit = new ArrayList<>(ids.size());
        for (Long id : ids) {
            FinancienInstellingen in = instellingen.get(id);
            uit.add(new Stand(
                    id,
                    perSamenwerking.getOrDefault(id, List.of()),
                    in == null ? STANDAARD_INFORMATIETERMIJN : in.informatietermijnDagen()));
        }
        return uit;
    }
}
