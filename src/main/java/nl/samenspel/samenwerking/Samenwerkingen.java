package nl.samenspel.samenwerking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.account.Account;
import nl.samenspel.account.AccountService;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditEvent;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.GemeenteCode;
import nl.samenspel.gemeente.Gemeenten;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.Melding;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Pagina;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: finding the samenwerkingen the current user may see, the checks on what the user may do
 * with one, and every change (validated here, so UI and API share the rules). All access checks happen here,
 * whatever path a request takes; a samenwerking the user may not see is reported as not found.
 *
 * <p>Who sees what: BEHEERDER everything; REGISSEUR what they lead; AMBTENAAR, BESTUURDER and RAADSLID what
 * their municipality takes part in; UITVOERDER what they carry out (a seat on the execution line, kept here through
 * {@link #zetUitvoerders}).
 */
@Service
public class Samenwerkingen {

    public static final int MIN_GEMEENTEN = 2;
    public static final int MAX_GEMEENTEN = 50;
    static final String ENTITEIT = "samenwerking";

    private static final Logger LOG = LoggerFactory.getLogger(Samenwerkingen.class);

    private final SamenwerkingRepository repository;
    private final Gemeenten gemeenten;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    // Looked up per call: criteria live in modules that themselves depend on this service.
    private final ObjectProvider<FaseCriterium> criteria;
    private final ObjectProvider<BesprekingStand> besprekingen;
    private final Teksten teksten;

    Samenwerkingen(
            SamenwerkingRepository repository,
            Gemeenten gemeenten,
            AccountService accounts,
            AuditTrail audit,
            ApplicationEventPublisher events,
            ObjectProvider<FaseCriterium> criteria,
            ObjectProvider<BesprekingStand> besprekingen,
            Teksten teksten) {
        this.repository = repository;
        this.gemeenten = gemeenten;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.criteria = criteria;
        this.besprekingen = besprekingen;
        this.teksten = teksten;
    }

    public static final String OEFEN_PREFIX = "Oefening: ";

    /** What the practice case's own title may start with; a copy says "Oefening: " once, not "Oefening: Oefencasus: ". */
    private static final String OEFENCASUS_PREFIX = "Oefencasus:";

    /** The title of a practice copy: the prefix once, before the source's title without its own practice prefix. */
    static String oefentitel(String bron) {
        // A copy of a copy (or a source named "Oefencasus: Oefening: ...") still says it once.
        String zonder = bron.strip();
        boolean weg = true;
        while (weg) {
            weg = false;
            for (String prefix : List.of(OEFENCASUS_PREFIX, OEFEN_PREFIX.strip())) {
                if (zonder.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    zonder = zonder.substring(prefix.length()).strip();
                    weg = true;
                }
            }
        }
        return OEFEN_PREFIX + zonder;
    }

    public static final int MAX_REDEN = Samenwerking.MAX_REDEN;

    // ---- checks ----

    /** {@link SamenwerkingRechten#zien}. */
    public boolean kanZien(Gebruiker g, Samenwerking s) {
        return SamenwerkingRechten.zien(g, s);
    }

    /**
     * Whether the user is the samenwerking's own regisseur, who leads it (and may therefore read every position).
     * Whether a change is allowed right now (archived or not) is {@link SamenwerkingRechten}'s question.
     */
    public boolean kanBewerken(Gebruiker g, Samenwerking s) {
        return SamenwerkingRechten.regisseurVan(g, s);
    }

    public boolean kanHistorieZien(Gebruiker g, Samenwerking s) {
        return SamenwerkingRechten.historieZien(g, s);
    }

    public boolean kanAanmaken(Gebruiker g) {
        return SamenwerkingRechten.aanmaken(g);
    }

    /** A BEHEERDER creates on behalf of a regisseur and must name one. */
    public boolean moetRegisseurKiezen(Gebruiker g) {
        return g.heeft(Rol.BEHEERDER) && !g.heeft(Rol.REGISSEUR);
    }

    public boolean kanZien(Samenwerking s) {
        return kanZien(HuidigeGebruiker.get(), s);
    }

    public boolean kanBewerken(Samenwerking s) {
        return kanBewerken(HuidigeGebruiker.get(), s);
    }

    public boolean kanHistorieZien(Samenwerking s) {
        return kanHistorieZien(HuidigeGebruiker.get(), s);
    }

    // ---- reading ----

    /** The samenwerking, if it exists and the current user may see it. */
    @Transactional(readOnly = true)
    public Optional<Samenwerking> vindZichtbaar(long id) {
        Gebruiker g = HuidigeGebruiker.get();
        return repository.vind(id).filter(s -> kanZien(g, s));
    }

    /** The samenwerking, or {@link NietGevondenException} when it does not exist or the user may not see it. */
    @Transactional(readOnly = true)
    public Samenwerking vind(long id) {
        return vindZichtbaar(id).orElseThrow(() -> new NietGevondenException("samenwerking"));
    }

    /**
     * As {@link #vind(long)}, for a change: first locks the samenwerking until the caller's transaction ends.
     * Every write to a samenwerking or to what hangs under it (steps, tasks, positions) starts here, so
     * simultaneous writers take turns and each one's checks (versions, "does it exist yet", the next place in
     * the order) see what the one before it committed: no lost update, no race into a unique key.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Samenwerking vindOmTeWijzigen(long id) {
        repository.vergrendel(id);
        return vind(id);
    }

    /** The participating municipalities of a samenwerking the current user may see. */
    @Transactional(readOnly = true)
    public List<Gemeente> deelnemers(long id) {
        return vind(id).gemeenten();
    }

    /** What the current user may see, most recently changed first; archived ones only when asked. */
    @Transactional(readOnly = true)
    public Pagina<Samenwerking> zichtbaar(boolean metGearchiveerd, int pagina, int grootte) {
        return zichtbaar(metGearchiveerd, false, pagina, grootte);
    }

    /** As {@link #zichtbaar(boolean, int, int)}: real samenwerkingen, or with {@code oefen} only practice ones. */
    @Transactional(readOnly = true)
    public Pagina<Samenwerking> zichtbaar(boolean metGearchiveerd, boolean oefen, int pagina, int grootte) {
        return repository.zichtbaar(zicht(HuidigeGebruiker.get()), metGearchiveerd, oefen, pagina, grootte);
    }

    static SamenwerkingRepository.Zicht zicht(Gebruiker g) {
        if (g.heeft(Rol.BEHEERDER)) {
            return new SamenwerkingRepository.Zicht(null, null, true);
        }
        return new SamenwerkingRepository.Zicht(
                g.heeft(Rol.REGISSEUR) ? g.gebruikersnaam() : null,
                SamenwerkingRechten.gemeentegebonden(g) ? g.gemeenteCode() : null,
                g.heeft(Rol.UITVOERDER) ? g.gebruikersnaam() : null,
                false);
    }

    /**
     * The audit trail of a samenwerking, newest first: for its regisseur and BEHEERDER only (others who see
     * it get 403). Content confidential to a municipality is left out for readers outside that municipality.
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> historie(long id) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = vind(id);
        if (!kanHistorieZien(g, s)) {
            throw new AccessDeniedException("historie van samenwerking " + id);
        }
        // A confidential event (a position, shared or not) shows who and when only to the regisseur, who may read
        // every position; anyone else outside that municipality does not even learn that it happened (issue 8).
        boolean regisseur = SamenwerkingRechten.regisseurVan(g, s);
        // Newest first by the day it happened (an event recorded afterwards sits where it belongs), then by the
        // moment it was recorded. The audit list comes newest-recorded first and the sort is stable.
        return audit.voorSamenwerking(id).stream()
                .filter(e -> e.vertrouwelijkVoor() == null || g.vanGemeente(e.vertrouwelijkVoor()) || regisseur)
                .sorted(java.util.Comparator.comparing(Samenwerkingen::gebeurdatum)
                        .reversed())
                .map(e -> e.vertrouwelijkVoor() == null || g.vanGemeente(e.vertrouwelijkVoor()) ? e : e.zonderInhoud())
                .toList();
    }

    /**
     * The day an audited event happened: its recorded {@code datum} field (a dated event: a phase transition, a
     * postponement, a tension ...), else the Dutch day it was recorded.
     */
    public static LocalDate gebeurdatum(AuditEvent e) {
        for (var w : e.wijzigingen()) {
            String dag = w.na() != null ? w.na() : w.voor();
            if ("datum".equals(w.veld()) && dag != null) {
                try {
                    return LocalDate.parse(dag);
                } catch (java.time.format.DateTimeParseException ex) {
                    break;
                }
            }
        }
        return LocalDate.ofInstant(e.tijdstip(), nl.samenspel.platform.Tijdstip.NEDERLAND);
    }

    // ---- changing ----

    @Transactional
    public Samenwerking maak(NieuweSamenwerking nieuw) {
        Gebruiker g = HuidigeGebruiker.get();
        if (!SamenwerkingRechten.aanmaken(g)) {
            throw new AccessDeniedException("samenwerking aanmaken");
        }
        Fouten fouten = new Fouten();
        valideer(fouten, nieuw.titel(), nieuw.omschrijving());
        List<String> codes = gemeenteCodes(fouten, nieuw.gemeenten(), nieuw.onleesbareGemeenten());
        String regisseur = regisseur(fouten, g, nieuw.regisseur());
        fouten.gooiAlsNietLeeg();
        long id = repository.voegToe(
                gevalideerd(nieuw.titel()),
                gevalideerd(nieuw.omschrijving()),
                Objects.requireNonNull(regisseur, "validated"),
                false,
                codes);
        return aangemaakt(id, g.gebruikersnaam());
    }

    /**
     * Start-up seeding of a fictional practice case, without a signed-in user. Idempotent: a practice case
     * with the same title is found instead of created again.
     */
    @Transactional
    public long zaaiOefencasus(NieuweSamenwerking nieuw) {
        Optional<Long> bestaand = repository.vindOefencasus(gevalideerd(nieuw.titel()));
        if (bestaand.isPresent()) {
            return bestaand.get();
        }
        Fouten fouten = new Fouten();
        valideer(fouten, nieuw.titel(), nieuw.omschrijving());
        List<String> codes = gemeenteCodes(fouten, nieuw.gemeenten(), nieuw.onleesbareGemeenten());
        String regisseur = bestaandeRegisseur(fouten, nieuw.regisseur());
        fouten.gooiAlsNietLeeg();
        long id = repository.voegToe(
                gevalideerd(nieuw.titel()),
                gevalideerd(nieuw.omschrijving()),
                Objects.requireNonNull(regisseur, "validated"),
                true,
                codes);
        aangemaakt(id, "systeem");
        return id;
    }

    private Samenwerking aangemaakt(long id, String door) {
        Samenwerking s = repository.vind(id).orElseThrow();
        audit.legVast(Actie.AANGEMAAKT, ENTITEIT, id, id, Map.of(), velden(s));
        events.publishEvent(new SamenwerkingGewijzigd(id));
        LOG.info(
                "event=samenwerking-aangemaakt id={} gebruiker={} regisseur={} gemeenten={}",
                id,
                door,
                s.regisseur(),
                s.gemeenten().size());
        return s;
    }

    /**
     * A full edit by the samenwerking's regisseur. {@code versie} is the version the user last saw: when it
     * is no longer current, {@link VersieConflictException} and nothing changes.
     */
    @Transactional
    public Samenwerking wijzig(long id, long versie, SamenwerkingWijziging wijziging) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking voor = vergrendeld(g, id);
        if (voor.gearchiveerd() && Boolean.FALSE.equals(wijziging.gearchiveerd())) {
            // Out of the archive: allowed on its own, but not together with other changes.
            SamenwerkingRechten.dearchiveren(g, voor).eis(voor, "samenwerking " + id + " uit het archief halen");
            if (!zelfdeInhoud(voor, wijziging)) {
                throw new GearchiveerdException(id);
            }
            return dearchiveer(g, voor, versie);
        }
        SamenwerkingRechten.wijzigen(g, voor).eis(voor, "samenwerking " + id + " bewerken");
        OpvolgerKeuze opvolger = wijziging.opvolger();
        // Only a different successor is a change: sending back what GET returned changes nothing.
        boolean zetOpvolger =
                opvolger != null && (opvolger.onleesbaar() || !Objects.equals(opvolger.id(), voor.opvolgerId()));
        if (zetOpvolger) {
            SamenwerkingRechten.opvolgerZetten(g, voor).eis(voor, "opvolger van samenwerking " + id);
        }
        Fouten fouten = new Fouten();
        valideer(fouten, wijziging.titel(), wijziging.omschrijving());
        List<String> codes = gemeenteCodes(fouten, wijziging.gemeenten(), wijziging.onleesbareGemeenten());
        if (zetOpvolger) {
            valideerOpvolger(fouten, g, voor, Objects.requireNonNull(opvolger, "checked"));
        }
        fouten.gooiAlsNietLeeg();
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        boolean gearchiveerd = wijziging.gearchiveerd() == null ? voor.gearchiveerd() : wijziging.gearchiveerd();
        // A municipality taken off the list leaves (issue 13): kept as "vertrokken" with today's date and a fixed
        // reason, so its positions, answers and marks stay readable as history instead of silently disappearing.
        var vertrek = new SamenwerkingRepository.Vertrek(
                LocalDate.now(nl.samenspel.platform.Tijdstip.NEDERLAND),
                teksten.t("samenwerking.vertrokken.reden.bewerkt"));
        repository.wijzig(
                id,
                versie,
                gevalideerd(wijziging.titel()),
                gevalideerd(wijziging.omschrijving()),
                gearchiveerd,
                codes,
                vertrek,
                zetOpvolger,
                zetOpvolger && opvolger != null ? opvolger.id() : null);
        return gewijzigd(g, voor, !voor.gearchiveerd() && gearchiveerd ? Actie.GEARCHIVEERD : Actie.GEWIJZIGD);
    }

    @Transactional
    public Samenwerking archiveer(long id, long versie) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking voor = vergrendeld(g, id);
        if (voor.gearchiveerd() && SamenwerkingRechten.regisseurVan(g, voor)) {
            return voor;
        }
        SamenwerkingRechten.archiveren(g, voor).eis(voor, "samenwerking " + id + " archiveren");
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        repository.wijzig(id, versie, voor.titel(), voor.omschrijving(), true, codes(voor));
        return gewijzigd(g, voor, Actie.GEARCHIVEERD);
    }

    /** Takes the samenwerking out of the archive: the one change an archived samenwerking accepts. */
    @Transactional
    public Samenwerking dearchiveer(long id, long versie) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking voor = vergrendeld(g, id);
        SamenwerkingRechten.dearchiveren(g, voor).eis(voor, "samenwerking " + id + " uit het archief halen");
        return dearchiveer(g, voor, versie);
    }

    private Samenwerking dearchiveer(Gebruiker g, Samenwerking voor, long versie) {
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        if (!voor.gearchiveerd()) {
            return voor;
        }
        repository.wijzig(voor.id(), versie, voor.titel(), voor.omschrijving(), false, codes(voor));
        return gewijzigd(g, voor, Actie.GEWIJZIGD);
    }

    /**
     * The successor must be another samenwerking the user may see, and following the successors from it must never
     * come back here (a cycle would make the story endless).
     */
    private void valideerOpvolger(Fouten fouten, Gebruiker g, Samenwerking s, OpvolgerKeuze keuze) {
        Long kandidaat = keuze.id();
        if (keuze.onleesbaar()) {
            fouten.voeg("opvolger", "samenwerking.fout.opvolger-onleesbaar");
            return;
        }
        if (kandidaat == null) {
            return;
        }
        if (kandidaat == s.id()) {
            fouten.voeg("opvolger", "samenwerking.fout.opvolger-zelf");
            return;
        }
        if (repository.vind(kandidaat).filter(x -> kanZien(g, x)).isEmpty()) {
            fouten.voeg("opvolger", "samenwerking.fout.opvolger-onbekend");
            return;
        }
        java.util.Set<Long> gezien = new java.util.HashSet<>();
        Long volgende = kandidaat;
        while (volgende != null && gezien.add(volgende)) {
            if (volgende == s.id()) {
                fouten.voeg("opvolger", "samenwerking.fout.opvolger-kring");
                return;
            }
            volgende = repository.opvolgerVan(volgende).orElse(null);
        }
    }

    /**
     * Per samenwerking its successor and predecessors the current user may see (issue 13), for a whole list in a
     * fixed number of queries (three), never one per samenwerking.
     */
    @Transactional(readOnly = true)
    public Map<Long, Keten> ketens(List<Samenwerking> lijst) {
        if (lijst.isEmpty()) {
            return Map.of();
        }
        Gebruiker g = HuidigeGebruiker.get();
        Map<Long, Samenwerking> bekend = new java.util.HashMap<>();
        lijst.forEach(s -> bekend.put(s.id(), s));
        Map<Long, List<Long>> voorgangers = repository.voorgangers(bekend.keySet());
        java.util.Set<Long> nodig = new java.util.HashSet<>();
        for (Samenwerking s : lijst) {
            if (s.opvolgerId() != null) {
                nodig.add(s.opvolgerId());
            }
        }
        voorgangers.values().forEach(nodig::addAll);
        nodig.removeAll(bekend.keySet());
        repository.vindAlle(nodig).forEach(s -> bekend.put(s.id(), s));
        Map<Long, Keten> uit = new java.util.HashMap<>();
        for (Samenwerking s : lijst) {
            Long opvolgerId = s.opvolgerId();
            Samenwerking opvolger = opvolgerId == null ? null : bekend.get(opvolgerId);
            List<SamenwerkingVerwijzing> eerder = voorgangers.getOrDefault(s.id(), List.of()).stream()
                    .map(bekend::get)
                    .filter(Objects::nonNull)
                    .filter(v -> kanZien(g, v))
                    .map(SamenwerkingVerwijzing::van)
                    .toList();
            uit.put(
                    s.id(),
                    new Keten(
                            opvolger != null && kanZien(g, opvolger) ? SamenwerkingVerwijzing.van(opvolger) : null,
                            eerder));
        }
        return uit;
    }

    /** {@link #ketens} for one samenwerking. */
    @Transactional(readOnly = true)
    public Keten keten(Samenwerking s) {
        return ketens(List.of(s)).getOrDefault(s.id(), Keten.LEEG);
    }

    /** The history of one predecessor: which samenwerking it is and its events, newest first. */
    public record Voorgeschiedenis(SamenwerkingVerwijzing samenwerking, List<AuditEvent> events) {

        public Voorgeschiedenis {
            events = List.copyOf(events);
        }
    }

    /**
     * The histories of the samenwerkingen this one continues (its predecessors, and theirs), nearest first, so the
     * history reads as one story (issue 13). Only those the current user may see and whose history they may read;
     * each with the same filtering of confidential events as {@link #historie}. Refused like {@link #historie}.
     */
    @Transactional(readOnly = true)
    public List<Voorgeschiedenis> voorgeschiedenis(long id) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = vind(id);
        if (!kanHistorieZien(g, s)) {
            throw new AccessDeniedException("historie van samenwerking " + id);
        }
        List<Voorgeschiedenis> uit = new ArrayList<>();
        java.util.Set<Long> gezien = new java.util.HashSet<>(List.of(id));
        java.util.Deque<Long> rij = new java.util.ArrayDeque<>(List.of(id));
        while (!rij.isEmpty() && gezien.size() < 100) {
            long huidig = rij.removeFirst();
            List<Long> eerder = repository.voorgangers(List.of(huidig)).getOrDefault(huidig, List.of());
            for (Samenwerking v : repository.vindAlle(eerder)) {
                if (!gezien.add(v.id()) || !kanZien(g, v)) {
                    continue;
                }
                rij.addLast(v.id());
                if (kanHistorieZien(g, v)) {
                    uit.add(new Voorgeschiedenis(SamenwerkingVerwijzing.van(v), historie(v.id())));
                }
            }
        }
        return uit;
    }

    private static boolean zelfdeInhoud(Samenwerking s, SamenwerkingWijziging w) {
        return (w.opvolger() == null || Objects.equals(w.opvolger().id(), s.opvolgerId()))
                && w.titel() != null
                && w.titel().strip().equals(s.titel())
                && w.omschrijving() != null
                && w.omschrijving().strip().equals(s.omschrijving())
                && w.onleesbareGemeenten().isEmpty()
                && w.gemeenten().equals(s.gemeenteCodes());
    }

    private static List<String> codes(Samenwerking s) {
        return s.gemeenteCodes().stream().map(GemeenteCode::waarde).toList();
    }

    /** For a write: locks the samenwerking's row until the transaction ends, so writers take turns (ADR 0005). */
    private Samenwerking vergrendeld(Gebruiker g, long id) {
        repository.vergrendel(id);
        return zichtbaar(g, id);
    }

    private Samenwerking zichtbaar(Gebruiker g, long id) {
        return repository
                .vind(id)
                .filter(x -> kanZien(g, x))
                .orElseThrow(() -> new NietGevondenException("samenwerking"));
    }

    private Samenwerking gewijzigd(Gebruiker g, Samenwerking voor, Actie actie) {
        Samenwerking na = repository.vind(voor.id()).orElseThrow();
        audit.legVast(actie, ENTITEIT, na.id(), na.id(), velden(voor), velden(na));
        events.publishEvent(new SamenwerkingGewijzigd(na.id()));
        LOG.info(
                "event=samenwerking-{} id={} gebruiker={} versie={}",
                actie.name().toLowerCase(Locale.ROOT),
                na.id(),
                g.gebruikersnaam(),
                na.versie());
        return na;
    }

    /** The fields the audit trail compares; municipalities by name, as a reader of the trail knows them. */
    static Map<String, Object> velden(Samenwerking s) {
        Map<String, Object> velden = new LinkedHashMap<>();
        velden.put("titel", s.titel());
        velden.put("omschrijving", s.omschrijving());
        velden.put("fase", s.fase().name());
        velden.put("regisseur", s.regisseur());
        velden.put("gemeenten", s.gemeenten().stream().map(Gemeente::naam).collect(Collectors.joining(", ")));
        if (!s.vertrokken().isEmpty()) {
            velden.put(
                    "vertrokken",
                    s.vertrokken().stream()
                            .map(v -> v.gemeente().naam() + " (" + v.datum() + ")")
                            .collect(Collectors.joining(", ")));
        }
        if (s.opvolgerId() != null) {
            velden.put("opvolger", s.opvolgerId());
        }
        velden.put("oefencasus", s.oefencasus());
        velden.put("gearchiveerd", s.gearchiveerd());
        return velden;
    }

    // ---- parties that leave (issue 13) ----

    /**
     * Records that municipality {@code gemeenteCode} left on {@code datum} ({@code reden} as typed, shown in the
     * history). Called by the module that owns the uittreding, inside its transaction and after its own access
     * check; this module only keeps the party list. What the party recorded stays and is shown as "vertrokken".
     * Refused (409) when the municipality does not take part (any more).
     */
    @Transactional
    public Samenwerking vertrek(long samenwerkingId, GemeenteCode gemeenteCode, LocalDate datum, String reden) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking voor = vergrendeld(g, samenwerkingId);
        if (!repository.vertrek(samenwerkingId, gemeenteCode.waarde(), datum, reden)) {
            throw new ConflictException("samenwerking.fout.vertrek-geen-partij", List.of());
        }
        return gewijzigd(g, voor, Actie.GEWIJZIGD);
    }

    // ---- who carries it out ----

    /**
     * Replaces the accounts that carry out samenwerking {@code samenwerkingId}: the accounts linked to a seat on its
     * execution line (UITVOERING). Called by the bestuur module, which owns the seats, inside its own transaction
     * after every seat change; that module checks who may change a seat and audits the seat, so this method checks
     * no user and writes no audit line. It takes the samenwerking's row lock first, like every write, so two seat
     * changes at once never lose one another's accounts. An account that is no UITVOERDER gains nothing from being
     * listed ({@link SamenwerkingRechten#uitvoerderVan}).
     *
     * @throws NietGevondenException when the samenwerking does not exist
     */
    @Transactional
    public void zetUitvoerders(long samenwerkingId, Set<String> gebruikersnamen) {
        repository.vergrendel(samenwerkingId);
        Samenwerking s = repository.vind(samenwerkingId).orElseThrow(() -> new NietGevondenException("samenwerking"));
        Set<String> nieuw = gebruikersnamen.stream()
                .filter(n -> !n.isBlank())
                .map(String::strip)
                .collect(Collectors.toSet());
        if (nieuw.equals(s.uitvoerders())) {
            return;
        }
        repository.zetUitvoerders(samenwerkingId, nieuw);
        LOG.info("event=uitvoerders-gezet id={} aantal={}", samenwerkingId, nieuw.size());
    }

    // ---- phases ----

    /**
     * Whether any entry criterium guards the given phase. A phase nobody guards has nothing that can be
     * missing, so "nothing is missing any more" would be an untrue statement about it.
     */
    public boolean bewaakt(Fase fase) {
        return criteria.orderedStream().anyMatch(c -> !fase.voor(c.vanaf()));
    }

    /**
     * The display name of the person behind a username, for pages that show who did something; the username
     * itself when there is no such account (a removed account, a system user).
     */
    @Transactional(readOnly = true)
    public String weergavenaam(String gebruikersnaam) {
        return accounts.vindOpNaam(gebruikersnaam)
                .map(Account::weergavenaam)
                .filter(n -> !n.isBlank())
                .orElse(gebruikersnaam);
    }

    /**
     * For every phase after the current one, what is still missing before the samenwerking may move there.
     * Each criterium is asked once, however many phases it guards.
     */
    @Transactional(readOnly = true)
    public Map<Fase, List<Melding>> ontbreektPerFase(Samenwerking s) {
        Map<Fase, List<Melding>> perFase = new EnumMap<>(Fase.class);
        for (Fase f : Fase.values()) {
            if (s.fase().voor(f)) {
                perFase.put(f, new ArrayList<>());
            }
        }
        criteria.orderedStream().forEach(c -> {
            List<Fase> bewaakt =
                    perFase.keySet().stream().filter(f -> !f.voor(c.vanaf())).toList();
            if (!bewaakt.isEmpty()) {
                List<Melding> mist = c.ontbreekt(s);
                bewaakt.forEach(f -> Objects.requireNonNull(perFase.get(f)).addAll(mist));
            }
        });
        perFase.replaceAll((f, regels) -> List.copyOf(regels));
        return perFase;
    }

    /**
     * Per samenwerking since which day it is in its current phase ({@link FaseOvergang#faseSinds}), in one query
     * for the whole list; no access check (the caller shows only samenwerkingen the user may see).
     */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> faseSinds(List<Samenwerking> lijst) {
        Map<Long, LocalDate> laatste = repository.laatsteOvergangDatum(
                lijst.stream().map(Samenwerking::id).toList());
        Map<Long, LocalDate> uit = new java.util.HashMap<>();
        lijst.forEach(s -> uit.put(
                s.id(),
                laatste.getOrDefault(
                        s.id(), LocalDate.ofInstant(s.aangemaaktOp(), nl.samenspel.platform.Tijdstip.NEDERLAND))));
        return uit;
    }

    /** Recorded phase changes, newest first (by the day they happened, then by when they were recorded). */
    @Transactional(readOnly = true)
    public List<FaseOvergang> overgangen(long id) {
        vind(id);
        return repository.overgangen(id);
    }

    /**
     * Moves the samenwerking to another phase; only its regisseur. The samenwerking decides
     * ({@link Samenwerking#naarFase}); this asks the entry criteria, turns a refusal into the usual exceptions and
     * records the transition. {@code versie} is the version the client saw.
     *
     * <p>One fact, recorded once: the transition row (with what was missing and who had discussed what) and one
     * audit entry for it; the samenwerking's own version goes up but gets no second audit entry (ADR 0005).
     *
     * @throws OngeldigeInvoerException for invalid input (no phase, the same phase, a blank or too long reason)
     * @throws VersieConflictException when {@code versie} is no longer current
     * @throws ConflictException when something is missing for a forward move and no reason was given
     */
    @Transactional
    public FaseOvergang wijzigFase(long id, long versie, @Nullable Fase naar, @Nullable String reden) {
        return wijzigFase(id, versie, naar, reden, null, null);
    }

    /**
     * As {@link #wijzigFase(long, long, Fase, String)}, for a transition that happened on {@code datum} (null:
     * today; never in the future, see {@link Gebeurdatum}), decided by {@code besluitOrgaan} (optional). A day
     * before the previous transition's day is accepted: a regisseur who records a process afterwards may enter
     * it out of order. The phase is always the one the last recorded transition moved to.
     */
    @Transactional
    public FaseOvergang wijzigFase(
            long id,
            long versie,
            @Nullable Fase naar,
            @Nullable String reden,
            @Nullable LocalDate datum,
            @Nullable BesluitOrgaan besluitOrgaan) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking voor = vergrendeld(g, id);
        SamenwerkingRechten.faseWijzigen(g, voor).eis(voor, "fase van samenwerking " + id);
        Fouten datumFouten = new Fouten();
        LocalDate dag = Gebeurdatum.controleer(datumFouten, "datum", datum);
        FaseBesluit besluit = voor.naarFase(
                naar, reden, versie, naar == null || !voor.fase().voor(naar) ? Map.of() : ontbreektPerFase(voor));
        if (!datumFouten.leeg()) {
            // Wrong input first, with every other input mistake, as the other refusals are ordered.
            if (besluit instanceof FaseBesluit.Geweigerd geweigerd) {
                geweigerd.redenen().stream()
                        .filter(r -> r.soort() == FaseBesluit.Soort.INVOER)
                        .forEach(r -> datumFouten.voeg(
                                Objects.requireNonNull(r.veld(), "an input refusal names its field"),
                                r.sleutel(),
                                r.argumenten().toArray()));
            }
            throw new OngeldigeInvoerException(datumFouten);
        }
        if (besluit instanceof FaseBesluit.Geweigerd geweigerd) {
            throw weigering(geweigerd);
        }
        FaseBesluit.Overgang overgang = (FaseBesluit.Overgang) besluit;
        List<String> deels = besprekingen
                .orderedStream()
                .flatMap(b -> b.deelsBesproken(voor).stream())
                .distinct()
                .toList();
        repository.zetFase(id, versie, overgang.naar());
        // What was missing is kept as the Dutch text the regisseur saw at that moment.
        List<String> ontbrak = overgang.ontbrak().stream().map(teksten::t).toList();
        long overgangId =
                repository.voegOvergangToe(id, overgang, ontbrak, deels, g.gebruikersnaam(), dag, besluitOrgaan);
        Map<String, Object> vastgelegd = new LinkedHashMap<>();
        vastgelegd.put("van", overgang.van().name());
        vastgelegd.put("naar", overgang.naar().name());
        vastgelegd.put("override", overgang.override());
        vastgelegd.put("reden", overgang.reden());
        // The day it happened, beside the audit's own recording moment; the history sorts on it.
        vastgelegd.put("datum", dag.toString());
        vastgelegd.put("besluitOrgaan", besluitOrgaan == null ? null : besluitOrgaan.name());
        audit.legVast(Actie.AANGEMAAKT, "fase_overgang", overgangId, id, Map.of(), vastgelegd);
        events.publishEvent(new SamenwerkingGewijzigd(id));
        LOG.info(
                "event=fase-gewijzigd id={} gebruiker={} van={} naar={} override={}",
                id,
                g.gebruikersnaam(),
                overgang.van(),
                overgang.naar(),
                overgang.override());
        return repository.overgangen(id).stream()
                .filter(o -> o.id() == overgangId)
                .findFirst()
                .orElseThrow();
    }

    /** A refusal as the exception the pages and the API already answer: 400, then 409/412, then 409 with the list. */
    private static RuntimeException weigering(FaseBesluit.Geweigerd geweigerd) {
        if (geweigerd.om(FaseBesluit.Soort.INVOER)) {
            Fouten fouten = new Fouten();
            geweigerd.redenen().stream()
                    .filter(r -> r.soort() == FaseBesluit.Soort.INVOER)
                    .forEach(r -> fouten.voeg(
                            Objects.requireNonNull(r.veld(), "an input refusal names its field"),
                            r.sleutel(),
                            r.argumenten().toArray()));
            return new OngeldigeInvoerException(fouten);
        }
        if (geweigerd.om(FaseBesluit.Soort.VERSIE)) {
            return new VersieConflictException();
        }
        FaseBesluit.Weigering voorwaarden = geweigerd.redenen().get(0);
        return new ConflictException(
                voorwaarden.sleutel(),
                voorwaarden.argumenten().stream().map(Melding.class::cast).toList());
    }

    // ---- practice (oefenmodus) ----

    /** The fictional demo case practice copies start from: the oldest practice case that is not itself a copy. */
    @Transactional(readOnly = true)
    public Optional<Samenwerking> demoCasus() {
        return repository.eersteOefencasusZonderPrefix(OEFEN_PREFIX).flatMap(repository::vind);
    }

    /** A practice copy of {@code bron} led by the current REGISSEUR; the caller copies the content. */
    @Transactional
    public Samenwerking maakOefensamenwerking(Samenwerking bron) {
        Gebruiker g = HuidigeGebruiker.get();
        if (!SamenwerkingRechten.oefeningMaken(g)) {
            throw new AccessDeniedException("oefensamenwerking aanmaken");
        }
        String titel = oefentitel(bron.titel());
        if (titel.length() > Fouten.MAX_KORT) {
            titel = titel.substring(0, Fouten.MAX_KORT);
        }
        long id = repository.voegToe(titel, bron.omschrijving(), g.gebruikersnaam(), true, codes(bron));
        return aangemaakt(id, g.gebruikersnaam());
    }

    /**
     * Deletes a practice samenwerking and everything under it (the other modules through {@link SamenwerkingVerwijderd});
     * only its regisseur, never a real one.
     */
    @Transactional
    public void verwijderOefensamenwerking(long id, long versie) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = vergrendeld(g, id);
        SamenwerkingRechten.oefeningVerwijderen(g, s).eis(s, "oefensamenwerking " + id + " verwijderen");
        if (!s.oefencasus()) {
            throw new ConflictException("samenwerking.oefen.alleen-oefening", List.of());
        }
        if (s.versie() != versie) {
            throw new VersieConflictException();
        }
        repository.verwijder(id, versie);
        // The other modules delete their rows of it now, in this transaction (no cross-module cascade, ADR 0012).
        events.publishEvent(new SamenwerkingVerwijderd(id));
        audit.legVast(Actie.VERWIJDERD, ENTITEIT, id, id, velden(s), Map.of());
        events.publishEvent(new SamenwerkingGewijzigd(id));
        LOG.info("event=oefensamenwerking-verwijderd id={} gebruiker={}", id, g.gebruikersnaam());
    }

    // ---- validation ----

    /** A text the validation above has accepted (so present), stripped. */
    private static String gevalideerd(@Nullable String tekst) {
        return Objects.requireNonNull(tekst, "validated").strip();
    }

    /** Messages name the field, so the error summary above a form reads well on its own. */
    private static void valideer(Fouten fouten, @Nullable String titel, @Nullable String omschrijving) {
        tekst(fouten, "titel", titel, Fouten.MAX_KORT);
        tekst(fouten, "omschrijving", omschrijving, Fouten.MAX_LANG);
    }

    private static void tekst(Fouten fouten, String veld, @Nullable String waarde, int max) {
        if (waarde == null || waarde.isBlank()) {
            fouten.voeg(veld, "samenwerking." + veld + ".verplicht");
        } else if (waarde.length() > max) {
            fouten.voeg(veld, "samenwerking." + veld + ".te-lang", max);
        }
    }

    /**
     * Known codes in the order given; errors name the unknown codes, then what was no code at all. The web
     * boundary has already dropped blanks and doubles.
     */
    private List<String> gemeenteCodes(Fouten fouten, List<GemeenteCode> invoer, List<String> onleesbaar) {
        List<String> codes =
                invoer.stream().distinct().map(GemeenteCode::waarde).toList();
        if (codes.size() + onleesbaar.size() > MAX_GEMEENTEN) {
            fouten.voeg("gemeenten", "samenwerking.gemeenten.te-veel", MAX_GEMEENTEN);
            return List.of();
        }
        Set<String> bekend =
                gemeenten.vindAlle(codes).stream().map(Gemeente::code).collect(Collectors.toSet());
        List<String> onbekend = new ArrayList<>();
        for (String code : codes) {
            if (!bekend.contains(code)) {
                onbekend.add(code);
            }
        }
        for (String tekst : onleesbaar) {
            onbekend.add(tekst.length() > 12 ? tekst.substring(0, 12) + "\u2026" : tekst);
        }
        if (!onbekend.isEmpty()) {
            fouten.voeg(
                    "gemeenten",
                    onbekend.size() == 1 ? "samenwerking.gemeente.onbekend" : "samenwerking.gemeenten.onbekend",
                    String.join(", ", onbekend.subList(0, Math.min(5, onbekend.size()))));
        } else if (codes.size() < MIN_GEMEENTEN) {
            fouten.voeg("gemeenten", "samenwerking.gemeenten.te-weinig", MIN_GEMEENTEN);
        }
        return codes;
    }

    private @Nullable String regisseur(Fouten fouten, Gebruiker g, @Nullable String gevraagd) {
        boolean opgegeven = gevraagd != null && !gevraagd.isBlank();
        if (g.heeft(Rol.BEHEERDER) && (opgegeven || !g.heeft(Rol.REGISSEUR))) {
            return bestaandeRegisseur(fouten, gevraagd);
        }
        if (opgegeven && gevraagd != null && !gevraagd.strip().equals(g.gebruikersnaam())) {
            fouten.voeg("regisseur", "samenwerking.regisseur.alleen-beheerder");
        }
        return g.gebruikersnaam();
    }

    private @Nullable String bestaandeRegisseur(Fouten fouten, @Nullable String naam) {
        fouten.tekst("regisseur", naam, 100);
        if (naam == null || fouten.heeft("regisseur")) {
            return null;
        }
        Optional<Account> account = accounts.vindOpNaam(naam.strip());
        if (account.isEmpty()
                || !account.get().actief()
                || !account.get().rollen().contains(Rol.REGISSEUR)) {
            fouten.voeg("regisseur", "samenwerking.regisseur.onbekend");
            return null;
        }
        return account.get().gebruikersnaam();
    }
}
