package nl.samenspel.stappen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.OpenPunt;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Werkvoorraad;
import nl.samenspel.samenwerking.Werkvoorraden;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps before the form (wat, hoe, spanningen, vanzelfdynamiek) still wait for, in phase ONDERHANDELEN:
 * a step without content waits for the regisseur; a step with content waits for every party without a current
 * discussed-mark (a party cannot discuss an empty step); a mark the regisseur recorded on a party's behalf waits
 * for that party to confirm it. Past ONDERHANDELEN the steps wait for nobody: the gate was met (or overridden),
 * and an unconfirmed mark counts, so it must not hold up "what is next" of a later phase; the party still sees it
 * on the step page. An archived samenwerking waits for nothing. Every punt is {@link OpenPunt#openbaar() public}:
 * the step pages show every reader which parties have (not) discussed a step and which marks were recorded on a
 * party's behalf. Three queries for any number of samenwerkingen.
 */
@Component
@Order(Werkvoorraden.STAPPEN)
class StappenWerkvoorraad implements Werkvoorraad {

    private final StappenRepository repository;

    StappenWerkvoorraad(StappenRepository repository) {
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
        List<Samenwerking> onderhandelen = lijst.stream()
                .filter(s -> !s.gearchiveerd() && !Fase.ONDERHANDELEN.voor(s.fase()))
                .toList();
        Map<Long, List<OpenPunt>> uit = new HashMap<>();
        if (onderhandelen.isEmpty()) {
            return uit;
        }
        List<Long> ids = onderhandelen.stream().map(Samenwerking::id).toList();
        Map<Long, List<Besproken>> besproken = repository.besproken(ids);
        Map<Long, Set<Stap>> inhoud = repository.stappenMetInhoud(ids);
        for (Samenwerking s : onderhandelen) {
            uit.put(
                    s.id(),
                    punten(s, besproken.getOrDefault(s.id(), List.of()), inhoud.getOrDefault(s.id(), Set.of())));
        }
        return uit;
    }

    private static List<OpenPunt> punten(Samenwerking s, List<Besproken> besproken, Set<Stap> metInhoud) {
        long id = s.id();
        List<OpenPunt> open = new ArrayList<>();
        for (Stap stap : Stap.VOOR_VORM) {
            String pad = "/samenwerkingen/" + id + "/stappen/" + stap.pad();
            Melding label = Melding.van(stap.labelSleutel());
            List<Besproken> vanStap =
                    besproken.stream().filter(b -> b.stap() == stap).toList();
            if (!metInhoud.contains(stap)) {
                open.add(OpenPunt.voorRegisseur(Fase.ONDERHANDELEN, Melding.van("stappen.werk.inhoud", label), pad)
                        .alsOpenbaar());
            } else {
                for (Gemeente g : s.gemeenten()) {
                    boolean huidig =
                            vanStap.stream().anyMatch(b -> b.gemeenteCode().equals(g.code()) && b.huidig());
                    if (!huidig) {
                        open.add(OpenPunt.voorGemeente(
                                        Fase.ONDERHANDELEN, Melding.van("stappen.werk.bespreken", label), g.code(), pad)
                                .alsOpenbaar());
                    }
                }
            }
            vanStap.stream()
                    .filter(b -> b.teBevestigen() && s.neemtDeel(b.gemeenteCode()))
                    .forEach(b -> open.add(OpenPunt.voorGemeente(
                                    Fase.ONDERHANDELEN,
                                    Melding.van("stappen.werk.bevestigen", label),
                                    b.gemeenteCode(),
                                    pad)
                            .alsOpenbaar()));
        }
        return open;
    }
}
