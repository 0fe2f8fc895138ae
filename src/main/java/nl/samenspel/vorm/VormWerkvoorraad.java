package nl.samenspel.vorm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.OpenPunt;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Werkvoorraad;
import nl.samenspel.samenwerking.Werkvoorraden;
import nl.samenspel.stappen.Stappen;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In phase VORMGEVEN, with the form step open and no form decided yet, the regisseur chooses a form on the form
 * page. Public: the form page shows every reader that no form is chosen yet. One query for the decisions of the
 * whole list; the gate is asked only for the samenwerkingen in VORMGEVEN without a decision.
 */
@Component
@Order(Werkvoorraden.STAPPEN + 50)
class VormWerkvoorraad implements Werkvoorraad {

    private final VormRepository repository;
    private final Stappen stappen;

    VormWerkvoorraad(VormRepository repository, Stappen stappen) {
        this.repository = repository;
        this.stappen = stappen;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenPunt> open(Samenwerking s) {
        return open(List.of(s)).getOrDefault(s.id(), List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<OpenPunt>> open(List<Samenwerking> lijst) {
        Map<Long, List<OpenPunt>> uit = new HashMap<>();
        List<Samenwerking> vormgeven = lijst.stream()
                .filter(s -> !s.gearchiveerd() && s.fase() == Fase.VORMGEVEN)
                .toList();
        if (vormgeven.isEmpty()) {
            return uit;
        }
        Set<Long> besloten = repository
                .besluiten(vormgeven.stream().map(Samenwerking::id).toList())
                .stream()
                .map(Vormbesluit::samenwerkingId)
                .collect(Collectors.toSet());
        for (Samenwerking s : vormgeven) {
            if (!besloten.contains(s.id()) && stappen.vormOpen(s.id())) {
                uit.put(
                        s.id(),
                        List.of(OpenPunt.voorRegisseur(
                                        Fase.VORMGEVEN,
                                        Melding.van("vorm.volgende.kies"),
                                        "/samenwerkingen/" + s.id() + "/vorm")
                                .alsOpenbaar()));
            }
        }
        return uit;
    }
}
