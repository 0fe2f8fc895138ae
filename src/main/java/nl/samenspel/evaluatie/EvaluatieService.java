package nl.samenspel.evaluatie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gemeente.GemeenteCode;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.regeling.RegelingOnderdeel;
import nl.samenspel.regeling.Regelingen;
import nl.samenspel.regeling.Regelinginhoud;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation and exit (rule 3): evaluations with their follow-up actions, a party's uittreding and the opheffing of
 * the whole samenwerking. Page and API both come here; reading is for everyone who sees the samenwerking, writing
 * as {@link EvaluatieRechten} says. Every write locks the samenwerking, checks the version, is audited and publishes
 * {@link EvaluatieGewijzigd}.
 *
 * <p>The uittreding flow: AANGEKONDIGD → VOORWAARDEN_VASTGESTELD (needs the conditions and the settlement) →
 * AFGEROND (only on or after its day; the party leaves through {@link Samenwerkingen#vertrek} in the same
 * transaction, and what it recorded stays as history); INGETROKKEN from the first two. Going straight from
 * AANGEKONDIGD to AFGEROND is allowed on purpose: a party may leave while the settlement is still being argued
 * about (the regeling's exit terms apply anyway), and refusing would only make the regisseur type something to get
 * past the check. The toets flags such an uittreding (an uittreding without settled conditions), which is the
 * honest signal. AFGEROND and INGETROKKEN are final.
 */
@Service
public class EvaluatieService {

    public static final int MAX_KORT = Fouten.MAX_KORT;
    public static final int MAX_MIDDEL = 2000;
    public static final int MAX_LANG = Fouten.MAX_LANG;

    private final EvaluatieRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final Regelingen regelingen;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    EvaluatieService(
            EvaluatieRepository repository,
            Samenwerkingen samenwerkingen,
            Regelingen regelingen,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.regelingen = regelingen;
        this.audit = audit;
        this.events = events;
    }

    /** Today in the Netherlands: the day against which "over tijd" is computed. */
    public LocalDate vandaag() {
        return Gebeurdatum.vandaag();
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public List<Evaluatie> evaluaties(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.evaluaties(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public Evaluatie evaluatie(long samenwerkingId, long evaluatieId) {
        samenwerkingen.vind(samenwerkingId);
        return bestaand(samenwerkingId, evaluatieId);
    }

    @Transactional(readOnly = true)
    public Actie actie(long samenwerkingId, long evaluatieId, long actieId) {
        return actieVan(evaluatie(samenwerkingId, evaluatieId), actieId);
    }

    @Transactional(readOnly = true)
    public List<Uittreding> uittredingen(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.uittredingen(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public Uittreding uittreding(long samenwerkingId, long uittredingId) {
        samenwerkingen.vind(samenwerkingId);
        return bestaandeUittreding(samenwerkingId, uittredingId);
    }

    /** The opheffing, empty while none is recorded. */
    @Transactional(readOnly = true)
    public Optional<Opheffing> opheffing(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.opheffing(samenwerkingId);
    }

    /**
     * What the regeling says about {@code onderdeel} (its checklist item with mark and reference); empty when the
     * chosen form does not ask for it or no form is chosen yet.
     */
    @Transactional(readOnly = true)
    public Optional<Regelinginhoud.Item> regeling(long samenwerkingId, RegelingOnderdeel onderdeel) {
        Regelinginhoud inhoud = regelingen.inhoud(samenwerkingId);
        return java.util.stream.Stream.concat(inhoud.vereist().stream(), inhoud.nietMeerVereist().stream())
                .filter(i -> i.onderdeel() == onderdeel)
                .findFirst();
    }

    // ---- evaluations ----

    @Transactional
    public Evaluatie maakEvaluatie(long samenwerkingId, EvaluatieInvoer invoer) {
        teEvalueren(samenwerkingId);
        GecontroleerdeEvaluatie ok = controleer(invoer);
        long id = repository.maakEvaluatie(samenwerkingId, ok);
        Evaluatie na = bestaand(samenwerkingId, id);
        audit.legVast(
                nl.samenspel.audit.Actie.AANGEMAAKT, "evaluatie_evaluatie", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public Evaluatie wijzigEvaluatie(long samenwerkingId, long evaluatieId, long versie, EvaluatieInvoer invoer) {
        teEvalueren(samenwerkingId);
        Evaluatie voor = bestaand(samenwerkingId, evaluatieId);
        GecontroleerdeEvaluatie ok = controleer(invoer);
        if (voor.versie() != versie || !repository.wijzigEvaluatie(evaluatieId, versie, ok)) {
            throw new VersieConflictException();
        }
        Evaluatie na = bestaand(samenwerkingId, evaluatieId);
        audit.legVast(
                nl.samenspel.audit.Actie.GEWIJZIGD,
                "evaluatie_evaluatie",
                evaluatieId,
                samenwerkingId,
                velden(voor),
                velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Removes an evaluation with its actions. */
    @Transactional
    public void verwijderEvaluatie(long samenwerkingId, long evaluatieId, long versie) {
        teEvalueren(samenwerkingId);
        Evaluatie voor = bestaand(samenwerkingId, evaluatieId);
        if (voor.versie() != versie || !repository.verwijderEvaluatie(evaluatieId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(
                nl.samenspel.audit.Actie.VERWIJDERD,
                "evaluatie_evaluatie",
                evaluatieId,
                samenwerkingId,
                velden(voor),
                Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- actions ----

    @Transactional
    public Actie maakActie(long samenwerkingId, long evaluatieId, ActieInvoer invoer) {
        teEvalueren(samenwerkingId);
        bestaand(samenwerkingId, evaluatieId);
        GecontroleerdeActie ok = controleer(invoer);
        long id = repository.maakActie(evaluatieId, samenwerkingId, ok);
        Actie na = actieVan(bestaand(samenwerkingId, evaluatieId), id);
        audit.legVast(nl.samenspel.audit.Actie.AANGEMAAKT, "evaluatie_actie", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /**
     * Changes an action. The regisseur changes everything; an uitvoerder who carries the samenwerking out only
     * whether it is done ({@code afgerond}): the rest of what it sends is ignored.
     */
    @Transactional
    public Actie wijzigActie(long samenwerkingId, long evaluatieId, long actieId, long versie, ActieInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        boolean alles = EvaluatieRechten.evalueren(g, s).ja();
        if (!alles) {
            EvaluatieRechten.actieAfronden(g, s).eis(s, "actie (samenwerking " + samenwerkingId + ")");
        }
        Actie voor = actieVan(bestaand(samenwerkingId, evaluatieId), actieId);
        GecontroleerdeActie ok = alles
                ? controleer(invoer)
                : controleer(new ActieInvoer(voor.omschrijving(), voor.eigenaar(), voor.deadline(), invoer.afgerond()));
        if (voor.versie() != versie || !repository.wijzigActie(actieId, versie, ok)) {
            throw new VersieConflictException();
        }
        Actie na = actieVan(bestaand(samenwerkingId, evaluatieId), actieId);
        audit.legVast(
                nl.samenspel.audit.Actie.GEWIJZIGD,
                "evaluatie_actie",
                actieId,
                samenwerkingId,
                velden(voor),
                velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Marks an action done today (the page's button), keeping everything else. */
    @Transactional
    public Actie rondActieAf(long samenwerkingId, long evaluatieId, long actieId, long versie) {
        Actie a = actieVan(bestaand(samenwerkingId, evaluatieId), actieId);
        return wijzigActie(
                samenwerkingId,
                evaluatieId,
                actieId,
                versie,
                new ActieInvoer(a.omschrijving(), a.eigenaar(), a.deadline(), vandaag()));
    }

    @Transactional
    public void verwijderActie(long samenwerkingId, long evaluatieId, long actieId, long versie) {
        teEvalueren(samenwerkingId);
        Actie voor = actieVan(bestaand(samenwerkingId, evaluatieId), actieId);
        if (voor.versie() != versie || !repository.verwijderActie(actieId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(
                nl.samenspel.audit.Actie.VERWIJDERD,
                "evaluatie_actie",
                actieId,
                samenwerkingId,
                velden(voor),
                Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- uittredingen ----

    /** Announces an uittreding; it starts AANGEKONDIGD. */
    @Transactional
    public Uittreding maakUittreding(long samenwerkingId, UittredingInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        Fouten fouten = new Fouten();
        String gemeente = gemeente(fouten, s, invoer.gemeente());
        // Rights before the rest of the input: a user who may not announce for this municipality learns nothing.
        EvaluatieRechten.uittredingWijzigen(g, s, gemeente == null ? g.gemeenteCode() : gemeente)
                .eis(s, "uittreding (samenwerking " + samenwerkingId + ")");
        if (invoer.status() != null && invoer.status() != UittredingStatus.AANGEKONDIGD) {
            throw new ConflictException("evaluatie.fout.uittreding-begint-aangekondigd", List.of());
        }
        Uittreding nieuw = controleer(fouten, samenwerkingId, 0, gemeente, invoer, UittredingStatus.AANGEKONDIGD);
        if (repository.uittredingen(samenwerkingId).stream()
                .anyMatch(u -> u.lopend() && u.gemeenteCode().equals(nieuw.gemeenteCode()))) {
            throw new ConflictException("evaluatie.fout.uittreding-loopt-al", List.of());
        }
        long id = repository.maakUittreding(samenwerkingId, nieuw);
        Uittreding na = bestaandeUittreding(samenwerkingId, id);
        audit.legVast(
                nl.samenspel.audit.Actie.AANGEMAAKT, "evaluatie_uittreding", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /**
     * Changes an uittreding, its status included (see the class comment for the flow). Setting AFGEROND lets the
     * party leave the samenwerking in this transaction.
     */
    @Transactional
    public Uittreding wijzigUittreding(long samenwerkingId, long uittredingId, long versie, UittredingInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        Uittreding voor = bestaandeUittreding(samenwerkingId, uittredingId);
        EvaluatieRechten.uittredingWijzigen(g, s, voor.gemeenteCode())
                .eis(s, "uittreding (samenwerking " + samenwerkingId + ")");
        UittredingStatus naar = invoer.status() == null ? voor.status() : invoer.status();
        if (naar == UittredingStatus.AFGEROND && voor.status() != UittredingStatus.AFGEROND) {
            EvaluatieRechten.uittredingAfronden(g, s)
                    .eis(s, "uittreding afronden (samenwerking " + samenwerkingId + ")");
        }
        if (!voor.lopend()) {
            throw new ConflictException(
                    voor.status() == UittredingStatus.AFGEROND
                            ? "evaluatie.fout.uittreding-afgerond"
                            : "evaluatie.fout.uittreding-ingetrokken",
                    List.of());
        }
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        Fouten fouten = new Fouten();
        if (invoer.gemeente() != null
                && !invoer.gemeente().isBlank()
                && !invoer.gemeente().strip().equalsIgnoreCase(voor.gemeenteCode())) {
            fouten.voeg("gemeente", "evaluatie.fout.gemeente-vast");
        }
        Uittreding nieuw = controleer(fouten, samenwerkingId, uittredingId, voor.gemeenteCode(), invoer, naar);
        if (naar == UittredingStatus.AFGEROND && vandaag().isBefore(nieuw.datum())) {
            throw new ConflictException("evaluatie.fout.uittreding-te-vroeg", List.of());
        }
        if (!repository.wijzigUittreding(uittredingId, versie, nieuw)) {
            throw new VersieConflictException();
        }
        Uittreding na = bestaandeUittreding(samenwerkingId, uittredingId);
        audit.legVast(
                nl.samenspel.audit.Actie.GEWIJZIGD,
                "evaluatie_uittreding",
                uittredingId,
                samenwerkingId,
                velden(voor),
                velden(na));
        if (naar == UittredingStatus.AFGEROND) {
            if (!s.neemtDeel(na.gemeenteCode())) {
                throw new ConflictException("evaluatie.fout.uittreding-geen-partij", List.of());
            }
            samenwerkingen.vertrek(samenwerkingId, new GemeenteCode(na.gemeenteCode()), na.datum(), na.reden());
        }
        gewijzigd(samenwerkingId);
        return na;
    }

    // ---- opheffing ----

    /** Records or changes the opheffing ({@code versie} null: it must not exist yet). */
    @Transactional
    public Opgeslagen bewaarOpheffing(long samenwerkingId, @Nullable Long versie, OpheffingInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        EvaluatieRechten.opheffen(HuidigeGebruiker.get(), s).eis(s, "opheffing (samenwerking " + samenwerkingId + ")");
        Optional<Opheffing> voor = repository.opheffing(samenwerkingId);
        if (voor.isPresent() && voor.get().afgerond()) {
            throw new ConflictException("evaluatie.fout.opheffing-afgerond", List.of());
        }
        if (versie == null ? voor.isPresent() : voor.isEmpty() || voor.get().versie() != versie) {
            throw new VersieConflictException();
        }
        Opheffing nieuw = controleer(samenwerkingId, invoer);
        if (nieuw.afgerond() && vandaag().isBefore(nieuw.ingangsdatum())) {
            throw new ConflictException("evaluatie.fout.opheffing-te-vroeg", List.of());
        }
        if (voor.isEmpty()) {
            repository.maakOpheffing(nieuw);
        } else if (!repository.wijzigOpheffing(voor.get().versie(), nieuw)) {
            throw new VersieConflictException();
        }
        Opheffing na = repository.opheffing(samenwerkingId).orElseThrow();
        audit.legVast(
                voor.isEmpty() ? nl.samenspel.audit.Actie.AANGEMAAKT : nl.samenspel.audit.Actie.GEWIJZIGD,
                "evaluatie_opheffing",
                samenwerkingId,
                samenwerkingId,
                voor.map(EvaluatieService::velden).orElse(Map.of()),
                velden(na));
        gewijzigd(samenwerkingId);
        return new Opgeslagen(na, voor.isEmpty());
    }

    /** Removes a recorded opheffing that has not taken effect (a decision withdrawn or recorded by mistake). */
    @Transactional
    public void verwijderOpheffing(long samenwerkingId, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        EvaluatieRechten.opheffen(HuidigeGebruiker.get(), s).eis(s, "opheffing (samenwerking " + samenwerkingId + ")");
        Opheffing voor = repository.opheffing(samenwerkingId).orElseThrow(() -> new NietGevondenException("opheffing"));
        if (voor.afgerond()) {
            throw new ConflictException("evaluatie.fout.opheffing-afgerond", List.of());
        }
        if (voor.versie() != versie || !repository.verwijderOpheffing(samenwerkingId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(
                nl.samenspel.audit.Actie.VERWIJDERD,
                "evaluatie_opheffing",
                samenwerkingId,
                samenwerkingId,
                velden(voor),
                Map.of());
        gewijzigd(samenwerkingId);
    }

    /** The stored opheffing and whether this write made it. */
    public record Opgeslagen(Opheffing opheffing, boolean nieuw) {}

    // ---- rights for pages ----

    public boolean kanEvalueren(Samenwerking s) {
        return EvaluatieRechten.evalueren(HuidigeGebruiker.get(), s).ja();
    }

    public boolean kanActieAfronden(Samenwerking s) {
        return EvaluatieRechten.actieAfronden(HuidigeGebruiker.get(), s).ja();
    }

    public boolean kanUittredingWijzigen(Samenwerking s, @Nullable String gemeenteCode) {
        return EvaluatieRechten.uittredingWijzigen(HuidigeGebruiker.get(), s, gemeenteCode)
                .ja();
    }

    public boolean kanUittredingAfronden(Samenwerking s) {
        return EvaluatieRechten.uittredingAfronden(HuidigeGebruiker.get(), s).ja();
    }

    public boolean kanOpheffen(Samenwerking s) {
        return EvaluatieRechten.opheffen(HuidigeGebruiker.get(), s).ja();
    }

    /** The municipalities this user may announce an uittreding for: all parties for the regisseur, else its own. */
    public List<nl.samenspel.gemeente.Gemeente> aankondigbaar(Samenwerking s) {
        return s.gemeenten().stream()
                .filter(gm -> kanUittredingWijzigen(s, gm.code()))
                .toList();
    }

    // ---- helpers ----

    private void teEvalueren(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        EvaluatieRechten.evalueren(HuidigeGebruiker.get(), s).eis(s, "evaluatie (samenwerking " + samenwerkingId + ")");
    }

    private Evaluatie bestaand(long samenwerkingId, long evaluatieId) {
        return repository
                .evaluatie(samenwerkingId, evaluatieId)
                .orElseThrow(() -> new NietGevondenException("evaluatie"));
    }

    private Uittreding bestaandeUittreding(long samenwerkingId, long uittredingId) {
        return repository
                .uittreding(samenwerkingId, uittredingId)
                .orElseThrow(() -> new NietGevondenException("uittreding"));
    }

    private static Actie actieVan(Evaluatie e, long actieId) {
        return e.acties().stream()
                .filter(a -> a.id() == actieId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("actie"));
    }

    private void gewijzigd(long samenwerkingId) {
        events.publishEvent(new EvaluatieGewijzigd(samenwerkingId));
    }

    /** An evaluation's checked values, ready to store. */
    record GecontroleerdeEvaluatie(
            LocalDate gepland,
            String reikwijdte,
            String evaluator,
            @Nullable String bevindingen,
            @Nullable LocalDate uitgevoerd) {}

    /** An action's checked values, ready to store. */
    record GecontroleerdeActie(
            String omschrijving,
            String eigenaar,
            LocalDate deadline,
            @Nullable LocalDate afgerond) {}

    private GecontroleerdeEvaluatie controleer(EvaluatieInvoer invoer) {
        Fouten fouten = new Fouten();
        if (invoer.gepland() == null) {
            fouten.voeg("gepland", "evaluatie.fout.gepland-verplicht");
        } else {
            redelijk(fouten, "gepland", invoer.gepland());
        }
        fouten.tekst("reikwijdte", invoer.reikwijdte(), MAX_MIDDEL);
        fouten.tekst("evaluator", invoer.evaluator(), MAX_KORT);
        fouten.optioneleTekst("bevindingen", invoer.bevindingen(), MAX_LANG);
        LocalDate uitgevoerd = invoer.uitgevoerd();
        if (uitgevoerd != null) {
            if (uitgevoerd.isAfter(vandaag())) {
                fouten.voeg("uitgevoerd", "fout.datum.toekomst");
            } else {
                redelijk(fouten, "uitgevoerd", uitgevoerd);
            }
            if (leeg(invoer.bevindingen())) {
                fouten.voeg("bevindingen", "evaluatie.fout.bevindingen-bij-uitgevoerd");
            }
        }
        fouten.gooiAlsNietLeeg();
        return new GecontroleerdeEvaluatie(
                Objects.requireNonNull(invoer.gepland()),
                schoon(invoer.reikwijdte()),
                schoon(invoer.evaluator()),
                schoonOfNull(invoer.bevindingen()),
                uitgevoerd);
    }

    private GecontroleerdeActie controleer(ActieInvoer invoer) {
        Fouten fouten = new Fouten();
        fouten.tekst("omschrijving", invoer.omschrijving(), MAX_MIDDEL);
        fouten.tekst("eigenaar", invoer.eigenaar(), MAX_KORT);
        if (invoer.deadline() == null) {
            fouten.voeg("deadline", "evaluatie.fout.deadline-verplicht");
        } else {
            redelijk(fouten, "deadline", invoer.deadline());
        }
        LocalDate afgerond = invoer.afgerond();
        if (afgerond != null) {
            if (afgerond.isAfter(vandaag())) {
                fouten.voeg("afgerond", "fout.datum.toekomst");
            } else {
                redelijk(fouten, "afgerond", afgerond);
            }
        }
        fouten.gooiAlsNietLeeg();
        return new GecontroleerdeActie(
                schoon(invoer.omschrijving()),
                schoon(invoer.eigenaar()),
                Objects.requireNonNull(invoer.deadline()),
                afgerond);
    }

    private Uittreding controleer(
            Fouten fouten,
            long samenwerkingId,
            long id,
            @Nullable String gemeente,
            UittredingInvoer invoer,
            UittredingStatus status) {
        LocalDate aangekondigd = invoer.aangekondigdOp() == null ? vandaag() : invoer.aangekondigdOp();
        if (aangekondigd.isAfter(vandaag())) {
            fouten.voeg("aangekondigdOp", "fout.datum.toekomst");
        } else {
            redelijk(fouten, "aangekondigdOp", aangekondigd);
        }
        LocalDate datum = invoer.datum();
        if (datum == null) {
            fouten.voeg("datum", "evaluatie.fout.uittreding-datum-verplicht");
        } else if (datum.isBefore(aangekondigd)) {
            fouten.voeg("datum", "evaluatie.fout.uittreding-datum-voor-aankondiging");
        } else {
            redelijk(fouten, "datum", datum);
        }
        fouten.tekst("reden", invoer.reden(), MAX_MIDDEL);
        fouten.optioneleTekst("voorwaarden", invoer.voorwaarden(), MAX_LANG);
        fouten.optioneleTekst("personeel", invoer.personeel(), MAX_LANG);
        fouten.optioneleTekst("vermogen", invoer.vermogen(), MAX_LANG);
        fouten.optioneleTekst("contracten", invoer.contracten(), MAX_LANG);
        Bedrag.Uitkomst bedrag = Bedrag.van(invoer.afrekening());
        if (!bedrag.gelukt()) {
            fouten.voeg("afrekening", Objects.requireNonNull(bedrag.foutSleutel()));
        }
        if (bedrag.bedrag() != null && invoer.richting() == null) {
            fouten.voeg("richting", "evaluatie.fout.richting-verplicht");
        }
        if (status == UittredingStatus.VOORWAARDEN_VASTGESTELD) {
            if (leeg(invoer.voorwaarden())) {
                fouten.voeg("voorwaarden", "evaluatie.fout.voorwaarden-nodig");
            }
            if (invoer.afrekening() == null && bedrag.gelukt()) {
                fouten.voeg("afrekening", "evaluatie.fout.afrekening-nodig");
            }
        }
        fouten.gooiAlsNietLeeg();
        BigDecimal b = bedrag.bedrag();
        return new Uittreding(
                id,
                samenwerkingId,
                Objects.requireNonNull(gemeente),
                aangekondigd,
                Objects.requireNonNull(datum),
                schoon(invoer.reden()),
                schoonOfNull(invoer.voorwaarden()),
                b,
                b == null ? null : invoer.richting(),
                schoonOfNull(invoer.personeel()),
                schoonOfNull(invoer.vermogen()),
                schoonOfNull(invoer.contracten()),
                status,
                0);
    }

    private Opheffing controleer(long samenwerkingId, OpheffingInvoer invoer) {
        Fouten fouten = new Fouten();
        LocalDate besluit = invoer.besluitdatum();
        if (besluit == null) {
            fouten.voeg("besluitdatum", "evaluatie.fout.besluitdatum-verplicht");
        } else if (besluit.isAfter(vandaag())) {
            fouten.voeg("besluitdatum", "fout.datum.toekomst");
        } else {
            redelijk(fouten, "besluitdatum", besluit);
        }
        LocalDate ingang = invoer.ingangsdatum();
        if (ingang == null) {
            fouten.voeg("ingangsdatum", "evaluatie.fout.ingangsdatum-verplicht");
        } else if (besluit != null && ingang.isBefore(besluit)) {
            fouten.voeg("ingangsdatum", "evaluatie.fout.ingangsdatum-voor-besluit");
        } else {
            redelijk(fouten, "ingangsdatum", ingang);
        }
        fouten.optioneleTekst("vereffening", invoer.vereffening(), MAX_LANG);
        fouten.optioneleTekst("vereffenaar", invoer.vereffenaar(), MAX_KORT);
        fouten.gooiAlsNietLeeg();
        return new Opheffing(
                samenwerkingId,
                Objects.requireNonNull(besluit),
                Objects.requireNonNull(ingang),
                schoonOfNull(invoer.vereffening()),
                schoonOfNull(invoer.vereffenaar()),
                invoer.status() == null ? OpheffingStatus.AANGEKONDIGD : invoer.status(),
                0);
    }

    /** A required participating municipality (a GM code, any case). */
    private static @Nullable String gemeente(Fouten fouten, Samenwerking s, @Nullable String code) {
        if (code == null || code.isBlank()) {
            fouten.voeg("gemeente", "evaluatie.fout.gemeente-verplicht");
            return null;
        }
        String schoon = code.strip().toUpperCase(Locale.ROOT);
        if (!s.neemtDeel(schoon)) {
            fouten.voeg("gemeente", "evaluatie.fout.gemeente-geen-deelnemer", code.strip());
            return null;
        }
        return schoon;
    }

    /** Dates before 1950 or after 2200 are typing errors. */
    private static void redelijk(Fouten fouten, String veld, LocalDate dag) {
        if (dag.isBefore(Gebeurdatum.VROEGST)) {
            fouten.voeg(veld, "fout.datum.te-vroeg", Gebeurdatum.VROEGST.getYear());
        } else if (dag.getYear() > 2200) {
            fouten.voeg(veld, "evaluatie.fout.datum-te-laat");
        }
    }

    private static boolean leeg(@Nullable String tekst) {
        return tekst == null || tekst.isBlank();
    }

    private static String schoon(@Nullable String tekst) {
        return Objects.requireNonNull(tekst).strip();
    }

    private static @Nullable String schoonOfNull(@Nullable String tekst) {
        return leeg(tekst) ? null : Objects.requireNonNull(tekst).strip();
    }

    private static Map<String, @Nullable Object> velden(Evaluatie e) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("gepland", e.gepland().toString());
        v.put("reikwijdte", e.reikwijdte());
        v.put("evaluator", e.evaluator());
        v.put("bevindingen", e.bevindingen());
        v.put("uitgevoerd", e.uitgevoerd() == null ? null : e.uitgevoerd().toString());
        v.put("acties", e.acties().size());
        return v;
    }

    private static Map<String, @Nullable Object> velden(Actie a) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("evaluatie", a.evaluatieId());
        v.put("omschrijving", a.omschrijving());
        v.put("eigenaar", a.eigenaar());
        v.put("deadline", a.deadline().toString());
        v.put("afgerond", a.afgerond() == null ? null : a.afgerond().toString());
        return v;
    }

    private static Map<String, @Nullable Object> velden(Uittreding u) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("gemeente", u.gemeenteCode());
        v.put("aangekondigdOp", u.aangekondigdOp().toString());
        v.put("datum", u.datum().toString());
        v.put("reden", u.reden());
        v.put("voorwaarden", u.voorwaarden());
        v.put("afrekening", u.afrekening() == null ? null : u.afrekening().toPlainString());
        v.put("richting", u.richting() == null ? null : u.richting().name());
        v.put("personeel", u.personeel());
        v.put("vermogen", u.vermogen());
        v.put("contracten", u.contracten());
        v.put("status", u.status().name());
        return v;
    }

    private static Map<String, @Nullable Object> velden(Opheffing o) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("besluitdatum", o.besluitdatum().toString());
        v.put("ingangsdatum", o.ingangsdatum().toString());
        v.put("vereffening", o.vereffening());
        v.put("vereffenaar", o.vereffenaar());
        v.put("status", o.status().name());
        return v;
    }
}
