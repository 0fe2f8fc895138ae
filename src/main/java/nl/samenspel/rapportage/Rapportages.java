package nl.samenspel.rapportage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.afspraken.Afspraken;
import nl.samenspel.afspraken.Dienst;
import nl.samenspel.afspraken.Dienstencatalogus;
import nl.samenspel.afspraken.Dvo;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Teksten;
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
 * The progress reports per client DVO per period (issue 14, rule 7). The regisseur or an uitvoerder makes a report
 * for a DVO and a period that does not overlap another report on that DVO; its lines copy the DVO's lines. They fill
 * in a status, the indicator values and a narrative per line, and submit it once every line has a status and a
 * narrative; after that it no longer changes. Reading is for them and the client municipality's people
 * ({@link RapportageRechten}); a report of another client is 404 (its existence is not revealed). Page and API both
 * come here. Every write locks the samenwerking, checks the version, is audited and publishes {@link
 * RapportageGewijzigd}.
 */
@Service
public class Rapportages {

    public static final int MAX_VERHAAL = 4000;

    private final RapportageRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final Afspraken afspraken;
    private final Dienstencatalogus catalogus;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Teksten teksten;

    Rapportages(
            RapportageRepository repository,
            Samenwerkingen samenwerkingen,
            Afspraken afspraken,
            Dienstencatalogus catalogus,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Teksten teksten) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.afspraken = afspraken;
        this.catalogus = catalogus;
        this.audit = audit;
        this.events = events;
        this.teksten = teksten;
    }

    // ---- for other modules ----

    /**
     * The report {@code rapportageId} of samenwerking {@code samenwerkingId}, without an access check: for the
     * conversation module, which checks who may see the conversation itself. Empty when there is no such report.
     */
    @Transactional(readOnly = true)
    public Optional<Rapportageinhoud> inhoud(long samenwerkingId, long rapportageId) {
        return repository.rapportage(samenwerkingId, rapportageId).map(Rapportages::inhoud);
    }

    static Rapportageinhoud inhoud(Rapportage r) {
        return new Rapportageinhoud(
                r.id(),
                r.dvoId(),
                r.gemeenteCode(),
                r.van(),
                r.tot(),
                r.ingediend(),
                r.lijnen().stream()
                        .map(l -> new Rapportageinhoud.Lijn(
                                l.regelId(),
                                l.dienst(),
                                l.resultaat(),
                                l.status(),
                                l.verhaal() == null ? "" : l.verhaal(),
                                l.waarden().stream()
                                        .map(w -> new Rapportageinhoud.Indicatorwaarde(w.indicator(), w.waarde()))
                                        .toList()))
                        .toList());
    }

    // ---- reading ----

    /** The reports the current user may read, oldest period first (404 when the samenwerking is not visible). */
    @Transactional(readOnly = true)
    public List<Rapportage> rapportages(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        return repository.rapportages(samenwerkingId).stream()
                .filter(r -> RapportageRechten.lezen(g, s, r.gemeenteCode()))
                .toList();
    }

    /** One report; 404 when it does not exist or belongs to a client the user may not read. */
    @Transactional(readOnly = true)
    public Rapportage rapportage(long samenwerkingId, long rapportageId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        return leesbaar(s, rapportageId);
    }

    /** The trends of the submitted reports the current user may read. */
    @Transactional(readOnly = true)
    public Trends trends(long samenwerkingId) {
        return Trends.uit(rapportages(samenwerkingId));
    }

    /** The readable name of a period ("2e kwartaal 2027"). */
    public String periode(Periode p) {
        return p.tekst(teksten);
    }

    /** Whether the current user may make and fill in reports (to show or hide the forms). */
    public boolean kanSchrijven(Samenwerking s) {
        return RapportageRechten.schrijven(HuidigeGebruiker.get(), s).ja();
    }

    /** The DVOs a report can be made for (those with lines), for the form. */
    @Transactional(readOnly = true)
    public List<Dvo> dvos(long samenwerkingId) {
        return afspraken.lijst(samenwerkingId).stream()
                .filter(d -> !d.regels().isEmpty())
                .toList();
    }

    // ---- writing ----

    /**
     * A new concept report on a DVO for a period. 400 when the DVO is missing, unknown here or has no lines, when a
     * day is missing or the period runs backwards, or when it overlaps another report on that DVO (named).
     */
    @Transactional
    public Rapportage maak(long samenwerkingId, RapportageInvoer.Nieuw invoer) {
        Samenwerking s = teSchrijven(samenwerkingId);
        Fouten fouten = new Fouten();
        Dvo dvo = null;
        if (invoer.dvo() == null) {
            fouten.voeg("dvo", "rapportage.fout.dvo-verplicht");
        } else {
            long gevraagd = invoer.dvo();
            dvo = afspraken.lijst(samenwerkingId).stream()
                    .filter(d -> d.id() == gevraagd)
                    .findFirst()
                    .orElse(null);
            if (dvo == null) {
                fouten.voeg("dvo", "rapportage.fout.dvo-onbekend");
            } else if (dvo.regels().isEmpty()) {
                fouten.voeg("dvo", "rapportage.fout.dvo-zonder-regels");
            }
        }
        LocalDate van = dag(fouten, "van", invoer.van(), "rapportage.fout.van-verplicht");
        LocalDate tot = dag(fouten, "tot", invoer.tot(), "rapportage.fout.tot-verplicht");
        if (van != null && tot != null && tot.isBefore(van)) {
            fouten.voeg("tot", "rapportage.fout.tot-voor-van");
        }
        if (dvo != null && van != null && tot != null && !tot.isBefore(van)) {
            Periode nieuw = new Periode(van, tot);
            long dvoId = dvo.id();
            repository.rapportages(samenwerkingId).stream()
                    .filter(r -> r.dvoId() == dvoId && r.periode().overlapt(nieuw))
                    .findFirst()
                    .ifPresent(r -> fouten.voeg("van", "rapportage.fout.overlap", periode(r.periode())));
        }
        fouten.gooiAlsNietLeeg();
        Dvo d = Objects.requireNonNull(dvo);
        Map<Long, String> namen = new LinkedHashMap<>();
        for (Dienst dienst : catalogus.diensten(samenwerkingId)) {
            namen.put(dienst.id(), dienst.naam());
        }
        List<RapportageRepository.NieuweLijn> lijnen = d.regels().stream()
                .map(r -> new RapportageRepository.NieuweLijn(
                        r.id(),
                        r.dienstId(),
                        namen.getOrDefault(r.dienstId(), "#" + r.dienstId()),
                        r.resultaat(),
                        r.indicatoren()))
                .toList();
        long id = repository.maak(
                samenwerkingId,
                d.id(),
                d.gemeenteCode(),
                d.jaar(),
                Objects.requireNonNull(van),
                Objects.requireNonNull(tot),
                HuidigeGebruiker.get().gebruikersnaam(),
                lijnen);
        Rapportage na = bestaand(samenwerkingId, id);
        audit.legVast(Actie.AANGEMAAKT, "rapportage_rapportage", id, s.id(), Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /**
     * Fills in one line of a concept report: status, narrative, the values of its indicators (as many as the line
     * has, or none). {@code versie} is the report's version. 409 once submitted.
     */
    @Transactional
    public Rapportage wijzigLijn(
            long samenwerkingId, long rapportageId, long lijnId, long versie, RapportageInvoer.Lijn invoer) {
        teSchrijven(samenwerkingId);
        Rapportage voor = bestaand(samenwerkingId, rapportageId);
        Rapportage.Lijn lijn = voor.lijn(lijnId);
        nogConcept(voor);
        Fouten fouten = new Fouten();
        fouten.optioneleTekst("verhaal", invoer.verhaal(), MAX_VERHAAL);
        List<@Nullable BigDecimal> waarden = new ArrayList<>();
        List<@Nullable BigDecimal> gegeven = invoer.waarden() == null ? List.of() : invoer.waarden();
        if (gegeven.size() > lijn.waarden().size()) {
            fouten.voeg(
                    "waarden", "rapportage.fout.te-veel-waarden", lijn.waarden().size());
        }
        for (int i = 0; i < lijn.waarden().size(); i++) {
            BigDecimal w = i < gegeven.size() ? gegeven.get(i) : null;
            if (w != null && (w.precision() - w.scale() > 15 || w.scale() > 4)) {
                fouten.voeg("waarden[" + i + "]", "rapportage.fout.waarde-te-groot");
            }
            waarden.add(w);
        }
        fouten.gooiAlsNietLeeg();
        if (voor.versie() != versie || !repository.verhoog(rapportageId, versie)) {
            throw new VersieConflictException();
        }
        String verhaal = invoer.verhaal() == null || invoer.verhaal().isBlank()
                ? null
                : invoer.verhaal().strip();
        repository.wijzigLijn(lijnId, invoer.status(), verhaal, waarden);
        Rapportage na = bestaand(samenwerkingId, rapportageId);
        audit.legVast(
                Actie.GEWIJZIGD, "rapportage_lijn", lijnId, samenwerkingId, velden(lijn), velden(na.lijn(lijnId)));
        gewijzigd(samenwerkingId);
        return na;
    }

    /**
     * Submits a concept report. 400 naming every line without a status or narrative; 409 when already submitted.
     */
    @Transactional
    public Rapportage dienIn(long samenwerkingId, long rapportageId, long versie) {
        teSchrijven(samenwerkingId);
        Rapportage voor = bestaand(samenwerkingId, rapportageId);
        nogConcept(voor);
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        List<Rapportage.Lijn> onvolledig = voor.onvolledig();
        if (!onvolledig.isEmpty()) {
            Fouten fouten = new Fouten();
            for (Rapportage.Lijn l : onvolledig) {
                String ontbreekt = l.status() == null && !l.heeftVerhaal()
                        ? "rapportage.fout.ontbreekt.beide"
                        : l.status() == null ? "rapportage.fout.ontbreekt.status" : "rapportage.fout.ontbreekt.verhaal";
                fouten.voeg(
                        "lijn-" + l.id(),
                        "rapportage.fout.lijn-onvolledig",
                        l.dienst(),
                        l.resultaat(),
                        teksten.t(ontbreekt));
            }
            throw new OngeldigeInvoerException(fouten);
        }
        if (!repository.dienIn(rapportageId, versie, HuidigeGebruiker.get().gebruikersnaam())) {
            throw new VersieConflictException();
        }
        Rapportage na = bestaand(samenwerkingId, rapportageId);
        audit.legVast(Actie.GEWIJZIGD, "rapportage_rapportage", rapportageId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Deletes a concept report (a submitted one stays: 409). */
    @Transactional
    public void verwijder(long samenwerkingId, long rapportageId, long versie) {
        teSchrijven(samenwerkingId);
        Rapportage voor = bestaand(samenwerkingId, rapportageId);
        nogConcept(voor);
        if (voor.versie() != versie || !repository.verwijder(rapportageId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(Actie.VERWIJDERD, "rapportage_rapportage", rapportageId, samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- helpers ----

    private Samenwerking teSchrijven(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        RapportageRechten.schrijven(HuidigeGebruiker.get(), s).eis(s, "rapportage schrijven");
        return s;
    }

    private Rapportage leesbaar(Samenwerking s, long rapportageId) {
        Rapportage r = bestaand(s.id(), rapportageId);
        if (!RapportageRechten.lezen(HuidigeGebruiker.get(), s, r.gemeenteCode())) {
            throw new NietGevondenException("rapportage");
        }
        return r;
    }

    private Rapportage bestaand(long samenwerkingId, long rapportageId) {
        return repository
                .rapportage(samenwerkingId, rapportageId)
                .orElseThrow(() -> new NietGevondenException("rapportage"));
    }

    private static void nogConcept(Rapportage r) {
        if (r.ingediend()) {
            throw new ConflictException("rapportage.fout.al-ingediend", List.of());
        }
    }

    private static @Nullable LocalDate dag(Fouten fouten, String veld, @Nullable LocalDate dag, String verplicht) {
        if (dag == null) {
            fouten.voeg(veld, verplicht);
            return null;
        }
        if (dag.isBefore(Gebeurdatum.VROEGST)) {
            fouten.voeg(veld, "fout.datum.te-vroeg", Gebeurdatum.VROEGST.getYear());
            return null;
        }
        if (dag.getYear() > 2200) {
            fouten.voeg(veld, "rapportage.fout.datum-te-laat");
            return null;
        }
        return dag;
    }

    private void gewijzigd(long samenwerkingId) {
        events.publishEvent(new RapportageGewijzigd(samenwerkingId));
    }

    private static Map<String, @Nullable Object> velden(Rapportage r) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("dvo", r.dvoId());
        v.put("gemeente", r.gemeenteCode());
        v.put("van", r.van().toString());
        v.put("tot", r.tot().toString());
        v.put("lijnen", r.lijnen().size());
        v.put("ingediendDoor", r.ingediendDoor());
        return v;
    }

    private static Map<String, @Nullable Object> velden(Rapportage.Lijn l) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("regel", l.regelId());
        v.put("status", l.status() == null ? null : l.status().name());
        v.put("verhaal", l.verhaal());
        for (Rapportage.Waarde w : l.waarden()) {
            v.put(
                    "waarde:" + w.indicator(),
                    w.waarde() == null ? null : w.waarde().toPlainString());
        }
        return v;
    }
}
