package nl.samenspel.scan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gemeente.GemeenteCode;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The samenwerkingsscan (rule 7, ADR 0015): rounds opened and closed by the regisseur, each party's answers and the
 * action plan. Page and API both come here; rights as {@link ScanRechten} says.
 *
 * <p>What a party has not submitted stays with that party: every other reader (the regisseur too) sees only THAT it
 * has not answered yet, never a draft. Submitting is final. The differences between parties ({@link Verschil}) come
 * from submitted answers only and are never averaged. A round closes with at least one action or an explicit
 * reason why none was agreed.
 *
 * <p>Every write locks the samenwerking, checks the version, is audited and publishes {@link ScanGewijzigd}.
 */
@Service
public class Scans {

    public static final int MAX_OPEN = 4000;
    public static final int MAX_MIDDEL = 2000;
    public static final int MAX_KORT = Fouten.MAX_KORT;

    private final ScanRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Scans(
            ScanRepository repository,
            Samenwerkingen samenwerkingen,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.audit = audit;
        this.events = events;
    }

    /** Today in the Netherlands: the day against which "over tijd" is computed. */
    public LocalDate vandaag() {
        return Gebeurdatum.vandaag();
    }

    // ---- reading ----

    /** The scans of a samenwerking, oldest first, with only the answers this user may see. */
    @Transactional(readOnly = true)
    public List<Scan> scans(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        return repository.scans(samenwerkingId).stream()
                .map(scan -> zichtbaar(g, s, scan))
                .toList();
    }

    /** One scan with only the answers this user may see (submitted ones, and drafts of its own party). */
    @Transactional(readOnly = true)
    public Scan scan(long samenwerkingId, long scanId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        return zichtbaar(HuidigeGebruiker.get(), s, bestaand(samenwerkingId, scanId));
    }

    /**
     * The parties of a round: every participating municipality, and {@link ScanFeiten#ORGANISATIE} when a shared
     * organisation carries the samenwerking out. A closed round also lists whoever answered then.
     */
    public List<String> partijen(Samenwerking s, Scan scan) {
        List<String> uit = new ArrayList<>(
                s.gemeenteCodes().stream().map(GemeenteCode::waarde).toList());
        if (!s.uitvoerders().isEmpty()) {
            uit.add(ScanFeiten.ORGANISATIE);
        }
        scan.antwoorden().stream()
                .map(Antwoorden::partij)
                .filter(p -> !uit.contains(p))
                .forEach(uit::add);
        return uit;
    }

    @Transactional(readOnly = true)
    public List<String> partijen(long samenwerkingId, long scanId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        return partijen(s, bestaand(samenwerkingId, scanId));
    }

