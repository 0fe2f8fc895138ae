package nl.samenspel.overgang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.OpenPunt;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Werkvoorraad;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * From the phase AFSPREKEN on, a samenwerking without a transition period waits for its regisseur to record the
 * start (rule 6: a learning period, not everything fixed from day one). Public: the overgang page shows every reader
 * that none is recorded. Younger samenwerkingen cost no query; the others one query for all of them.
 */
@Component
@Order(OvergangWerkvoorraad.VOLGORDE)
class OvergangWerkvoorraad implements Werkvoorraad {

    /** After the regeling (450): the transition comes when the agreements are being made. */
    static final int VOLGORDE = 500;

    private final OvergangRepository repository;

    OvergangWerkvoorraad(OvergangRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenPunt> open(Samenwerking s) {
        return open(List.of(s)).getOrDefault(s.id(), List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<OpenPunt>> open(List<Samenwerking> lijst) {
        List<Samenwerking> kandidaten = lijst.stream()
                .filter(s -> !s.gearchiveerd() && !s.fase().voor(Fase.AFSPREKEN))
                .toList();
        Map<Long, List<OpenPunt>> uit = new HashMap<>();
        if (kandidaten.isEmpty()) {
            return uit;
        }
        Map<Long, Overgangsstand> standen =
                repository.standen(kandidaten.stream().map(Samenwerking::id).toList());
        for (Samenwerking s : kandidaten) {
            Overgangsstand stand = standen.get(s.id());
            if (stand == null || stand.transitie() == null) {
                uit.put(
                        s.id(),
                        List.of(OpenPunt.voorRegisseur(
                                        Fase.AFSPREKEN,
                                        Melding.van("overgang.volgende.transitie"),
                                        "/samenwerkingen/" + s.id() + "/overgang")
                                .alsOpenbaar()));
            }
        }
        return uit;
    }
}
