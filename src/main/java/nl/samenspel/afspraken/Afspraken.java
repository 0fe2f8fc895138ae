package nl.samenspel.afspraken;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.overgang.Overgang;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DVOs of a samenwerking (rules 2, 4, 6 and 7): one per client municipality per year, its lines, agreeing a
 * version, a revision with a reason for every change after that (herprogrammering), the difference between versions,
 * the rek with its register and the review dates. Page, API and other modules ({@link #dvos}, {@link #herzie}) come
 * here. Every write locks the samenwerking, checks the version, is audited and publishes {@link AfsprakenGewijzigd}.
 */
@Service
public class Afspraken {

    public static final int MAX_RESULTAAT = 2000;
    public static final int MAX_REDEN = 2000;
    public static final int MAX_INDICATOR = 500;
    public static final int MAX_INDICATOREN = 50;
    public static final int MAX_EENHEID = 100;
    public static final int EERSTE_JAAR = 2000;
    public static final int LAATSTE_JAAR = 2100;

    private final AfsprakenRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final Overgang overgang;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Teksten teksten;

    Afspraken(
            AfsprakenRepository repository,
            Samenwerkingen samenwerkingen,
            Overgang overgang,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Teksten teksten) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.overgang = overgang;
        this.audit = audit;
        this.events = events;
        this.teksten = teksten;
    }

    // ---- reading ----

    /**
     * The DVOs of the samenwerking, by year then by the order of the parties (404 when the user may not see the
     * samenwerking).
     */
    @Transactional(readOnly = true)
    public List<DvoKeuze> dvos(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        List<String> volgorde = s.gemeenten().stream().map(Gemeente::code).toList();
        return repository.dvos(samenwerkingId).stream()
                .sorted(java.util.Comparator.comparingInt(Dvo::jaar).thenComparingInt(d -> {
                    int i = volgorde.indexOf(d.gemeenteCode());
                    return i < 0 ? Integer.MAX_VALUE : i;
                }))
                .map(d -> new DvoKeuze(
                        d.id(),
                        d.gemeenteCode(),
                        gemeenteNaam(s, d.gemeenteCode()),
                        d.jaar(),
                        d.versienummer(),
                        d.staat() != DvoStaat.CONCEPT,
                        d.versie()))
                .toList();
    }

    /** The DVOs with everything in them, by year then municipality code. */
    @Transactional(readOnly = true)
    public List<Dvo> lijst(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.dvos(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public Dvo dvo(long samenwerkingId, long dvoId) {
        samenwerkingen.vind(samenwerkingId);
        return bestaand(samenwerkingId, dvoId);
    }

    @Transactional(readOnly = true)
    public Dvo.Regel regel(long samenwerkingId, long dvoId, long regelId) {
        return regelVan(dvo(samenwerkingId, dvoId), regelId);
    }

    /**
     * What changed from version {@code van} to version {@code met}: from their agreed lines; the current version
     * while still open counts with its lines as they are now. 404 for a version that does not exist.
     */
    @Transactional(readOnly = true)
    public Verschillen verschillen(long samenwerkingId, long dvoId, int van, int met) {
        Dvo d = dvo(samenwerkingId, dvoId);
        Map<Integer, List<Verschillen.VersieRegel>> vastgelegd =
                repository.versieRegels(List.of(samenwerkingId), false).getOrDefault(dvoId, Map.of());
        return Verschillen.tussen(van, regelsVan(d, vastgelegd, van), met, regelsVan(d, vastgelegd, met));
    }

    /** The name of the client municipality (the code when it is no party any more). */
    public static String gemeenteNaam(Samenwerking s, String code) {
        return s.gemeenten().stream()
                .filter(g -> g.code().equals(code))
                .map(Gemeente::naam)
                .findFirst()
                .orElseGet(() -> s.vertrokken().stream()
                        .filter(v -> v.code().equals(code))
                        .map(v -> v.gemeente().naam())
                        .findFirst()
                        .orElse(code));
    }

    /** What the current user may do with this DVO (to show or hide the forms). */
    public Mag mag(Samenwerking s, Dvo d) {
        Gebruiker g = HuidigeGebruiker.get();
        return new Mag(
                AfsprakenRechten.beheren(g, s).ja(),
                AfsprakenRechten.regels(g, s, d.gemeenteCode()).ja()
                        && d.staat().bewerkbaar(),
                AfsprakenRechten.vaststellen(g, s, d.gemeenteCode()).ja());
    }

    /** Whether the current user may make DVOs (to show or hide the form). */
    public boolean kanBeheren(Samenwerking s) {
        return AfsprakenRechten.beheren(HuidigeGebruiker.get(), s).ja();
    }

    /**
     * @param beheren the rek, its register, review dates
     * @param regels change lines now
     * @param vaststellen agree the version or open a revision
     */
    public record Mag(boolean beheren, boolean regels, boolean vaststellen) {}

    // ---- DVO ----

    /**
     * A new DVO for a client municipality and year, as a concept (version 1), with the review dates the rhythm
     * proposes (quarterly during the transition period, otherwise halfway the year). 409 when one exists.
     */
    @Transactional
    public Dvo maakDvo(long samenwerkingId, DvoInvoer.Nieuw invoer) {
        Samenwerking s = teBeheren(samenwerkingId);
        Fouten fouten = new Fouten();
        String gemeente = invoer.gemeente() == null || invoer.gemeente().isBlank()
                ? null
                : invoer.gemeente().strip().toUpperCase(Locale.ROOT);
        if (gemeente == null) {
            fouten.voeg("gemeente", "afspraken.fout.gemeente-verplicht");
        } else if (!s.neemtDeel(gemeente)) {
            fouten.voeg("gemeente", "afspraken.fout.gemeente-geen-deelnemer", gemeente);
        }
        Integer jaar = invoer.jaar();
        if (jaar == null || jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
            fouten.voeg("jaar", "afspraken.fout.jaar", EERSTE_JAAR, LAATSTE_JAAR);
        }
        fouten.gooiAlsNietLeeg();
        String gm = Objects.requireNonNull(gemeente);
        int j = Objects.requireNonNull(jaar);
        if (repository.bestaatDvo(samenwerkingId, gm, j)) {
            throw new ConflictException("afspraken.fout.dvo-bestaat", List.of());
        }
        long id = repository.maakDvo(samenwerkingId, gm, j);
        repository.maakVersie(
                id, samenwerkingId, 1, null, null, HuidigeGebruiker.get().gebruikersnaam());
        for (AfsprakenRitme.Voorstel v : AfsprakenRitme.herzieningsmomenten(overgang.transitie(samenwerkingId), j)) {
            repository.maakMoment(id, samenwerkingId, v.datum(), teksten.t(v.onderwerpSleutel(), v.kwartaal()));
        }
        Dvo na = bestaand(samenwerkingId, id);
        audit.legVast(Actie.AANGEMAAKT, "afspraken_dvo", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /**
     * Agrees the current version: stores its lines as that version, who and when. 409 when it is agreed already.
     */
    @Transactional
    public Dvo stelVast(long samenwerkingId, long dvoId, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Dvo voor = bestaand(samenwerkingId, dvoId);
        AfsprakenRechten.vaststellen(HuidigeGebruiker.get(), s, voor.gemeenteCode())
                .eis(s, "vaststellen dvo " + dvoId);
        if (!voor.staat().bewerkbaar()) {
            throw new ConflictException("afspraken.fout.al-vastgesteld", List.of());
        }
        if (voor.versie() != versie || !repository.zetStaat(dvoId, versie, DvoStaat.VASTGESTELD, voor.versienummer())) {
            throw new VersieConflictException();
        }
        repository.stelVast(
                dvoId,
                samenwerkingId,
                voor.versienummer(),
                HuidigeGebruiker.get().gebruikersnaam(),
                momentopname(samenwerkingId, voor));
        Dvo na = bestaand(samenwerkingId, dvoId);
        audit.legVast(Actie.GEWIJZIGD, "afspraken_dvo", dvoId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /**
     * Opens a revision (herprogrammering) of an agreed DVO: a new version with {@code reden}, optionally with the
     * matter that led to it. Locks, checks {@code versie} (412), audits, publishes the module's event. Refused
     * (409) while the DVO was never agreed or while a revision is already open; 400 for a blank or too long reason.
     */
    @Transactional
    public Herziening herzie(
            long samenwerkingId, long dvoId, long versie, String reden, @Nullable Aanleiding aanleiding) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Dvo voor = bestaand(samenwerkingId, dvoId);
        AfsprakenRechten.vaststellen(HuidigeGebruiker.get(), s, voor.gemeenteCode())
                .eis(s, "herzien dvo " + dvoId);
        Fouten fouten = new Fouten();
        fouten.tekst("reden", reden, MAX_REDEN);
        if (aanleiding != null) {
            fouten.tekst("aanleiding", aanleiding.titel(), Fouten.MAX_KORT);
        }
        fouten.gooiAlsNietLeeg();
        if (voor.staat() == DvoStaat.CONCEPT) {
            throw new ConflictException("afspraken.fout.nooit-vastgesteld", List.of());
        }
        if (voor.staat() == DvoStaat.HERZIENING) {
            throw new ConflictException("afspraken.fout.herziening-open", List.of());
        }
        int nummer = voor.versienummer() + 1;
        if (voor.versie() != versie || !repository.zetStaat(dvoId, versie, DvoStaat.HERZIENING, nummer)) {
            throw new VersieConflictException();
        }
        Aanleiding schoon = aanleiding == null
                ? null
                : new Aanleiding(
                        aanleiding.soort(), aanleiding.id(), aanleiding.titel().strip());
        repository.maakVersie(
                dvoId,
                samenwerkingId,
                nummer,
                reden.strip(),
                schoon,
                HuidigeGebruiker.get().gebruikersnaam());
        Dvo na = bestaand(samenwerkingId, dvoId);
        Map<String, @Nullable Object> nieuw = velden(na);
        nieuw.put("reden", reden.strip());
        nieuw.put("aanleiding", schoon == null ? null : schoon.soort() + " " + schoon.id() + ": " + schoon.titel());
        audit.legVast(Actie.GEWIJZIGD, "afspraken_dvo", dvoId, samenwerkingId, velden(voor), nieuw);
        gewijzigd(samenwerkingId);
        return new Herziening(dvoId, nummer, na.versie());
    }

    // ---- lines ----

    @Transactional
    public Dvo.Regel maakRegel(long samenwerkingId, long dvoId, DvoInvoer.Regel invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Dvo d = teBewerken(s, dvoId);
        AfsprakenRepository.Regelwaarden ok = controleer(samenwerkingId, invoer);
        long id = repository.maakRegel(dvoId, samenwerkingId, ok);
        Dvo.Regel na = regelVan(bestaand(samenwerkingId, dvoId), id);
        audit.legVast(Actie.AANGEMAAKT, "afspraken_regel", id, samenwerkingId, Map.of(), velden(d, na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public Dvo.Regel wijzigRegel(long samenwerkingId, long dvoId, long regelId, long versie, DvoInvoer.Regel invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Dvo d = teBewerken(s, dvoId);
        Dvo.Regel voor = regelVan(d, regelId);
        AfsprakenRepository.Regelwaarden ok = controleer(samenwerkingId, invoer);
        if (voor.versie() != versie || !repository.wijzigRegel(regelId, versie, ok)) {
            throw new VersieConflictException();
        }
        Dvo.Regel na = regelVan(bestaand(samenwerkingId, dvoId), regelId);
        audit.legVast(Actie.GEWIJZIGD, "afspraken_regel", regelId, samenwerkingId, velden(d, voor), velden(d, na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public void verwijderRegel(long samenwerkingId, long dvoId, long regelId, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Dvo d = teBewerken(s, dvoId);
        Dvo.Regel voor = regelVan(d, regelId);
        if (voor.versie() != versie || !repository.verwijderRegel(regelId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(Actie.VERWIJDERD, "afspraken_regel", regelId, samenwerkingId, velden(d, voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    /** The status a new line gets when none is given today (INDICATIEF while the transition period runs). */
    @Transactional(readOnly = true)
    public RegelStatus standaardStatus(long samenwerkingId) {
        return AfsprakenRitme.standaardStatus(overgang.transitie(samenwerkingId), vandaag());
    }

    // ---- rek ----

    /** Reserves hours and/or euros to be filled in during the year, with an explanation. */
    @Transactional
    public Dvo zetRek(long samenwerkingId, long dvoId, long versie, DvoInvoer.Rek invoer) {
        teBeheren(samenwerkingId);
        Dvo voor = bestaand(samenwerkingId, dvoId);
        Fouten fouten = new Fouten();
        BigDecimal uren = getal(fouten, "uren", invoer.uren());
        BigDecimal euro = bedrag(fouten, "euro", invoer.euro());
        fouten.optioneleTekst("toelichting", invoer.toelichting(), MAX_REDEN);
        boolean iets = (uren != null && uren.signum() > 0) || (euro != null && euro.signum() > 0);
        String toelichting = leegIsNull(invoer.toelichting());
        if (iets && toelichting == null) {
            fouten.voeg("toelichting", "afspraken.fout.rek-toelichting");
        }
        if (uren != null && uren.compareTo(voor.gebruikteUren()) < 0) {
            fouten.voeg(
                    "uren",
                    "afspraken.fout.rek-onder-gebruik",
                    voor.gebruikteUren().toPlainString());
        }
        if (euro != null && euro.compareTo(voor.gebruikteEuro()) < 0) {
            fouten.voeg("euro", "afspraken.fout.rek-onder-gebruik", Bedrag.formatteer(voor.gebruikteEuro()));
        }
        fouten.gooiAlsNietLeeg();
        if (voor.versie() != versie || !repository.zetRek(dvoId, versie, uren, euro, toelichting)) {
            throw new VersieConflictException();
        }
        Dvo na = bestaand(samenwerkingId, dvoId);
        audit.legVast(Actie.GEWIJZIGD, "afspraken_dvo", dvoId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Records a use of the rek; refused (400) when it asks more than remains. */
    @Transactional
    public Dvo.Rekgebruik gebruikRek(long samenwerkingId, long dvoId, DvoInvoer.Gebruik invoer) {
        teBeheren(samenwerkingId);
        Dvo d = bestaand(samenwerkingId, dvoId);
        Fouten fouten = new Fouten();
        LocalDate datum = invoer.datum() == null ? vandaag() : invoer.datum();
        BigDecimal uren = getal(fouten, "uren", invoer.uren());
        BigDecimal euro = bedrag(fouten, "euro", invoer.euro());
        fouten.tekst("waarvoor", invoer.waarvoor(), MAX_REDEN);
        boolean geenUren = uren == null || uren.signum() == 0;
        boolean geenEuro = euro == null || euro.signum() == 0;
        if (geenUren && geenEuro && !fouten.heeft("uren") && !fouten.heeft("euro")) {
            fouten.voeg("uren", "afspraken.fout.gebruik-leeg");
        }
        if (uren != null && !geenUren && uren.compareTo(d.resterendeUren()) > 0) {
            fouten.voeg(
                    "uren",
                    "afspraken.fout.gebruik-te-veel-uren",
                    d.resterendeUren().toPlainString());
        }
        if (euro != null && !geenEuro && euro.compareTo(d.resterendeEuro()) > 0) {
            fouten.voeg("euro", "afspraken.fout.gebruik-te-veel-euro", Bedrag.formatteer(d.resterendeEuro()));
        }
        fouten.gooiAlsNietLeeg();
        String door = HuidigeGebruiker.get().gebruikersnaam();
        long id = repository.maakGebruik(
                dvoId,
                samenwerkingId,
                datum,
                geenUren ? null : uren,
                geenEuro ? null : euro,
                Objects.requireNonNull(invoer.waarvoor()).strip(),
                door);
        Dvo.Rekgebruik na = bestaand(samenwerkingId, dvoId).gebruik().stream()
                .filter(g -> g.id() == id)
                .findFirst()
                .orElseThrow();
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("dvo", dvoId);
        velden.put("datum", na.datum().toString());
        velden.put("uren", na.uren());
        velden.put("euro", na.euro());
        velden.put("waarvoor", na.waarvoor());
        audit.legVast(Actie.AANGEMAAKT, "afspraken_rekgebruik", id, samenwerkingId, Map.of(), velden);
        gewijzigd(samenwerkingId);
        return na;
    }

    // ---- review dates ----

    @Transactional
    public Dvo.Herzieningsmoment maakMoment(long samenwerkingId, long dvoId, DvoInvoer.Moment invoer) {
        teBeheren(samenwerkingId);
        bestaand(samenwerkingId, dvoId);
        Fouten fouten = new Fouten();
        if (invoer.datum() == null) {
            fouten.voeg("datum", "afspraken.fout.datum-verplicht");
        }
        fouten.tekst("onderwerp", invoer.onderwerp(), Fouten.MAX_KORT);
        fouten.gooiAlsNietLeeg();
        long id = repository.maakMoment(
                dvoId,
                samenwerkingId,
                Objects.requireNonNull(invoer.datum()),
                Objects.requireNonNull(invoer.onderwerp()).strip());
        Dvo.Herzieningsmoment na = momentVan(bestaand(samenwerkingId, dvoId), id);
        audit.legVast(Actie.AANGEMAAKT, "afspraken_moment", id, samenwerkingId, Map.of(), velden(dvoId, na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public void verwijderMoment(long samenwerkingId, long dvoId, long momentId) {
        teBeheren(samenwerkingId);
        Dvo.Herzieningsmoment voor = momentVan(bestaand(samenwerkingId, dvoId), momentId);
        repository.verwijderMoment(dvoId, momentId);
        audit.legVast(Actie.VERWIJDERD, "afspraken_moment", momentId, samenwerkingId, velden(dvoId, voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- helpers ----

    private Samenwerking teBeheren(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        AfsprakenRechten.beheren(HuidigeGebruiker.get(), s).eis(s, "dvo (samenwerking " + samenwerkingId + ")");
        return s;
    }

    /** The DVO whose lines the user wants to change: allowed for them, and open (concept or revision). */
    private Dvo teBewerken(Samenwerking s, long dvoId) {
        Dvo d = bestaand(s.id(), dvoId);
        AfsprakenRechten.regels(HuidigeGebruiker.get(), s, d.gemeenteCode()).eis(s, "regels dvo " + dvoId);
        if (!d.staat().bewerkbaar()) {
            throw new ConflictException("afspraken.fout.vastgesteld", List.of());
        }
        return d;
    }

    private Dvo bestaand(long samenwerkingId, long dvoId) {
        return repository.dvo(samenwerkingId, dvoId).orElseThrow(() -> new NietGevondenException("dvo"));
    }

    private static Dvo.Regel regelVan(Dvo d, long regelId) {
        return d.regels().stream()
                .filter(r -> r.id() == regelId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("regel"));
    }

    private static Dvo.Herzieningsmoment momentVan(Dvo d, long momentId) {
        return d.momenten().stream()
                .filter(m -> m.id() == momentId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("herzieningsmoment"));
    }

    /** The lines of version {@code nummer}: its snapshot, or the live lines of the open current version. */
    private List<Verschillen.VersieRegel> regelsVan(
            Dvo d, Map<Integer, List<Verschillen.VersieRegel>> vastgelegd, int nummer) {
        Optional<Dvo.Versie> v =
                d.versies().stream().filter(x -> x.nummer() == nummer).findFirst();
        if (v.isEmpty()) {
            throw new NietGevondenException("versie");
        }
        if (v.get().vastgesteld()) {
            return vastgelegd.getOrDefault(nummer, List.of());
        }
        return momentopname(d.samenwerkingId(), d);
    }

    /** The DVO's lines now, with the names of their services and variants. */
    private List<Verschillen.VersieRegel> momentopname(long samenwerkingId, Dvo d) {
        List<Dienst> diensten = repository.diensten(samenwerkingId);
        List<Verschillen.VersieRegel> uit = new ArrayList<>();
        for (Dvo.Regel r : d.regels()) {
            Dienst dienst = diensten.stream()
                    .filter(x -> x.id() == r.dienstId())
                    .findFirst()
                    .orElseThrow();
            String variant = r.variantId() == null
                    ? null
                    : dienst.varianten().stream()
                            .filter(x -> x.id() == r.variantId())
                            .map(Dienst.Variant::naam)
                            .findFirst()
                            .orElse(null);
            uit.add(new Verschillen.VersieRegel(
                    r.id(),
                    r.dienstId(),
                    dienst.naam(),
                    r.variantId(),
                    variant,
                    r.resultaat(),
                    r.processtappen(),
                    r.indicatoren(),
                    r.indicatorReden(),
                    r.prijs(),
                    r.volume(),
                    r.eenheid(),
                    r.status()));
        }
        return uit;
    }

    private AfsprakenRepository.Regelwaarden controleer(long samenwerkingId, DvoInvoer.Regel invoer) {
        Fouten fouten = new Fouten();
        Dienst dienst = null;
        if (invoer.dienst() == null) {
            fouten.voeg("dienst", "afspraken.fout.dienst-verplicht");
        } else {
            dienst = repository.dienst(samenwerkingId, invoer.dienst()).orElse(null);
            if (dienst == null) {
                fouten.voeg("dienst", "afspraken.fout.dienst-onbekend");
            }
        }
        if (invoer.variant() != null
                && dienst != null
                && dienst.varianten().stream().noneMatch(v -> v.id() == invoer.variant())) {
            fouten.voeg("variant", "afspraken.fout.variant-onbekend");
        }
        fouten.tekst("resultaat", invoer.resultaat(), MAX_RESULTAAT);
        fouten.optioneleTekst("processtappen", invoer.processtappen(), Fouten.MAX_LANG);
        List<String> indicatoren = new ArrayList<>();
        for (String i : invoer.indicatoren() == null ? List.<String>of() : invoer.indicatoren()) {
            String schoon = i == null ? "" : i.strip().replaceAll("\\s+", " ");
            if (schoon.length() > MAX_INDICATOR) {
                fouten.voeg("indicatoren", "afspraken.fout.indicator-te-lang", MAX_INDICATOR);
            } else if (!schoon.isEmpty()) {
                indicatoren.add(schoon);
            }
        }
        if (indicatoren.size() > MAX_INDICATOREN) {
            fouten.voeg("indicatoren", "afspraken.fout.indicatoren-te-veel", MAX_INDICATOREN);
        }
        fouten.optioneleTekst("indicatorReden", invoer.indicatorReden(), MAX_REDEN);
        String reden = leegIsNull(invoer.indicatorReden());
        int plafond = repository.instelling(samenwerkingId).indicatorplafond();
        if (indicatoren.size() > plafond && reden == null) {
            fouten.voeg("indicatorReden", "afspraken.fout.indicator-reden", indicatoren.size(), plafond);
        }
        BigDecimal prijs = bedrag(fouten, "prijs", invoer.prijs());
        BigDecimal volume = getal(fouten, "volume", invoer.volume());
        fouten.optioneleTekst("eenheid", invoer.eenheid(), MAX_EENHEID);
        fouten.gooiAlsNietLeeg();
        RegelStatus status = invoer.status() != null ? invoer.status() : standaardStatus(samenwerkingId);
        return new AfsprakenRepository.Regelwaarden(
                Objects.requireNonNull(invoer.dienst()),
                invoer.variant(),
                Objects.requireNonNull(invoer.resultaat()).strip(),
                leegIsNull(invoer.processtappen()),
                indicatoren,
                indicatoren.size() > plafond ? reden : leegIsNull(invoer.indicatorReden()),
                prijs,
                volume,
                leegIsNull(invoer.eenheid()),
                status);
    }

    /** An amount of euros (platform.Bedrag rules); null when not given. */
    private static @Nullable BigDecimal bedrag(Fouten fouten, String veld, @Nullable BigDecimal waarde) {
        Bedrag.Uitkomst u = Bedrag.van(waarde);
        if (!u.gelukt()) {
            fouten.voeg(veld, Objects.requireNonNull(u.foutSleutel()));
            return null;
        }
        return u.bedrag();
    }

    /** A number of hours or a volume: not negative, at most two decimals, not absurdly large. */
    private static @Nullable BigDecimal getal(Fouten fouten, String veld, @Nullable BigDecimal waarde) {
        if (waarde == null) {
            return null;
        }
        BigDecimal kaal = waarde.stripTrailingZeros();
        if (waarde.signum() < 0 || kaal.scale() > 2 || (long) kaal.precision() - kaal.scale() > Bedrag.MAX_CIJFERS) {
            fouten.voeg(veld, "afspraken.fout.getal");
            return null;
        }
        return kaal.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static @Nullable String leegIsNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private static LocalDate vandaag() {
        return LocalDate.now(Tijdstip.NEDERLAND);
    }

    private void gewijzigd(long samenwerkingId) {
        events.publishEvent(new AfsprakenGewijzigd(samenwerkingId));
    }

    private static Map<String, @Nullable Object> velden(Dvo d) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("gemeente", d.gemeenteCode());
        v.put("jaar", d.jaar());
        v.put("staat", d.staat().name());
        v.put("versienummer", d.versienummer());
        v.put("rekUren", d.rekUren());
        v.put("rekEuro", d.rekEuro());
        v.put("rekToelichting", d.rekToelichting());
        return v;
    }

    private static Map<String, @Nullable Object> velden(Dvo d, Dvo.Regel r) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("dvo", d.id());
        v.put("versienummer", d.versienummer());
        v.put("dienst", r.dienstId());
        v.put("variant", r.variantId());
        v.put("resultaat", r.resultaat());
        v.put("processtappen", r.processtappen());
        v.put("indicatoren", r.indicatoren());
        v.put("indicatorReden", r.indicatorReden());
        v.put("prijs", r.prijs());
        v.put("volume", r.volume());
        v.put("eenheid", r.eenheid());
        v.put("status", r.status().name());
        return v;
    }

    private static Map<String, @Nullable Object> velden(long dvoId, Dvo.Herzieningsmoment m) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("dvo", dvoId);
        v.put("datum", m.datum().toString());
        v.put("onderwerp", m.onderwerp());
        return v;
    }
}
