package nl.samenspel.gedoe;

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
 * Gedoe raised and not yet routed to a forum waits on the regisseur (phase UITVOEREN). Public: the gedoelog shows
 * every reader which items are unrouted. One query for any number of samenwerkingen; archived ones are skipped.
 */
@Component
@Order(700)
class GedoeWerkvoorraad implements Werkvoorraad {

    private final GedoeRepository repository;

    GedoeWerkvoorraad(GedoeRepository repository) {
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
        List<Long> ids = lijst.stream()
                .filter(s -> !s.gearchiveerd())
                .map(Samenwerking::id)
                .toList();
        Map<Long, List<OpenPunt>> uit = new HashMap<>();
        repository
                .ongerouteerd(ids)
                .forEach((id, aantal) -> uit.put(
                        id,
                        List.of(OpenPunt.voorRegisseur(
                                        Fase.UITVOEREN,
                                        Melding.van("gedoe.volgende.doorleiden", aantal),
                                        "/samenwerkingen/" + id + "/gedoe")
                                .alsOpenbaar())));
        return uit;
    }
}
