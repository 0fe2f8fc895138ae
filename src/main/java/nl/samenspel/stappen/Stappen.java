package nl.samenspel.stappen;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.platform.Melding;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of rule 1 for one samenwerking, as one entry point for pages, API and the demo: reading (whoever may see
 * the samenwerking), writing (its regisseur and the AMBTENAAR/BESTUURDER accounts of participating municipalities),
 * discussed-marks per party, the gate before the form step, postponed decisions. Each step's rules and validation
 * live in its own class ({@link WatStap}, {@link HoeStap}, {@link SpanningenStap}, {@link DynamiekStap}, across the
 * steps {@link Bespreking}, the state {@link StappenStand}); this facade holds the transactions.
 */
@Service
public class Stappen {

    public static final int MAX_DOELEN = 100;
    public static final int MAX_REDEN = 2000;
    /** A decision number or a link. */
    public static final int MAX_REFERENTIE = 500;

    static final String ENTITEIT_STAP = "stap";

    private final StappenRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final ApplicationEventPublisher events;
    private final StapBasis basis;
    private final StappenStand stand;
    private final WatStap wat;
    private final HoeStap hoe;
    private final SpanningenStap spanningen;
    private final DynamiekStap dynamiek;
    private final Bespreking bespreking;

    Stappen(
            StappenRepository repository,
            Samenwerkingen samenwerkingen,
            ApplicationEventPublisher events,
            StapBasis basis,
            StappenStand stand,
            WatStap wat,
            HoeStap hoe,
            SpanningenStap spanningen,
            DynamiekStap dynamiek,
            Bespreking bespreking) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.events = events;
        this.basis = basis;
        this.stand = stand;
        this.wat = wat;
        this.hoe = hoe;
        this.spanningen = spanningen;
        this.dynamiek = dynamiek;
        this.bespreking = bespreking;
    }

    // ---- who may do what ----

    // The rules themselves are in StappenRechten; these answer them for the current user.

    public boolean isRegisseur(Samenwerking s) {
        return SamenwerkingRechten.regisseurVan(HuidigeGebruiker.get(), s);
    }

    /** May add content to the steps now (not archived). */
    public boolean kanSchrijven(Samenwerking s) {
        return StappenRechten.doelToevoegen(HuidigeGebruiker.get(), s).ja();
    }

    /** Civil servants and aldermen mark steps for their own municipality, when it takes part (not archived). */
    public boolean kanBespreken(Samenwerking s) {
        return StappenRechten.bespreken(HuidigeGebruiker.get(), s).ja();
    }

    /** The rules for the current user on this samenwerking, for a page to ask per item. */
    @Transactional(readOnly = true)
    public StappenRechten.Voor rechten(Samenwerking s) {
        return new StappenRechten.Voor(HuidigeGebruiker.get(), s, basis.besprokenDoor(s.id()));
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public Samenwerking samenwerking(long id) {
        return samenwerkingen.vind(id);
    }

    @Transactional(readOnly = true)
    public List<Doel> doelen(long id) {
        samenwerkingen.vind(id);
        return repository.doelen(id);
    }

    @Transactional(readOnly = true)
    public Werkwijze werkwijze(long id) {
        samenwerkingen.vind(id);
        return repository.werkwijze(id).orElse(Werkwijze.LEEG);
    }

    @Transactional(readOnly = true)
    public List<Spanning> spanningen(long id) {
        samenwerkingen.vind(id);
        return repository.spanningen(id);
    }

    @Transactional(readOnly = true)
    public Spanning spanning(long id, long spanningId) {
        return spanningen(id).stream()
                .filter(s -> s.id() == spanningId)
                .findFirst()
                .orElseThrow(() -> new nl.samenspel.platform.NietGevondenException("spanning"));
    }

    @Transactional(readOnly = true)
    public List<Dynamiek> dynamiek(long id) {
        samenwerkingen.vind(id);
        return repository.dynamiek(id);
    }

    @Transactional(readOnly = true)
    public List<Uitstel> uitstel(long id) {
        samenwerkingen.vind(id);
        return repository.uitstel(id);
    }

    @Transactional(readOnly = true)
    public Optional<Ontgrendeling> ontgrendeling(long id) {
        samenwerkingen.vind(id);
        return repository.ontgrendeling(id);
    }

    /** The five steps with their state, in order. */
    @Transactional(readOnly = true)
    public List<StapStand> stand(long id) {
        return stand.stand(samenwerkingen.vind(id));
    }

    @Transactional(readOnly = true)
    public StapStand stand(long id, Stap stap) {
        return stand(id).get(stap.ordinal());
    }

    /** What keeps the form step (and phase VORMGEVEN) locked, as meldingen. Empty when the gate is met. */
    @Transactional(readOnly = true)
    public List<Melding> ontbreektVoorVorm(long id) {
        return stand.ontbreektVoorVorm(samenwerkingen.vind(id));
    }

    List<Melding> ontbreektVoorVorm(Samenwerking s) {
        return stand.ontbreektVoorVorm(s);
    }

    @Transactional(readOnly = true)
    public boolean vormOpen(long id) {
        return stand.vormOpen(samenwerkingen.vind(id));
    }

    /** Steps discussed by some but not all parties, as 'WAT', 'HOE', ... */
    List<String> deelsBesproken(Samenwerking s) {
        return stand.deelsBesproken(s);
    }

    /** ETag of a list step: changes whenever an item is added, changed or removed. */
    @Transactional(readOnly = true)
    public long versie(long id, Stap stap) {
        samenwerkingen.vind(id);
        return stand.versie(id, stap);
    }

    // ---- wat ----

    @Transactional
    public Doel voegDoelToe(long id, Invoer.DoelInvoer invoer) {
        return wat.voegDoelToe(id, invoer);
    }

    @Transactional
    public Doel wijzigDoel(long id, long doelId, long versie, Invoer.DoelInvoer invoer) {
        return wat.wijzigDoel(id, doelId, versie, invoer);
    }

    @Transactional
    public void verwijderDoel(long id, long doelId, long versie) {
        wat.verwijderDoel(id, doelId, versie);
    }

    /** The API's full replacement of the goals; {@code versie} is the step ETag the client saw (see {@link WatStap}). */
    @Transactional
    public List<Doel> vervangDoelen(long id, long versie, List<Invoer.DoelInvoer> invoer) {
        return wat.vervangDoelen(id, versie, invoer);
    }

    // ---- hoe ----

    @Transactional
    public Werkwijze wijzigWerkwijze(long id, long versie, Invoer.WerkwijzeInvoer invoer) {
        return hoe.wijzigWerkwijze(id, versie, invoer);
    }

    // ---- spanningen ----

    @Transactional
    public Spanning maakSpanning(long id, Invoer.SpanningInvoer invoer) {
        return spanningen.maakSpanning(id, invoer);
    }

    @Transactional
    public Spanning wijzigSpanning(long id, long spanningId, long versie, Invoer.SpanningInvoer invoer) {
        return spanningen.wijzigSpanning(id, spanningId, versie, invoer);
    }

    @Transactional
    public void verwijderSpanning(long id, long spanningId, long versie) {
        spanningen.verwijderSpanning(id, spanningId, versie);
    }

    // ---- vanzelfdynamiek ----

    @Transactional
    public Dynamiek voegDynamiekToe(long id, Invoer.DynamiekInvoer invoer) {
        return dynamiek.voegDynamiekToe(id, invoer);
    }

    @Transactional
    public Dynamiek wijzigDynamiek(long id, long dynamiekId, long versie, Invoer.DynamiekInvoer invoer) {
        return dynamiek.wijzigDynamiek(id, dynamiekId, versie, invoer);
    }

    @Transactional
    public void verwijderDynamiek(long id, long dynamiekId, long versie) {
        dynamiek.verwijderDynamiek(id, dynamiekId, versie);
    }

    @Transactional
    public List<Dynamiek> vervangDynamiek(long id, long versie, List<Invoer.DynamiekInvoer> invoer) {
        return dynamiek.vervangDynamiek(id, versie, invoer);
    }

    // ---- discussed, postponed, unlocked ----

    /** The signed-in AMBTENAAR/BESTUURDER marks a step as discussed for their own municipality (ambtelijk besproken). */
    @Transactional
    public void markeerBesproken(long id, Stap stap) {
        bespreking.markeerBesproken(id, stap);
    }

    /**
     * Marks a step as discussed: staff of a party for their own municipality ({@code namens} false, {@code gemeente}
     * left out or their own), or the regisseur on behalf of a participating municipality after a meeting with it
     * ({@code namens} true, {@code gemeente} required). {@code revisie}: the step's content revision the user saw
     * (null: the current one; another: {@link nl.samenspel.platform.VersieConflictException}). Returns true when
     * this confirmed a mark the regisseur had recorded on the municipality's behalf.
     */
    @Transactional
    public boolean markeerBesproken(
            long id, Stap stap, @Nullable String gemeente, boolean namens, @Nullable Long revisie) {
        return bespreking.markeerBesproken(id, stap, gemeente, namens, revisie)
                == StappenRepository.Markering.BEVESTIGD;
    }

    /** Withdraws the own municipality's mark; true when that re-opened a step every party had agreed on. */
    @Transactional
    public boolean trekBesprokenIn(long id, Stap stap, @Nullable String reden) {
        return bespreking.trekBesprokenIn(id, stap, reden);
    }

    /**
     * As {@link #trekBesprokenIn(long, Stap, String)} for {@code gemeente}: staff of a party only for their own; the
     * regisseur only a mark they recorded on behalf of that municipality and it has not confirmed.
     */
    @Transactional
    public boolean trekBesprokenIn(long id, Stap stap, @Nullable String reden, @Nullable String gemeente) {
        return bespreking.trekBesprokenIn(id, stap, reden, gemeente);
    }

    /**
     * Records that a municipality's deciding body decided on a step ("bestuurlijk vastgesteld"): the regisseur, or
     * a BESTUURDER of that municipality.
     *
     * @param revisie the step's content revision the user saw ({@link StapRevisie}); null: the current one. A
     *     different one is a version conflict: the step changed since.
     */
    @Transactional
    public Vaststelling stelVast(long id, Stap stap, @Nullable Long revisie, Invoer.VaststellingInvoer invoer) {
        return bespreking.stelVast(id, stap, revisie, invoer);
    }

    /** The regisseur records that a step or phase transition is deliberately put off, and why. */
    @Transactional
    public void stelUit(long id, @Nullable String onderwerp, @Nullable String reden) {
        bespreking.stelUit(id, onderwerp, reden, null);
    }

    /** As {@link #stelUit(long, String, String)}, postponed on {@code datum} (null: today; never in the future). */
    @Transactional
    public void stelUit(
            long id, @Nullable String onderwerp, @Nullable String reden, java.time.@Nullable LocalDate datum) {
        bespreking.stelUit(id, onderwerp, reden, datum);
    }

    public static List<String> onderwerpen() {
        return Bespreking.onderwerpen();
    }

    /** Opens the form step before the gate is met; only the regisseur, always with a reason. */
    @Transactional
    public Ontgrendeling ontgrendelVorm(long id, @Nullable String reden) {
        return bespreking.ontgrendelVorm(id, reden, null, null);
    }

    /** As {@link #ontgrendelVorm(long, String)}, decided on {@code datum} (null: today) by {@code besluitOrgaan}. */
    @Transactional
    public Ontgrendeling ontgrendelVorm(
            long id,
            @Nullable String reden,
            java.time.@Nullable LocalDate datum,
            nl.samenspel.samenwerking.@Nullable BesluitOrgaan besluitOrgaan) {
        return bespreking.ontgrendelVorm(id, reden, datum, besluitOrgaan);
    }

    // ---- practice copies and demo seeding ----

    /** Copies the step content (not the discussed-marks) of one samenwerking into a fresh practice one. */
    @Transactional
    void kopieer(long van, long naar) {
        repository
                .doelen(van)
                .forEach(d -> repository.voegDoelToe(
                        naar, d.soort(), d.tekst(), d.bronGemeente(), d.toegevoegdDoorGemeente()));
        repository.werkwijze(van).ifPresent(w -> repository.zetWerkwijze(naar, 0, w));
        repository.spanningen(van).forEach(sp -> repository.voegSpanningToe(naar, sp));
        repository.dynamiek(van).forEach(d -> repository.voegDynamiekToe(naar, d));
        events.publishEvent(new StappenGewijzigd(naar));
    }

    /** Example content for the demo case; does nothing when the case already has goals (idempotent). */
    @Transactional
    public boolean zaai(
            long id,
            List<Doel> doelen,
            Werkwijze hoe,
            List<Spanning> spanningen,
            List<Dynamiek> dynamiek,
            Map<String, String> watBesprokenDoor,
            List<Uitstel> uitgesteld) {
        if (!repository.doelen(id).isEmpty()) {
            return false;
        }
        doelen.forEach(
                d -> repository.voegDoelToe(id, d.soort(), d.tekst(), d.bronGemeente(), d.toegevoegdDoorGemeente()));
        repository.zetWerkwijze(id, 0, hoe);
        spanningen.forEach(sp -> repository.voegSpanningToe(id, sp));
        dynamiek.forEach(d -> repository.voegDynamiekToe(id, d));
        watBesprokenDoor.forEach((gemeente, door) -> repository.markeer(id, Stap.WAT, gemeente, door));
        uitgesteld.forEach(
                u -> repository.voegUitstelToe(id, u.onderwerp(), u.soort(), u.reden(), u.door(), u.datum()));
        events.publishEvent(new StappenGewijzigd(id));
        return true;
    }

    static java.util.Set<String> codes(List<nl.samenspel.gemeente.Gemeente> gemeenten) {
        return new java.util.HashSet<>(
                gemeenten.stream().map(nl.samenspel.gemeente.Gemeente::code).toList());
    }
}
