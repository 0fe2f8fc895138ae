package nl.samenspel.verkenning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * What the positions of a samenwerking still wait for: per party without a position, that party fills it in; per
 * position the regisseur recorded on a party's behalf, that party confirms (or changes) it. Only whether a
 * position exists and whether it is confirmed, never what it says. One query for any number of samenwerkingen.
 *
 * <p>Confidentiality: the positions page deliberately shows another party the same text for "no position" and
 * "not shared", so a punt about a party's position is not {@link OpenPunt#openbaar() public}: only the regisseur
 * and that party see it. Except confirming a shared position recorded on the party's behalf: every reader already
 * sees that position and that the regisseur recorded it.
 */
@Component
@Order(Werkvoorraden.POSITIES)
class VerkenningWerkvoorraad implements Werkvoorraad {

    private final VerkenningRepository repository;

    VerkenningWerkvoorraad(VerkenningRepository repository) {
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
        Map<Long, Map<String, VerkenningRepository.PositieStand>> standen = repository.positieStanden(lijst.stream()
                .filter(s -> !s.gemeenten().isEmpty())
                .map(Samenwerking::id)
                .toList());
        Map<Long, List<OpenPunt>> uit = new HashMap<>();
        for (Samenwerking s : lijst) {
            uit.put(s.id(), punten(s, standen.getOrDefault(s.id(), Map.of())));
        }
        return uit;
    }

    private static List<OpenPunt> punten(Samenwerking s, Map<String, VerkenningRepository.PositieStand> standen) {
        List<OpenPunt> punten = new ArrayList<>();
        for (Gemeente g : s.gemeenten()) {
            String pad = "/samenwerkingen/" + s.id() + "/posities/" + g.code();
            VerkenningRepository.PositieStand p = standen.get(g.code());
            if (p == null) {
                punten.add(OpenPunt.voorGemeente(
                        Fase.VERKENNEN, Melding.van("verkenning.werk.positie-invullen", g.naam()), g.code(), pad));
            } else if (p.namens()) {
                OpenPunt bevestigen = OpenPunt.voorGemeente(
                        Fase.VERKENNEN, Melding.van("verkenning.werk.positie-bevestigen", g.naam()), g.code(), pad);
                punten.add(p.gedeeld() ? bevestigen.alsOpenbaar() : bevestigen);
            }
        }
        return punten;
    }
}
