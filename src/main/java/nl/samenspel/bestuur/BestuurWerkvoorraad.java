package nl.samenspel.bestuur;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.OpenPunt;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Werkvoorraad;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A chosen form and no bodies yet: the regisseur designs the governance (phase VORMGEVEN). Public: the designer
 * page shows every reader that no body exists yet. Only samenwerkingen in VORMGEVEN or later are asked about their
 * form (a samenwerking before that phase is not yet designing its governance), so a start page full of young
 * samenwerkingen costs no query; for the others one query for the bodies and one for the chosen forms.
 */
@Component
@Order(400)
class BestuurWerkvoorraad implements Werkvoorraad {

    private final BestuurRepository repository;
    private final nl.samenspel.vorm.Vormen vormen;

    BestuurWerkvoorraad(BestuurRepository repository, nl.samenspel.vorm.Vormen vormen) {
        this.repository = repository;
        this.vormen = vormen;
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
                .filter(s -> !s.gearchiveerd() && !s.fase().voor(Fase.VORMGEVEN))
                .toList();
        Map<Long, List<OpenPunt>> uit = new HashMap<>();
        if (kandidaten.isEmpty()) {
            return uit;
        }
        List<Long> ids = kandidaten.stream().map(Samenwerking::id).toList();
        Set<Long> metOrganen = Set.copyOf(repository.metOrganen(ids));
        Set<Long> metVorm = vormen.gekozen(ids).keySet();
        for (Samenwerking s : kandidaten) {
            if (!metOrganen.contains(s.id()) && metVorm.contains(s.id())) {
                uit.put(
                        s.id(),
                        List.of(OpenPunt.voorRegisseur(
                                        Fase.VORMGEVEN,
                                        Melding.van("bestuur.volgende.ontwerp"),
                                        "/samenwerkingen/" + s.id() + "/bestuur")
                                .alsOpenbaar()));
            }
        }
        return uit;
    }
}
