package nl.samenspel.stappen;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.OpenPunt;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Werkvoorraad;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps before the form (wat, hoe, spanningen, vanzelfdynamiek) still wait for, in phase ONDERHANDELEN:
 * a step without content waits for the regisseur; a step with content waits for every party without a current
 * discussed-mark (a party cannot discuss an empty step); a mark the regisseur recorded on a party's behalf waits
 * for that party to confirm it. Past ONDERHANDELEN the steps wait for nobody: the gate was met (or overridden),
 * and an unconfirmed mark counts, so it must not hold up "what is next" of a later phase; the party still sees it
 * on the step page. An archived samenwerking waits for nothing.
 */
@Component
class StappenWerkvoorraad implements Werkvoorraad {

    private final StappenRepository repository;
    private final StappenStand stand;

    StappenWerkvoorraad(StappenRepository repository, StappenStand stand) {
        this.repository = repository;
        this.stand = stand;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenPunt> open(Samenwerking s) {
        if (s.gearchiveerd() || Fase.ONDERHANDELEN.voor(s.fase())) {
            return List.of();
        }
        long id = s.id();
        List<Besproken> besproken = repository.besproken(id);
        StappenRepository.Inhoud inhoud = repository.inhoud(id);
        List<OpenPunt> open = new ArrayList<>();
        for (Stap stap : Stap.VOOR_VORM) {
            String pad = "/samenwerkingen/" + id + "/stappen/" + stap.pad();
            Melding label = Melding.van(stap.labelSleutel());
            List<Besproken> vanStap =
                    besproken.stream().filter(b -> b.stap() == stap).toList();
            if (!stand.heeftInhoud(id, inhoud, stap)) {
                open.add(OpenPunt.voorRegisseur(Fase.ONDERHANDELEN, Melding.van("stappen.werk.inhoud", label), pad));
            } else {
                for (Gemeente g : s.gemeenten()) {
                    boolean huidig =
                            vanStap.stream().anyMatch(b -> b.gemeenteCode().equals(g.code()) && b.huidig());
                    if (!huidig) {
                        open.add(OpenPunt.voorGemeente(
                                Fase.ONDERHANDELEN, Melding.van("stappen.werk.bespreken", label), g.code(), pad));
                    }
                }
            }
            vanStap.stream()
                    .filter(b -> b.teBevestigen() && s.neemtDeel(b.gemeenteCode()))
                    .forEach(b -> open.add(OpenPunt.voorGemeente(
                            Fase.ONDERHANDELEN, Melding.van("stappen.werk.bevestigen", label), b.gemeenteCode(), pad)));
        }
        return open;
    }
}