    /**
     * What a party answered, if this user may see it: empty while it is a draft of another party or nothing was
     * saved. 404 for a party that is not part of this round.
     */
    @Transactional(readOnly = true)
    public Optional<Antwoorden> antwoorden(long samenwerkingId, long scanId, String partij) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        Scan scan = zichtbaar(HuidigeGebruiker.get(), s, bestaand(samenwerkingId, scanId));
        if (!partijen(s, scan).contains(partij)) {
            throw new NietGevondenException("partij");
        }
        return scan.van(partij);
    }

    /** The scores per statement side by side, from submitted answers only. */
    @Transactional(readOnly = true)
    public List<Verschil> verschillen(long samenwerkingId, long scanId) {
        return Verschil.van(scan(samenwerkingId, scanId).antwoorden());
    }

    @Transactional(readOnly = true)
    public ScanActie actie(long samenwerkingId, long scanId, long actieId) {
        return actieVan(scan(samenwerkingId, scanId), actieId);
    }

    // ---- rounds ----

    /** Opens a new round (one open round at a time); {@code gestartOp} null is today. */
    @Transactional
    public Scan open(long samenwerkingId, @Nullable LocalDate gestartOp) {
        beheerbaar(samenwerkingId);
        Fouten fouten = new Fouten();
        LocalDate dag = Gebeurdatum.controleer(fouten, "gestartOp", gestartOp);
        fouten.gooiAlsNietLeeg();
        if (repository.scans(samenwerkingId).stream().anyMatch(Scan::open)) {
            throw new ConflictException("scan.fout.al-open", List.of());
        }
        long id = repository.maakScan(samenwerkingId, dag);
        Scan na = bestaand(samenwerkingId, id);
        audit.legVast(nl.samenspel.audit.Actie.AANGEMAAKT, "scan_scan", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /**
     * Closes a round: it needs at least one action in its plan, or a {@code reden} why the conversation agreed none.
     * The answers are final from then on.
     */
    @Transactional
    public Scan rondAf(long samenwerkingId, long scanId, long versie, @Nullable String reden) {
        beheerbaar(samenwerkingId);
        Scan voor = bestaand(samenwerkingId, scanId);
        if (!voor.open()) {
            throw new ConflictException("scan.fout.afgerond", List.of());
        }
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        Fouten fouten = new Fouten();
        fouten.optioneleTekst("afsluitreden", reden, MAX_MIDDEL);
        if (voor.acties().isEmpty() && leeg(reden)) {
            fouten.voeg("afsluitreden", "scan.fout.actie-of-reden");
        }
        fouten.gooiAlsNietLeeg();
        if (!repository.rondAf(scanId, versie, vandaag(), schoonOfNull(reden))) {
            throw new VersieConflictException();
        }
        Scan na = bestaand(samenwerkingId, scanId);
        audit.legVast(
                nl.samenspel.audit.Actie.GEWIJZIGD, "scan_scan", scanId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Removes a round with its answers and actions (opened by mistake). */
    @Transactional
    public void verwijder(long samenwerkingId, long scanId, long versie) {
        beheerbaar(samenwerkingId);
        Scan voor = bestaand(samenwerkingId, scanId);
        if (voor.versie() != versie || !repository.verwijderScan(scanId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(nl.samenspel.audit.Actie.VERWIJDERD, "scan_scan", scanId, samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- answers ----

    /**
     * Saves a party's answers as a draft, or submits them ({@code invoer.indienen()}: every statement needs a
     * score; final). {@code versie} is the version of the party's answers, 0 while it saved nothing.
     */
    @Transactional
    public Antwoorden bewaarAntwoorden(
            long samenwerkingId, long scanId, String partij, long versie, AntwoordInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Scan scan = bestaand(samenwerkingId, scanId);
        if (!partijen(s, scan).contains(partij)) {
            throw new NietGevondenException("partij");
        }
        ScanRechten.invullen(HuidigeGebruiker.get(), s, partij)
                .eis(s, "scan " + scanId + " voor " + partij + " (samenwerking " + samenwerkingId + ")");
        if (!scan.open()) {
            throw new ConflictException("scan.fout.afgerond", List.of());
        }
        Optional<Antwoorden> voor = scan.van(partij);
        if (voor.isPresent() && voor.get().ingediend()) {
            throw new ConflictException("scan.fout.al-ingediend", List.of());
        }
        if (voor.map(Antwoorden::versie).orElse(0L) != versie) {
            throw new VersieConflictException();
        }
        Fouten fouten = new Fouten();
        Map<Stelling, Integer> scores = new EnumMap<>(Stelling.class);
        invoer.scores().forEach((veld, tekst) -> {
            Optional<Stelling> st = Stelling.lees(veld);
            if (st.isEmpty()) {
                fouten.voeg(veld, "scan.fout.stelling-onbekend", veld);
            } else if (!leeg(tekst)) {
                Integer score = score(Objects.requireNonNull(tekst));
                if (score == null) {
                    fouten.voeg(st.get().veld(), "scan.fout.score-bereik", Stelling.LAAGST, Stelling.HOOGST);
                } else {
                    scores.put(st.get(), score);
                }
            }
        });
        Map<ScanThema, String> open = new EnumMap<>(ScanThema.class);
        invoer.open().forEach((thema, tekst) -> {
            fouten.optioneleTekst(Stelling.openVeld(thema), tekst, MAX_OPEN);
            if (!leeg(tekst)) {
                open.put(thema, Objects.requireNonNull(tekst).strip());
            }
        });
        if (invoer.indienen()) {
            for (Stelling st : Stelling.values()) {
                if (!scores.containsKey(st) && !fouten.heeft(st.veld())) {
                    fouten.voeg(st.veld(), "scan.fout.score-nodig");
                }
            }
        }
        fouten.gooiAlsNietLeeg();
        LocalDate ingediend = invoer.indienen() ? vandaag() : null;
        if (!repository.bewaarAntwoorden(samenwerkingId, scanId, partij, versie, scores, open, ingediend)) {
            throw new VersieConflictException();
        }
        Antwoorden na = bestaand(samenwerkingId, scanId).van(partij).orElseThrow();
        audit.legVast(
                voor.isEmpty() ? nl.samenspel.audit.Actie.AANGEMAAKT : nl.samenspel.audit.Actie.GEWIJZIGD,
                "scan_partij",
                scanId + "/" + partij,
                samenwerkingId,
                voor.map(Scans::velden).orElse(Map.of()),
                velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    // ---- action plan ----

    @Transactional
    public ScanActie maakActie(long samenwerkingId, long scanId, ActieInvoer invoer) {
        beheerbaar(samenwerkingId);
        bestaand(samenwerkingId, scanId);
        ScanActie ok = controleer(scanId, invoer);
        long id = repository.maakActie(samenwerkingId, scanId, ok);
        ScanActie na = actieVan(bestaand(samenwerkingId, scanId), id);
        audit.legVast(nl.samenspel.audit.Actie.AANGEMAAKT, "scan_actie", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /**
     * Changes an action. The regisseur changes everything; whoever fills in for a party only whether it is done
     * ({@code afgerond}): the rest of what it sends is ignored.
     */
    @Transactional
    public ScanActie wijzigActie(long samenwerkingId, long scanId, long actieId, long versie, ActieInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        boolean alles = ScanRechten.beheren(g, s).ja();
        if (!alles) {
            ScanRechten.actieAfronden(g, s).eis(s, "scanactie (samenwerking " + samenwerkingId + ")");
        }
        ScanActie voor = actieVan(bestaand(samenwerkingId, scanId), actieId);
        ScanActie ok = alles
                ? controleer(scanId, invoer)
                : controleer(
                        scanId,
                        new ActieInvoer(voor.omschrijving(), voor.eigenaar(), voor.deadline(), invoer.afgerond()));
        if (voor.versie() != versie || !repository.wijzigActie(actieId, versie, ok)) {
            throw new VersieConflictException();
        }
        ScanActie na = actieVan(bestaand(samenwerkingId, scanId), actieId);
        audit.legVast(
                nl.samenspel.audit.Actie.GEWIJZIGD, "scan_actie", actieId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Marks an action done today (the page's button), keeping everything else. */
    @Transactional
    public ScanActie rondActieAf(long samenwerkingId, long scanId, long actieId, long versie) {
        ScanActie a = actieVan(bestaand(samenwerkingId, scanId), actieId);
        return wijzigActie(
                samenwerkingId,
                scanId,
                actieId,
                versie,
                new ActieInvoer(a.omschrijving(), a.eigenaar(), a.deadline(), vandaag()));
    }

    /** Removes an action; the last action of a closed round without a reason stays (the plan would be empty). */
    @Transactional
    public void verwijderActie(long samenwerkingId, long scanId, long actieId, long versie) {
        beheerbaar(samenwerkingId);
        Scan scan = bestaand(samenwerkingId, scanId);
        ScanActie voor = actieVan(scan, actieId);
        if (!scan.open() && scan.acties().size() == 1 && leeg(scan.afsluitreden())) {
            throw new ConflictException("scan.fout.laatste-actie", List.of());
        }
        if (voor.versie() != versie || !repository.verwijderActie(actieId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(
                nl.samenspel.audit.Actie.VERWIJDERD, "scan_actie", actieId, samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- rights for pages ----

    public boolean kanBeheren(Samenwerking s) {
        return ScanRechten.beheren(HuidigeGebruiker.get(), s).ja();
    }

    public boolean kanInvullen(Samenwerking s, String partij) {
        return ScanRechten.invullen(HuidigeGebruiker.get(), s, partij).ja();
    }

    public boolean kanActieAfronden(Samenwerking s) {
        return ScanRechten.actieAfronden(HuidigeGebruiker.get(), s).ja();
    }

    // ---- helpers ----

    /**
     * The scan with only the answers this user may see (submitted ones, and the drafts of a party it speaks for),
     * in the order of the parties.
     */
    private Scan zichtbaar(Gebruiker g, Samenwerking s, Scan scan) {
        List<String> volgorde = partijen(s, scan);
        return scan.metAntwoorden(scan.antwoorden().stream()
                .filter(a -> a.ingediend() || ScanRechten.invullen(g, s, a.partij()) != Recht.NEE)
                .sorted(java.util.Comparator.comparingInt(a -> volgorde.indexOf(a.partij())))
                .toList());
    }

    private void beheerbaar(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        ScanRechten.beheren(HuidigeGebruiker.get(), s).eis(s, "scan (samenwerking " + samenwerkingId + ")");
    }

    private Scan bestaand(long samenwerkingId, long scanId) {
        return repository.scan(samenwerkingId, scanId).orElseThrow(() -> new NietGevondenException("scan"));
    }

    private static ScanActie actieVan(Scan scan, long actieId) {
        return scan.acties().stream()
                .filter(a -> a.id() == actieId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("actie"));
    }

    private ScanActie controleer(long scanId, ActieInvoer invoer) {
        Fouten fouten = new Fouten();
        fouten.tekst("omschrijving", invoer.omschrijving(), MAX_MIDDEL);
        fouten.tekst("eigenaar", invoer.eigenaar(), MAX_KORT);
        LocalDate deadline = invoer.deadline();
        if (deadline == null) {
            fouten.voeg("deadline", "scan.fout.deadline-verplicht");
        } else if (deadline.isBefore(Gebeurdatum.VROEGST) || deadline.getYear() > 2200) {
            fouten.voeg("deadline", "scan.fout.datum-onredelijk");
        }
        LocalDate afgerond = invoer.afgerond();
        if (afgerond != null) {
            afgerond = Gebeurdatum.controleer(fouten, "afgerond", afgerond);
        }
        fouten.gooiAlsNietLeeg();
        return new ScanActie(
                0,
                scanId,
                Objects.requireNonNull(invoer.omschrijving()).strip(),
                Objects.requireNonNull(invoer.eigenaar()).strip(),
                Objects.requireNonNull(deadline),
                afgerond,
                0);
    }

    /** A score 1 to 5 as typed, null when it is not one. */
    private static @Nullable Integer score(String tekst) {
        try {
            int s = Integer.parseInt(tekst.strip());
            return s >= Stelling.LAAGST && s <= Stelling.HOOGST ? s : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void gewijzigd(long samenwerkingId) {
        events.publishEvent(new ScanGewijzigd(samenwerkingId));
    }

    private static boolean leeg(@Nullable String tekst) {
        return tekst == null || tekst.isBlank();
    }

    private static @Nullable String schoonOfNull(@Nullable String tekst) {
        return leeg(tekst) ? null : Objects.requireNonNull(tekst).strip();
    }

    private static Map<String, @Nullable Object> velden(Scan s) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("gestartOp", s.gestartOp().toString());
        v.put("afgerondOp", s.afgerondOp() == null ? null : s.afgerondOp().toString());
        v.put("afsluitreden", s.afsluitreden());
        v.put("acties", s.acties().size());
        return v;
    }

    /** A draft stays the party's own: the audit keeps only how far it is; submitted, the scores themselves. */
    private static Map<String, @Nullable Object> velden(Antwoorden a) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("partij", a.partij());
        v.put("ingediendOp", a.ingediendOp() == null ? null : a.ingediendOp().toString());
        v.put("aantalScores", a.scores().size());
        if (a.ingediend()) {
            a.scores().forEach((st, score) -> v.put(st.veld(), score));
        }
        return v;
    }

    private static Map<String, @Nullable Object> velden(ScanActie a) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("scan", a.scanId());
        v.put("omschrijving", a.omschrijving());
        v.put("eigenaar", a.eigenaar());
        v.put("deadline", a.deadline().toString());
        v.put("afgerond", a.afgerond() == null ? null : a.afgerond().toString());
        return v;
    }
}
