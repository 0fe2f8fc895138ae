package nl.samenspel.toets;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs every {@link Controle} over snapshots read in bulk and brings the stored findings in line: new ones appear,
 * vanished ones are resolved, returning ones open again. No user checks here: callers decide who may trigger it.
 */
@Service
class Toetser {

    private static final Logger LOG = LoggerFactory.getLogger(Toetser.class);

    private final ToetsLezer lezer;
    private final BevindingRepository bevindingen;
    private final List<Controle> controles;
    private final Clock klok;

    Toetser(ToetsLezer lezer, BevindingRepository bevindingen, List<Controle> controles) {
        this.lezer = lezer;
        this.bevindingen = bevindingen;
        this.controles = controles.stream().sorted(Comparator.comparing(Controle::regel)
                .thenComparing(c -> volgnummer(c.id()))).toList();
        this.klok = Clock.systemUTC();
    }

    List<Controle> controles() {
        return controles;
    }

    Controle controle(String id) {
        return controles.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    record Uitkomst(int samenwerkingen, int verschenen, int opgelost, int terug, long millis) {}

    /** Runs in its own transaction: it is also called after the commit of the change that triggered it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Uitkomst evalueer(Collection<Long> ids) {
        long start = System.nanoTime();
        Instant nu = klok.instant();
        Map<Long, ToetsFeiten> feiten = lezer.lees(ids);
        Map<Long, List<Bevinding>> bestaand = bevindingen.vanSamenwerkingen(feiten.keySet());

        List<BevindingRepository.Nieuw> nieuw = new ArrayList<>();
        List<BevindingRepository.Terug> terug = new ArrayList<>();
        List<BevindingRepository.Bijgewerkt> bijgewerkt = new ArrayList<>();
        List<Long> opgelost = new ArrayList<>();
        for (ToetsFeiten f : feiten.values()) {
            Map<String, Bevinding> oud = new HashMap<>();
            bestaand.getOrDefault(f.samenwerkingId(), List.of()).forEach(b -> oud.put(b.sleutel(), b));
            java.util.Set<String> mislukt = new java.util.HashSet<>();
            Map<String, Gevonden> gevonden = signalen(f, mislukt);
            // A check that failed says nothing: its earlier findings stay as they are.
            oud.values().removeIf(b -> mislukt.contains(b.controle()));
            for (Map.Entry<String, Gevonden> e : gevonden.entrySet()) {
                Gevonden g = e.getValue();
                Bevinding b = oud.remove(e.getKey());
                List<String> args = g.signaal().argumenten();
                if (b == null) {
                    nieuw.add(new BevindingRepository.Nieuw(f.samenwerkingId(), g.controle().id(),
                            g.signaal().onderwerp(), g.controle().regel(), g.controle().ernst(), args));
                } else if (b.status() == Status.OPGELOST) {
                    terug.add(new BevindingRepository.Terug(b.id(), g.controle().regel(), g.controle().ernst(), args));
                } else if (b.regel() != g.controle().regel() || b.ernst() != g.controle().ernst()
                        || !BevindingRepository.tekst(b.argumenten()).equals(BevindingRepository.tekst(args))) {
                    bijgewerkt.add(new BevindingRepository.Bijgewerkt(b.id(), g.controle().regel(), g.controle().ernst(), args));
                }
            }
            // What is left no longer holds (or its check was removed): resolved, history kept.
            oud.values().stream().filter(b -> b.status() != Status.OPGELOST).forEach(b -> opgelost.add(b.id()));
        }
        bevindingen.voegToe(nieuw, nu);
        bevindingen.heropen(terug, nu);
        bevindingen.werkBij(bijgewerkt);
        bevindingen.losOp(opgelost, nu);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Uitkomst u = new Uitkomst(feiten.size(), nieuw.size(), opgelost.size(), terug.size(), millis);
        if (feiten.size() > 1 || !nieuw.isEmpty() || !opgelost.isEmpty() || !terug.isEmpty()) {
            LOG.info("event=toets-evaluatie samenwerkingen={} verschenen={} opgelost={} terug={} ms={}",
                    u.samenwerkingen(), u.verschenen(), u.opgelost(), u.terug(), u.millis());
        }
        return u;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Uitkomst evalueerAlle() {
        return evalueer(lezer.alleIds());
    }

    private record Gevonden(Controle controle, Signaal signaal) {}

    /** Every signal of every check, keyed like the stored findings. A failing check never stops the others. */
    private Map<String, Gevonden> signalen(ToetsFeiten f, java.util.Set<String> mislukt) {
        Map<String, Gevonden> uit = new LinkedHashMap<>();
        for (Controle c : controles) {
            List<Signaal> signalen;
            try {
                signalen = c.evalueer(f);
            } catch (RuntimeException e) {
                LOG.warn("event=toets-controle-fout controle={} samenwerking={} fout={}", c.id(), f.samenwerkingId(),
                        e.toString());
                mislukt.add(c.id());
                continue;
            }
            for (Signaal s : signalen) {
                uit.putIfAbsent(c.id() + "|" + s.onderwerp(), new Gevonden(c, s));
            }
        }
        return uit;
    }

    private static int volgnummer(String id) {
        return Integer.parseInt(id.substring(id.indexOf('.') + 1));
    }
}
