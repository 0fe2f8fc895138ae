package nl.samenspel.toets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.samenspel.account.AccountFeiten;
import nl.samenspel.afspraken.AfsprakenFeiten;
import nl.samenspel.bestuur.BestuurFeiten;
import nl.samenspel.evaluatie.EvaluatieFeiten;
import nl.samenspel.financien.FinancienFeiten;
import nl.samenspel.gedoe.GedoeFeiten;
import nl.samenspel.gesprek.GesprekFeiten;
import nl.samenspel.kalender.KalenderFeiten;
import nl.samenspel.overgang.OvergangFeiten;
import nl.samenspel.rapportage.RapportageFeiten;
import nl.samenspel.regeling.RegelingFeiten;
import nl.samenspel.samenwerking.SamenwerkingFeiten;
import nl.samenspel.scan.ScanFeiten;
import nl.samenspel.stappen.StappenFeiten;
import nl.samenspel.verkenning.Behoefte;
import nl.samenspel.verkenning.Partij;
import nl.samenspel.verkenning.VerkenningFeiten;
import nl.samenspel.vorm.VormFeiten;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The read model of the check (ADR 0008): reads what the samenwerking, account, verkenning, stappen, vorm, regeling,
 * bestuur, afspraken, overgang, gedoe and evaluatie modules publish for it ({@link SamenwerkingFeiten},
 * {@link AccountFeiten}, {@link VerkenningFeiten}, {@link StappenFeiten}, {@link VormFeiten}, {@link RegelingFeiten},
 * {@link BestuurFeiten}, {@link AfsprakenFeiten}, {@link OvergangFeiten}, {@link GedoeFeiten},
 * {@link EvaluatieFeiten}), in bulk: each reads a whole batch of samenwerkingen in a fixed number of queries, so evaluating N samenwerkingen
 * costs a fixed number of queries. Read-only; every write goes through the owning module. Position texts are never
 * read, only whether they are filled in.
 *
 * <p>Every samenwerking is read once and given in two views (ADR 0010): {@link Weergave#VOLLEDIG} with every position
 * and answer, and {@link Weergave#GEDEELD} with only the shared positions and the answers in them, as if the
 * unshared ones did not exist (exactly what a reader who may not read them can know).
 */
@Component
class ToetsLezer {

    /** Keeps IN lists well below every database's parameter limit (the owning modules batch the same way). */
    static final int BATCH = 1000;

    private final SamenwerkingFeiten samenwerkingen;
    private final AccountFeiten accounts;
    private final VerkenningFeiten verkenning;
    private final StappenFeiten stappen;
    private final VormFeiten vorm;
    private final RegelingFeiten regeling;
    private final BestuurFeiten bestuur;
    private final AfsprakenFeiten afspraken;
    private final OvergangFeiten overgang;
    private final GedoeFeiten gedoe;
    private final EvaluatieFeiten evaluatie;
    private final KalenderFeiten kalender;
    private final FinancienFeiten financien;
    private final RapportageFeiten rapportage;
    private final GesprekFeiten gesprek;
    private final ScanFeiten scan;

    ToetsLezer(
            SamenwerkingFeiten samenwerkingen,
            AccountFeiten accounts,
            VerkenningFeiten verkenning,
            StappenFeiten stappen,
            VormFeiten vorm,
            RegelingFeiten regeling,
            BestuurFeiten bestuur,
            AfsprakenFeiten afspraken,
            OvergangFeiten overgang,
            GedoeFeiten gedoe,
            EvaluatieFeiten evaluatie,
            KalenderFeiten kalender,
            FinancienFeiten financien,
            RapportageFeiten rapportage,
            GesprekFeiten gesprek,
            ScanFeiten scan) {
        this.kalender = kalender;
        this.financien = financien;
        this.rapportage = rapportage;
        this.gesprek = gesprek;
        this.scan = scan;
        this.afspraken = afspraken;
        this.overgang = overgang;
        this.gedoe = gedoe;
        this.evaluatie = evaluatie;
        this.samenwerkingen = samenwerkingen;
        this.accounts = accounts;
        this.verkenning = verkenning;
        this.stappen = stappen;
        this.vorm = vorm;
        this.regeling = regeling;
        this.bestuur = bestuur;
    }

    /**
     * Locks the samenwerking rows until the transaction ends (the samenwerking module's own lock, in id order): the
     * same row lock every writer takes, so evaluations of one samenwerking take turns.
     */
    void vergrendel(Collection<Long> alle) {
        samenwerkingen.vergrendel(alle);
    }

    List<Long> alleIds() {
        return samenwerkingen.alleIds();
    }

    /**
     * Both views of one samenwerking.
     *
     * @param gelijk true when every position is shared, so both views hold the same facts
     */
    record Beeld(ToetsFeiten volledig, ToetsFeiten gedeeld, boolean gelijk) {
        ToetsFeiten van(Weergave w) {
            return w == Weergave.VOLLEDIG ? volledig : gedeeld;
        }
    }

    /**
     * The snapshots of these samenwerkingen in both views (ids that do not exist are left out), to be judged on
     * {@code peildatum} (the evaluator's today).
     */
    Map<Long, Beeld> lees(Collection<Long> alle, LocalDate peildatum) {
        Map<Long, Beeld> uit = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(alle));
        for (int i = 0; i < ids.size(); i += BATCH) {
            uit.putAll(leesBatch(ids.subList(i, Math.min(ids.size(), i + BATCH)), peildatum));
        }
        return uit;
    }

    private Map<Long, Beeld> leesBatch(List<Long> gevraagd, LocalDate peildatum) {
        List<SamenwerkingFeiten.Stand> kern = samenwerkingen.lees(gevraagd);
        if (kern.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = kern.stream().map(SamenwerkingFeiten.Stand::id).toList();
        Map<String, AccountFeiten.Stand> regisseurs = new HashMap<>();
        accounts.lees(kern.stream()
                        .map(SamenwerkingFeiten.Stand::regisseur)
                        .collect(java.util.stream.Collectors.toSet()))
                .forEach(a -> regisseurs.put(a.gebruikersnaam(), a));
        Map<Long, VerkenningFeiten.Stand> verkenningen = new HashMap<>();
        verkenning.lees(ids).forEach(v -> verkenningen.put(v.samenwerkingId(), v));
        Map<Long, StappenFeiten.Stand> standen = new HashMap<>();
        stappen.lees(ids).forEach(s -> standen.put(s.samenwerkingId(), s));
        // Issue 12: one bulk read per module, like the others; the form module gets the parties and the verkenning
        // read above, so it does not read them a second time.
        Map<Long, Integer> partijen = new HashMap<>();
        kern.forEach(s -> partijen.put(s.id(), s.deelnemers().size()));
        Map<Long, VormFeiten.Stand> vormen = new HashMap<>();
        vorm.lees(ids, partijen, verkenningen).forEach(v -> vormen.put(v.samenwerkingId(), v));
        Map<Long, RegelingFeiten.Stand> regelingen = new HashMap<>();
        regeling.lees(ids).forEach(r -> regelingen.put(r.samenwerkingId(), r));
        Map<Long, BestuurFeiten.Stand> besturen = new HashMap<>();
        bestuur.lees(ids).forEach(b -> besturen.put(b.samenwerkingId(), b));
        // Issue 13: the agreements, the transition, the gedoe and the evaluations, again one bulk read per module.
        Map<Long, AfsprakenFeiten.Stand> afsprakenPer = new HashMap<>();
        afspraken.lees(ids).forEach(a -> afsprakenPer.put(a.samenwerkingId(), a));
        Map<Long, OvergangFeiten.Stand> overgangPer = new HashMap<>();
        overgang.lees(ids).forEach(o -> overgangPer.put(o.samenwerkingId(), o));
        Map<Long, GedoeFeiten.Stand> gedoePer = new HashMap<>();
        gedoe.lees(ids).forEach(g -> gedoePer.put(g.samenwerkingId(), g));
        Map<Long, EvaluatieFeiten.Stand> evaluatiePer = new HashMap<>();
        evaluatie.lees(ids).forEach(e -> evaluatiePer.put(e.samenwerkingId(), e));
        // Issue 14: planning and control, one bulk read per module.
        Map<Long, KalenderFeiten.Stand> kalenderPer = new HashMap<>();
        kalender.lees(ids).forEach(k -> kalenderPer.put(k.samenwerkingId(), k));
        Map<Long, FinancienFeiten.Stand> financienPer = new HashMap<>();
        financien.lees(ids).forEach(f -> financienPer.put(f.samenwerkingId(), f));
        Map<Long, RapportageFeiten.Stand> rapportagePer = new HashMap<>();
        rapportage.lees(ids).forEach(r -> rapportagePer.put(r.samenwerkingId(), r));
        Map<Long, GesprekFeiten.Stand> gesprekPer = new HashMap<>();
        gesprek.lees(ids).forEach(g -> gesprekPer.put(g.samenwerkingId(), g));
        Map<Long, ScanFeiten.Stand> scanPer = new HashMap<>();
        scan.lees(ids).forEach(c -> scanPer.put(c.samenwerkingId(), c));

        Map<Long, Beeld> uit = new LinkedHashMap<>();
        for (SamenwerkingFeiten.Stand s : kern) {
            // Each module reports every samenwerking asked for, also one without data of its own.
            uit.put(
                    s.id(),
                    beeld(
                            s,
                            regisseurs.get(s.regisseur()),
                            Objects.requireNonNull(verkenningen.get(s.id()), "verkenning stand"),
                            Objects.requireNonNull(standen.get(s.id()), "stappen stand"),
                            new Ontwerp(
                                    vormen.getOrDefault(s.id(), VormFeiten.Stand.geen(s.id())),
                                    regelingen.getOrDefault(s.id(), RegelingFeiten.Stand.leeg(s.id())),
                                    besturen.getOrDefault(s.id(), new BestuurFeiten.Stand(s.id(), List.of())),
                                    afsprakenPer.getOrDefault(s.id(), AfsprakenFeiten.Stand.leeg(s.id())),
                                    overgangPer.getOrDefault(s.id(), OvergangFeiten.Stand.leeg(s.id())),
                                    gedoePer.getOrDefault(s.id(), GedoeFeiten.Stand.leeg(s.id())),
                                    evaluatiePer.getOrDefault(s.id(), EvaluatieFeiten.Stand.leeg(s.id())),
                                    peildatum,
                                    new ToetsFeiten.PlanningEnControl(
                                            kalenderPer.getOrDefault(s.id(), KalenderFeiten.Stand.leeg(s.id())),
                                            financienPer.getOrDefault(s.id(), FinancienFeiten.Stand.leeg(s.id())),
                                            rapportagePer.getOrDefault(s.id(), RapportageFeiten.Stand.leeg(s.id())),
                                            gesprekPer.getOrDefault(s.id(), GesprekFeiten.Stand.leeg(s.id())),
                                            scanPer.getOrDefault(s.id(), ScanFeiten.Stand.leeg(s.id()))))));
        }
        return uit;
    }

    /**
     * The form, the regeling and the governance of one samenwerking (issue 12), its agreements, transition, gedoe
     * and evaluations (issue 13) and the day they are judged on: the same in both views.
     */
    private record Ontwerp(
            VormFeiten.Stand vorm,
            RegelingFeiten.Stand regeling,
            BestuurFeiten.Stand bestuur,
            AfsprakenFeiten.Stand afspraken,
            OvergangFeiten.Stand overgang,
            GedoeFeiten.Stand gedoe,
            EvaluatieFeiten.Stand evaluatie,
            LocalDate peildatum,
            ToetsFeiten.PlanningEnControl pc) {}

    /** The facts of one samenwerking that do not depend on the view. */
    private record Gemeenschappelijk(
            SamenwerkingFeiten.Stand samenwerking,
            List<Partij> partijen,
            ToetsFeiten.Regisseur regisseur,
            VerkenningFeiten.Stand verkenning,
            List<ToetsFeiten.Spanning> spanningen,
            List<ToetsFeiten.FaseOvergang> overgangen,
            boolean vormOntgrendeld,
            List<ToetsFeiten.Uitstel> uitstel,
            Map<String, Set<String>> besproken,
            java.time.@Nullable LocalDate vormOntgrendeldOp,
            Map<String, Set<String>> verouderd,
            Ontwerp ontwerp) {}

    private static Beeld beeld(
            SamenwerkingFeiten.Stand s,
            AccountFeiten.@Nullable Stand account,
            VerkenningFeiten.Stand v,
            StappenFeiten.Stand st,
            Ontwerp ontwerp) {
        List<Partij> partijen = s.deelnemers().stream()
                .map(d -> new Partij(d.gemeenteCode(), d.gemeenteNaam()))
                .toList();
        ToetsFeiten.Regisseur regisseur = new ToetsFeiten.Regisseur(
                s.regisseur(),
                account != null,
                account != null && account.actief(),
                account == null
                        ? Set.of()
                        : account.rollen().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                account == null ? null : account.gemeenteCode());
        Map<String, Set<String>> besproken = new HashMap<>();
        st.besproken().forEach((stap, codes) -> besproken.put(stap.name(), codes));
        Map<String, Set<String>> verouderd = new HashMap<>();
        st.verouderd().forEach((stap, codes) -> verouderd.put(stap.name(), codes));
        Gemeenschappelijk g = new Gemeenschappelijk(
                s,
                partijen,
                regisseur,
                v,
                st.spanningen().stream()
                        .map(x -> new ToetsFeiten.Spanning(
                                x.id(),
                                x.soort().name(),
                                x.status().name(),
                                x.backofficeFrontofficeIngevuld(),
                                x.partijen(),
                                x.hanteringIngevuld()))
                        .toList(),
                s.overgangen().stream()
                        .map(o -> new ToetsFeiten.FaseOvergang(
                                o.id(), o.van(), o.naar(), o.override(), o.deelsBesproken(), o.op(), o.datum()))
                        .toList(),
                st.vormOntgrendeld(),
                st.uitstel().stream()
                        .map(u -> new ToetsFeiten.Uitstel(u.onderwerp(), u.soort(), u.datum()))
                        .toList(),
                besproken,
                st.vormOntgrendeldOp(),
                verouderd,
                ontwerp);

        // The analysis rejects answers about parties or tasks it does not know (a party that left, say).
        Set<String> codes = new HashSet<>();
        partijen.forEach(p -> codes.add(p.code()));
        Set<Long> taken = new HashSet<>();
        v.taken().forEach(t -> taken.add(t.id()));
        List<Behoefte> behoeften = v.behoeften().stream()
                .filter(x -> codes.contains(x.van()) && codes.contains(x.naar()) && taken.contains(x.taakId()))
                .toList();
        Map<String, ToetsFeiten.Positie> posities = new HashMap<>();
        Set<String> gedeeld = new HashSet<>();
        for (VerkenningFeiten.PositieStand p : v.posities()) {
            if (codes.contains(p.gemeenteCode())) {
                posities.put(
                        p.gemeenteCode(),
                        new ToetsFeiten.Positie(
                                p.gemeenteCode(),
                                p.watWillenWijNietIngevuld(),
                                p.maximumPerJaarIngevuld(),
                                p.eigenRuimteIngevuld(),
                                p.einddoel(),
                                p.uitgeslotenEinddoelen(),
                                p.namens()));
            }
            if (p.gedeeld()) {
                gedeeld.add(p.gemeenteCode());
            }
        }
        // Routes of tasks that still exist; a buyer or supplier that has left is kept as recorded (the check decides).
        Map<Long, VerkenningFeiten.RouteStand> routes = new HashMap<>();
        v.routes().stream().filter(r -> taken.contains(r.taakId())).forEach(r -> routes.put(r.taakId(), r));
        ToetsFeiten volledig = feiten(g, posities, behoeften, routes);
        if (gedeeld.containsAll(posities.keySet())) {
            return new Beeld(volledig, volledig, true);
        }
        // An unshared position and the answers in it do not exist for this view: a missing answer, never NIET.
        Map<String, ToetsFeiten.Positie> gedeeldePosities = new HashMap<>(posities);
        gedeeldePosities.keySet().retainAll(gedeeld);
        List<Behoefte> gedeeldeBehoeften =
                behoeften.stream().filter(x -> gedeeld.contains(x.van())).toList();
        return new Beeld(volledig, feiten(g, gedeeldePosities, gedeeldeBehoeften, routes), false);
    }

    private static ToetsFeiten feiten(
            Gemeenschappelijk g,
            Map<String, ToetsFeiten.Positie> posities,
            List<Behoefte> behoeften,
            Map<Long, VerkenningFeiten.RouteStand> routes) {
        return new ToetsFeiten(
                g.samenwerking().id(),
                g.samenwerking().fase(),
                g.partijen(),
                g.regisseur(),
                g.verkenning().taken(),
                posities,
                behoeften,
                g.spanningen(),
                g.overgangen(),
                g.vormOntgrendeld(),
                g.uitstel(),
                g.besproken(),
                g.vormOntgrendeldOp(),
                g.verouderd(),
                routes,
                g.ontwerp().vorm(),
                g.ontwerp().regeling(),
                g.ontwerp().bestuur(),
                g.ontwerp().afspraken(),
                g.ontwerp().overgang(),
                g.ontwerp().gedoe(),
                g.ontwerp().evaluatie(),
                g.ontwerp().peildatum(),
                g.samenwerking().vertrokken().stream()
                        .map(d -> new Partij(d.gemeenteCode(), d.gemeenteNaam()))
                        .toList(),
                g.ontwerp().pc());
    }
}
