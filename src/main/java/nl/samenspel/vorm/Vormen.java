package nl.samenspel.vorm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditEvent;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.audit.Wijziging;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.BesluitOrgaan;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.stappen.Stappen;
import nl.samenspel.verkenning.Route;
import nl.samenspel.verkenning.Taak;
import nl.samenspel.verkenning.VerkenningFeiten;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The form decision of a samenwerking (rule 1, step 5): read it, record it, change it. Page and API both come here;
 * the rights are {@link VormRechten}'s.
 */
@Service
public class Vormen {

    /** The longest reason a decision may carry. */
    public static final int MAX_MOTIVERING = 4000;

    private final VormRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final Stappen stappen;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final VerkenningFeiten verkenning;

    Vormen(
            VormRepository repository,
            Samenwerkingen samenwerkingen,
            Stappen stappen,
            AuditTrail audit,
            ApplicationEventPublisher events,
            VerkenningFeiten verkenning) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.stappen = stappen;
        this.audit = audit;
        this.events = events;
        this.verkenning = verkenning;
    }

    /** Whether the form step is open (the gate of the stappen module), for a user who may see the samenwerking. */
    @Transactional(readOnly = true)
    public boolean open(long samenwerkingId) {
        return stappen.vormOpen(samenwerkingId);
    }

    /** What keeps the form step locked (empty when it is open). */
    @Transactional(readOnly = true)
    public List<nl.samenspel.platform.Melding> ontbreekt(long samenwerkingId) {
        return stappen.ontbreektVoorVorm(samenwerkingId);
    }

    /** The answers to the advice's questions (version 0 while none were given), for a user who may see it. */
    @Transactional(readOnly = true)
    public VormAntwoorden antwoorden(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.antwoorden(samenwerkingId).orElse(VormAntwoorden.geen(samenwerkingId));
    }

    /**
     * The current advice: from the parties, the recorded routes and the answers. Computed also while the gate is
     * closed (the page and the API show it only once it is open).
     */
    @Transactional(readOnly = true)
    public Vormadvies advies(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        VerkenningFeiten.Stand stand = verkenning.lees(List.of(samenwerkingId)).get(0);
        Antwoorden a = repository
                .antwoorden(samenwerkingId)
                .map(VormAntwoorden::antwoorden)
                .orElse(Antwoorden.GEEN);
        return Vormadvies.bereken(invoer(s.gemeenten().size(), stand, a));
    }

    /** The advice's input from the verkenning facts: routes of tasks that still exist, and how many have none. */
    static Vormadvies.Invoer invoer(int partijen, VerkenningFeiten.Stand stand, Antwoorden a) {
        Set<Long> taken = stand.taken().stream().map(Taak::id).collect(Collectors.toSet());
        List<Route> routes = new ArrayList<>();
        Set<Long> metRoute = new java.util.HashSet<>();
        for (VerkenningFeiten.RouteStand r : stand.routes()) {
            if (taken.contains(r.taakId()) && metRoute.add(r.taakId())) {
                routes.add(r.route());
            }
        }
        return new Vormadvies.Invoer(partijen, routes, taken.size() - metRoute.size(), a);
    }

    /**
     * Records the answers to the advice's questions. Like the decision: only the regisseur (403), only while the
     * form step is open (409), with the version the user saw (412; 0 when none were given yet); audited.
     */
    @Transactional
    public VormAntwoorden beantwoord(long samenwerkingId, Antwoorden antwoorden, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        VormRechten.besluiten(HuidigeGebruiker.get(), s)
                .eis(s, "vormadvies-antwoorden (samenwerking " + samenwerkingId + ")");
        if (!stappen.vormOpen(samenwerkingId)) {
            throw new ConflictException("vorm.fout.poort-dicht", stappen.ontbreektVoorVorm(samenwerkingId));
        }
        Optional<VormAntwoorden> voor = repository.antwoorden(samenwerkingId);
        long huidig = voor.map(VormAntwoorden::versie).orElse(0L);
        if (huidig != versie) {
            throw new VersieConflictException();
        }
        repository.bewaar(
                samenwerkingId, antwoorden, HuidigeGebruiker.get().gebruikersnaam(), Instant.now(), huidig + 1);
        VormAntwoorden na = repository.antwoorden(samenwerkingId).orElseThrow();
        audit.legVast(
                voor.isPresent() ? Actie.GEWIJZIGD : Actie.AANGEMAAKT,
                "vorm_antwoorden",
                samenwerkingId,
                samenwerkingId,
                voor.map(v -> velden(v.antwoorden())).orElse(Map.of()),
                velden(na.antwoorden()));
        events.publishEvent(new VormGewijzigd(samenwerkingId));
        return na;
    }

    /**
     * One change of the decided form: from (null for the first decision) to, by whom, when.
     *
     * @param van the form before, null for the first decision
     */
    public record Wisseling(@Nullable Vorm van, @Nullable Vorm naar, String door, Instant op) {}

    /** Every change of the decided form, newest first, from the audit trail. */
    @Transactional(readOnly = true)
    public List<Wisseling> historie(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        List<Wisseling> uit = new ArrayList<>();
        for (AuditEvent e : audit.voorEntiteit("vorm_besluit", samenwerkingId)) {
            for (Wijziging w : e.wijzigingen()) {
                if (w.veld().equals("vorm")) {
                    uit.add(new Wisseling(vorm(w.voor()), vorm(w.na()), e.gebruiker(), e.tijdstip()));
                }
            }
        }
        return uit;
    }

    private static @Nullable Vorm vorm(@Nullable String naam) {
        if (naam == null) {
            return null;
        }
        try {
            return Vorm.valueOf(naam);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, @Nullable Object> velden(Antwoorden a) {
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("personeel", a.personeel());
        velden.put("vermogen", a.vermogen());
        velden.put("heffingen", a.heffingen());
        velden.put("alleenBedrijfsvoering", a.alleenBedrijfsvoering());
        velden.put("maatwerk", a.maatwerk());
        velden.put("risico", a.risico() == null ? null : a.risico().name());
        return velden;
    }

    /** The current decision, for a user who may see the samenwerking (404 otherwise). */
    @Transactional(readOnly = true)
    public Optional<Vormbesluit> besluit(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.besluit(samenwerkingId);
    }

    /**
     * The chosen form, for other modules that have checked access already (regeling, bestuur, raad): no access
     * check here.
     */
    @Transactional(readOnly = true)
    public Optional<Vorm> gekozen(long samenwerkingId) {
        return repository.besluit(samenwerkingId).map(Vormbesluit::vorm);
    }

    /**
     * The chosen forms of many samenwerkingen in one query (absent where none is chosen), for other modules' bulk
     * reads such as a start page's next steps: no access check here.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Vorm> gekozen(java.util.Collection<Long> samenwerkingIds) {
        java.util.Map<Long, Vorm> uit = new java.util.HashMap<>();
        repository.besluiten(samenwerkingIds).forEach(b -> uit.put(b.samenwerkingId(), b.vorm()));
        return uit;
    }

    /**
     * Records (or changes) the decision. {@code versie} is the version the user saw: 0 when there was none yet.
     * Refused while the form step is locked (409, with what is missing), for anyone but the regisseur (403), with a
     * stale version (412), or with bad input (400, nothing stored). {@code datum} null: today.
     */
    @Transactional
    public Vormbesluit besluit(
            long samenwerkingId,
            @Nullable Vorm vorm,
            @Nullable String motivering,
            @Nullable LocalDate datum,
            @Nullable BesluitOrgaan besluitOrgaan,
            long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        VormRechten.besluiten(HuidigeGebruiker.get(), s).eis(s, "vormbesluit (samenwerking " + samenwerkingId + ")");
        Fouten fouten = new Fouten();
        if (vorm == null) {
            fouten.voeg("vorm", "vorm.fout.vorm-verplicht");
        }
        fouten.optioneleTekst("motivering", motivering, MAX_MOTIVERING);
        LocalDate dag = Gebeurdatum.controleer(fouten, "datum", datum);
        fouten.gooiAlsNietLeeg();
        if (!stappen.vormOpen(samenwerkingId)) {
            throw new ConflictException("vorm.fout.poort-dicht", stappen.ontbreektVoorVorm(samenwerkingId));
        }
        Optional<Vormbesluit> voor = repository.besluit(samenwerkingId);
        long huidig = voor.map(Vormbesluit::versie).orElse(0L);
        if (huidig != versie) {
            throw new VersieConflictException();
        }
        String tekst = motivering == null || motivering.isBlank() ? null : motivering;
        repository.bewaar(
                samenwerkingId,
                java.util.Objects.requireNonNull(vorm),
                tekst,
                dag,
                besluitOrgaan,
                HuidigeGebruiker.get().gebruikersnaam(),
                Instant.now(),
                huidig + 1);
        Vormbesluit na = repository.besluit(samenwerkingId).orElseThrow();
        audit.legVast(
                voor.isPresent() ? Actie.GEWIJZIGD : Actie.AANGEMAAKT,
                "vorm_besluit",
                samenwerkingId,
                samenwerkingId,
                voor.map(Vormen::velden).orElse(Map.of()),
                velden(na));
        events.publishEvent(new VormGewijzigd(samenwerkingId));
        return na;
    }

    private static Map<String, @Nullable Object> velden(Vormbesluit b) {
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("vorm", b.vorm().name());
        velden.put("motivering", b.motivering());
        velden.put("datum", b.datum().toString());
        velden.put(
                "besluitOrgaan",
                b.besluitOrgaan() == null ? null : b.besluitOrgaan().name());
        return velden;
    }
}
