package nl.samenspel.toets;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.samenspel.platform.Tijdstip;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
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

    /**
     * The clock says when findings appear and resolve and which day the facts are judged on (the peildatum); the
     * system clock unless the context holds a {@link Clock} bean (a test that fixes the day).
     */
    @Autowired
    Toetser(ToetsLezer lezer, BevindingRepository bevindingen, List<Controle> controles, ObjectProvider<Clock> klok) {
        this(lezer, bevindingen, controles, klok.getIfAvailable(Clock::systemUTC));
    }

    Toetser(ToetsLezer lezer, BevindingRepository bevindingen, List<Controle> controles) {
        this(lezer, bevindingen, controles, Clock.systemUTC());
    }

    Toetser(ToetsLezer lezer, BevindingRepository bevindingen, List<Controle> controles, Clock klok) {
        this.lezer = lezer;
        this.bevindingen = bevindingen;
        this.controles = controles.stream()
                .sorted(Comparator.comparing(Controle::regel).thenComparing(c -> volgnummer(c.id())))
                .toList();
        this.klok = klok;
    }

    /** The stored findings of one view; {@link #evalueer} puts a map for every view before it reads them. */
    private static Map<String, Bevinding> alle(Map<Weergave, Map<String, Bevinding>> oud, Weergave w) {
        return Objects.requireNonNull(oud.get(w), "a map per view");
    }

    List<Controle> controles() {
        return controles;
    }

    @Nullable
    Controle controle(String id) {
        return controles.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * Runs in its own transaction: it is also called after the commit of the change that triggered it. Every
     * samenwerking is evaluated in both views (ADR 0010), each against its own stored findings, so a change that
     * only one view can see (an unshared draft) moves nothing in the other.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public EvaluatieUitkomst evalueer(Collection<Long> ids) {
        long start = System.nanoTime();
        Instant nu = klok.instant();
        // Two evaluations of the same samenwerking (two writes committed at once) take turns, as writers do
        // (ADR 0005); otherwise both insert the same new finding and the second one is lost to a unique key.
        lezer.vergrendel(ids);
        // Checks that depend on the date judge on today in Dutch time; they never ask a clock themselves.
        Map<Long, ToetsLezer.Beeld> beelden = lezer.lees(ids, LocalDate.ofInstant(nu, Tijdstip.NEDERLAND));
        Map<Long, List<Bevinding>> bestaand = bevindingen.vanSamenwerkingen(beelden.keySet());

        List<BevindingRepository.Nieuw> nieuw = new ArrayList<>();
        List<BevindingRepository.Terug> terug = new ArrayList<>();
        List<BevindingRepository.Bijgewerkt> bijgewerkt = new ArrayList<>();
        List<BevindingRepository.Opgelost> opgelost = new ArrayList<>();
        for (Map.Entry<Long, ToetsLezer.Beeld> beeld : beelden.entrySet()) {
            long id = beeld.getKey();
            Map<Weergave, Map<String, Bevinding>> oud = new EnumMap<>(Weergave.class);
            for (Weergave w : Weergave.values()) {
                oud.put(w, new HashMap<>());
            }
            bestaand.getOrDefault(id, List.of())
                    .forEach(b -> alle(oud, b.weergave()).put(b.sleutel(), b));
            // Per view, so not even a failing check lets one view depend on what only the other can see.
            Set<String> misluktVolledig = new HashSet<>();
            Map<String, Gevonden> volledig = signalen(beeld.getValue().volledig(), misluktVolledig);
            // Both views hold the same facts when every position is shared: the checks run once.
            Set<String> misluktGedeeld = beeld.getValue().gelijk() ? misluktVolledig : new HashSet<>();
            Map<String, Gevonden> gedeeld = beeld.getValue().gelijk()
                    ? volledig
                    : signalen(beeld.getValue().gedeeld(), misluktGedeeld);
            vergelijk(
                    id,
                    Weergave.VOLLEDIG,
                    beeld.getValue().volledig(),
                    volledig,
                    alle(oud, Weergave.VOLLEDIG),
                    misluktVolledig,
                    nieuw,
                    terug,
                    bijgewerkt,
                    opgelost,
                    nu);
            vergelijk(
                    id,
                    Weergave.GEDEELD,
                    beeld.getValue().gedeeld(),
                    gedeeld,
                    alle(oud, Weergave.GEDEELD),
                    misluktGedeeld,
                    nieuw,
                    terug,
                    bijgewerkt,
                    opgelost,
                    nu);
        }
        bevindingen.voegToe(nieuw, nu);
        bevindingen.heropen(terug, nu);
        bevindingen.werkBij(bijgewerkt);
        bevindingen.losOp(opgelost, nu);
        long millis = (System.nanoTime() - start) / 1_000_000;
        EvaluatieUitkomst u =
                new EvaluatieUitkomst(beelden.size(), nieuw.size(), opgelost.size(), terug.size(), millis);
        if (beelden.size() > 1 || !nieuw.isEmpty() || !opgelost.isEmpty() || !terug.isEmpty()) {
            LOG.info(
                    "event=toets-evaluatie samenwerkingen={} verschenen={} opgelost={} terug={} ms={}",
                    u.samenwerkingen(),
                    u.verschenen(),
                    u.opgelost(),
                    u.terug(),
                    u.millis());
        }
        return u;
    }

    /**
     * Brings the stored findings of one view in line with what the checks found in it ({@code feiten}: that view's
     * facts, from which a check says what repaired a finding that no longer holds).
     */
    private void vergelijk(
            long samenwerkingId,
            Weergave weergave,
            ToetsFeiten feiten,
            Map<String, Gevonden> gevonden,
            Map<String, Bevinding> oud,
            Set<String> mislukt,
            List<BevindingRepository.Nieuw> nieuw,
            List<BevindingRepository.Terug> terug,
            List<BevindingRepository.Bijgewerkt> bijgewerkt,
            List<BevindingRepository.Opgelost> opgelost,
            Instant nu) {
        // A check that failed says nothing: its earlier findings stay as they are.
        oud.values().removeIf(b -> mislukt.contains(b.controle()));
        for (Map.Entry<String, Gevonden> e : gevonden.entrySet()) {
            Gevonden g = e.getValue();
            Bevinding b = oud.remove(e.getKey());
            List<String> args = g.signaal().argumenten();
            if (b == null) {
                nieuw.add(new BevindingRepository.Nieuw(
                        samenwerkingId,
                        weergave,
                        g.controle().id(),
                        g.signaal().onderwerp(),
                        g.controle().regel(),
                        g.signaal().ernst(g.controle()),
                        args,
                        sinds(g.signaal(), nu)));
            } else if (b.status() == Status.OPGELOST) {
                terug.add(new BevindingRepository.Terug(
                        b.id(), g.controle().regel(), g.signaal().ernst(g.controle()), args));
            } else if (b.regel() != g.controle().regel()
                    || b.ernst() != g.signaal().ernst(g.controle())
                    || !BevindingRepository.tekst(b.argumenten()).equals(BevindingRepository.tekst(args))) {
                bijgewerkt.add(new BevindingRepository.Bijgewerkt(
                        b.id(), g.controle().regel(), g.signaal().ernst(g.controle()), args));
            }
        }
        // What is left no longer holds (or its check was removed): resolved, history kept.
        oud.values().stream()
                .filter(b -> b.status() != Status.OPGELOST)
                .forEach(b -> opgelost.add(new BevindingRepository.Opgelost(b.id(), hersteld(b, feiten))));
    }

    /** The message key of what repaired {@code b}, asked of its check; null when the check no longer exists. */
    private @Nullable String hersteld(Bevinding b, ToetsFeiten feiten) {
        Controle c = controle(b.controle());
        if (c == null) {
            return null;
        }
        try {
            return c.opgelost(b.onderwerp(), feiten);
        } catch (RuntimeException e) {
            // Resolving does not depend on the explanation; without one the event is simply not explained.
            LOG.warn("event=toets-opgelost-fout controle={} fout={}", c.id(), e.toString());
            return null;
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public EvaluatieUitkomst evalueerAlle() {
        return evalueer(lezer.alleIds());
    }

    /** The samenwerkingen that have no finding in the shared view (see V9 and ToetsLuisteraar). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public EvaluatieUitkomst evalueerZonderGedeeldeWeergave() {
        return evalueer(bevindingen.zonderGedeeldeWeergave(lezer.alleIds()));
    }

    /**
     * Since when a new finding is open: the start of the (Dutch) day of its dated cause, or {@code nu} when it has
     * none or that day is today (a finding never starts after it was found).
     */
    static @Nullable Instant sinds(Signaal s, Instant nu) {
        LocalDate dag = s.sinds();
        if (dag == null) {
            return null;
        }
        Instant begin = dag.atStartOfDay(Tijdstip.NEDERLAND).toInstant();
        return dag.equals(LocalDate.ofInstant(nu, Tijdstip.NEDERLAND)) || begin.isAfter(nu) ? null : begin;
    }

    private record Gevonden(Controle controle, Signaal signaal) {}

    /** Every signal of every check, keyed like the stored findings. A failing check never stops the others. */
    private Map<String, Gevonden> signalen(ToetsFeiten f, Set<String> mislukt) {
        Map<String, Gevonden> uit = new LinkedHashMap<>();
        for (Controle c : controles) {
            List<Signaal> signalen;
            try {
                signalen = c.evalueer(f);
            } catch (RuntimeException e) {
                LOG.warn(
                        "event=toets-controle-fout controle={} samenwerking={} fout={}",
                        c.id(),
                        f.samenwerkingId(),
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
