package nl.samenspel.regeling;

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
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Vormen;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the regeling still waits for, in phases VORMGEVEN and AFSPREKEN, once a Wgr form is chosen: first the
 * regisseur, while required items of the checklist are not marked (one punt with the number); then, in AFSPREKEN or
 * once the draft went to the raden, every participating municipality whose raad's toestemming is not recorded.
 * A contract or private-law body waits for nothing here. Every punt is public: the regeling page shows every
 * reader the same. The form is read per samenwerking in these two phases only; marks and decisions in bulk.
 */
@Component
@Order(RegelingWerkvoorraad.VOLGORDE)
class RegelingWerkvoorraad implements Werkvoorraad {

    /** After the steps (200) and accounts (300): the regeling comes after the form is chosen. */
    static final int VOLGORDE = 450;

    private final RegelingRepository repository;
    private final Vormen vormen;

    RegelingWerkvoorraad(RegelingRepository repository, Vormen vormen) {
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
        List<Long> kandidaten = lijst.stream()
                .filter(s -> !s.gearchiveerd() && (s.fase() == Fase.VORMGEVEN || s.fase() == Fase.AFSPREKEN))
                .map(Samenwerking::id)
                .toList();
        Map<Long, Vorm> gekozen = new HashMap<>();
        if (!kandidaten.isEmpty()) {
            vormen.gekozen(kandidaten).forEach((id, vorm) -> {
                if (vorm.wgr()) {
                    gekozen.put(id, vorm);
                }
            });
        }
        Map<Long, List<OpenPunt>> uit = new HashMap<>();
        if (gekozen.isEmpty()) {
            return uit;
        }
        List<Long> ids = List.copyOf(gekozen.keySet());
        Map<Long, RegelingFeiten.Stand> standen = new HashMap<>();
        new JdbcRegelingFeiten(repository).lees(ids).forEach(st -> standen.put(st.samenwerkingId(), st));
        Map<Long, Boolean> verzonden = new HashMap<>();
        repository.koppen(ids).forEach(k -> verzonden.put(k.samenwerkingId(), k.ontwerpVerzonden() != null));
        for (Samenwerking s : lijst) {
            Vorm vorm = gekozen.get(s.id());
            if (vorm == null) {
                continue;
            }
            RegelingFeiten.Stand stand = standen.getOrDefault(s.id(), RegelingFeiten.Stand.leeg(s.id()));
            String pad = "/samenwerkingen/" + s.id() + "/regeling";
            List<OpenPunt> punten = new ArrayList<>();
            long open = RegelingOnderdeel.vereistVoor(vorm).stream()
                    .filter(o ->
                            !stand.geregeld().contains(o) && !stand.afgewogen().contains(o))
                    .count();
            if (open > 0) {
                punten.add(OpenPunt.voorRegisseur(Fase.VORMGEVEN, Melding.van("regeling.werk.onderdelen", open), pad)
                        .alsOpenbaar());
            }
            if (s.fase() == Fase.AFSPREKEN || verzonden.getOrDefault(s.id(), false)) {
                for (Gemeente g : s.gemeenten()) {
                    if (!stand.toestemming().containsKey(g.code())) {
                        punten.add(OpenPunt.voorGemeente(
                                        Fase.AFSPREKEN, Melding.van("regeling.werk.toestemming"), g.code(), pad)
                                .alsOpenbaar());
                    }
                }
            }
            uit.put(s.id(), punten);
        }
        return uit;
    }
}
