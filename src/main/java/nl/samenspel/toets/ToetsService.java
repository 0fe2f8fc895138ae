package nl.samenspel.toets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.Gemeenten;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Indicator;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingFeiten;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do with the check: read the health of a samenwerking or a municipality, acknowledge a finding.
 * Whoever may see a samenwerking may read its check (findings name parties and tasks, never what a position
 * says); only its own REGISSEUR acknowledges.
 *
 * <p>Every read picks the view of the check from the reader (ADR 0010, {@link #weergaveVoor}): the regisseur of the
 * samenwerking, who may read every position, sees {@link Weergave#VOLLEDIG}; everybody else
 * {@link Weergave#GEDEELD}, computed from shared positions only, so an unshared draft changes nothing they see.
 */
@Service
public class ToetsService {

    static final int REGELS = 7;
    private static final Logger LOG = LoggerFactory.getLogger(ToetsService.class);

    private final Samenwerkingen samenwerkingen;
    private final Gemeenten gemeenten;
    private final BevindingRepository bevindingen;
    private final Toetser toetser;
    private final Teksten teksten;
    private final AuditTrail audit;
    private final SamenwerkingFeiten samenwerkingFeiten;

    ToetsService(
            Samenwerkingen samenwerkingen,
            Gemeenten gemeenten,
            BevindingRepository bevindingen,
            Toetser toetser,
            Teksten teksten,
            AuditTrail audit,
            SamenwerkingFeiten samenwerkingFeiten) {
        this.samenwerkingen = samenwerkingen;
        this.gemeenten = gemeenten;
        this.bevindingen = bevindingen;
        this.toetser = toetser;
        this.teksten = teksten;
        this.audit = audit;
        this.samenwerkingFeiten = samenwerkingFeiten;
    }

    // ---- views ----

    /** A finding as shown: texts resolved, the check's generic title plus the specific sentence. */
    public record BevindingWeergave(
            int regel,
            String controle,
            String onderwerp,
            Ernst ernst,
            String titel,
            String omschrijving,
            String uitleg,
            String interventie,
            Status status,
            Instant sinds,
            @Nullable String erkendDoor,
            @Nullable Instant erkendOp,
            @Nullable String erkendReden,
            @Nullable Instant opgelostOp,
            List<GebeurtenisWeergave> historie) {

        /** A unique, stable HTML id for this finding's form field. */
        public String anker() {
            return (controle + "-" + onderwerp).replaceAll("[^A-Za-z0-9_-]", "-");
        }
    }

    /**
     * An event in a finding's history as shown.
     *
     * @param toelichting OPGELOST: what repaired the cause, in Dutch (null when unknown)
     */
    public record GebeurtenisWeergave(
            String soort,
            @Nullable String door,
            @Nullable String reden,
            @Nullable String toelichting,
            Instant op) {}

    /** How many findings are open, acknowledged (bewust afgeweken) and resolved: shown as such, never mixed. */
    public record Aantallen(int open, int erkend, int opgelost) {

        static Aantallen van(Collection<Status> statussen) {
            int open = 0;
            int erkend = 0;
            int opgelost = 0;
            for (Status s : statussen) {
                switch (s) {
                    case OPEN -> open++;
                    case ERKEND -> erkend++;
                    case OPGELOST -> opgelost++;
                }
            }
            return new Aantallen(open, erkend, opgelost);
        }
    }

    /**
     * One rule as shown.
     *
     * @param getoetst whether at least one registered check of this rule applies in the current phase
     * @param getoetstVanaf the phase from which on this rule is checked, or null when no check exists for it
     */
    public record RegelWeergave(
            int regel,
            String naam,
            Gezondheid status,
            boolean getoetst,
            @Nullable Fase getoetstVanaf,
            Aantallen aantallen,
            List<BevindingWeergave> bevindingen) {}

    /** @param nietGetoetst how many of the seven rules no check looks at in the current phase */
    public record SamenwerkingToets(
            Samenwerking samenwerking,
            Gezondheid totaal,
            int nietGetoetst,
            Aantallen aantallen,
            List<RegelWeergave> regels,
            boolean kanErkennen) {}

    public record ControleWeergave(
            String id, int regel, Ernst ernst, String titel, String uitleg, String interventie) {}

    public List<ControleWeergave> controles() {
        return toetser.controles().stream()
                .map(c -> new ControleWeergave(
                        c.id(),
                        c.regel(),
                        c.ernst(),
                        teksten.t(c.sleutel("titel")),
                        teksten.t(c.sleutel("uitleg")),
                        teksten.t(c.sleutel("interventie"))))
                .toList();
    }

    /**
     * The view of the check this reader gets: the full one only for the samenwerking's own regisseur (the one
     * reader who may read every position, see {@code Verkenning.kanPositieLezen}). A municipality's own civil
     * servants get the shared view too: one view for all non-regisseurs keeps the stored history per view and
     * shows nobody a finding that depends on another party's draft.
     */
    Weergave weergaveVoor(Gebruiker g, Samenwerking s) {
        return samenwerkingen.kanBewerken(g, s) ? Weergave.VOLLEDIG : Weergave.GEDEELD;
    }

    @Transactional(readOnly = true)
    public SamenwerkingToets vanSamenwerking(long id) {
        Samenwerking s = samenwerkingen.vind(id);
        return vanSamenwerking(s, weergaveVoor(HuidigeGebruiker.get(), s));
    }

    /**
     * The check in the shared view ({@link Weergave#GEDEELD}, from shared positions only), whoever asks, also the
     * regisseur: for a view that must show everybody the same, such as the council's overview. Nobody acknowledges
     * from here. Throws {@code NietGevondenException} when the user may not see the samenwerking.
     */
    @Transactional(readOnly = true)
    public SamenwerkingToets gedeeld(long id) {
        return vanSamenwerking(samenwerkingen.vind(id), Weergave.GEDEELD);
    }

    private SamenwerkingToets vanSamenwerking(Samenwerking s, Weergave weergave) {
        long id = s.id();
        List<Bevinding> opgeslagen = bevindingen.metHistorie(id, weergave);
        Map<Integer, Fase> dekking = dekking();
        List<RegelWeergave> regels = new ArrayList<>();
        Gezondheid totaal = Gezondheid.NIET_GETOETST;
        int nietGetoetst = 0;
        for (int regel = 1; regel <= REGELS; regel++) {
            int r = regel;
            List<Bevinding> hier =
                    opgeslagen.stream().filter(b -> b.regel() == r).toList();
            boolean getoetst = getoetst(dekking, regel, s.fase());
            Gezondheid g = Gezondheid.van(hier, getoetst);
            totaal = totaal.zwaarder(g);
            if (g == Gezondheid.NIET_GETOETST) {
                nietGetoetst++;
            }
            regels.add(new RegelWeergave(
                    regel,
                    teksten.t("toets.regel." + regel),
                    g,
                    getoetst,
                    dekking.get(regel),
                    Aantallen.van(hier.stream().map(Bevinding::status).toList()),
                    hier.stream().map(this::weergave).toList()));
        }
        return new SamenwerkingToets(
                s,
                totaal,
                nietGetoetst,
                Aantallen.van(opgeslagen.stream().map(Bevinding::status).toList()),
                regels,
                weergave == weergaveVoor(HuidigeGebruiker.get(), s)
                        && nl.samenspel.samenwerking.SamenwerkingRechten.toetsErkennen(HuidigeGebruiker.get(), s)
                                .ja());
    }

    /**
     * Per rule the first phase from which on at least one registered check applies; rules without any check are
     * absent. Read from the checks themselves, so a rule gets checked as soon as a check for it is added.
     */
    Map<Integer, Fase> dekking() {
        Map<Integer, Fase> uit = new java.util.TreeMap<>();
        for (Controle c : toetser.controles()) {
            uit.merge(c.regel(), c.vanaf(), (a, b) -> a.voor(b) ? a : b);
        }
        return uit;
    }

    static boolean getoetst(Map<Integer, Fase> dekking, int regel, Fase fase) {
        Fase vanaf = dekking.get(regel);
        return vanaf != null && !fase.voor(vanaf);
    }

    /** The health of every rule of a samenwerking in this phase, from these (stored) findings. */
    private static List<Gezondheid> perRegel(Map<Integer, Fase> dekking, Fase fase, List<Bevinding> lijst) {
        List<Gezondheid> uit = new ArrayList<>();
        for (int regel = 1; regel <= REGELS; regel++) {
            int r = regel;
            uit.add(Gezondheid.van(
                    lijst.stream().filter(b -> b.regel() == r).toList(), getoetst(dekking, regel, fase)));
        }
        return uit;
    }

    private static Gezondheid totaal(List<Gezondheid> perRegel) {
        Gezondheid t = Gezondheid.NIET_GETOETST;
        for (Gezondheid g : perRegel) {
            t = t.zwaarder(g);
        }
        return t;
    }

    BevindingWeergave weergave(Bevinding b) {
        String basis = "toets.controle." + b.controle() + ".";
        return new BevindingWeergave(
                b.regel(),
                b.controle(),
                b.onderwerp(),
                b.ernst(),
                teksten.t(basis + "titel"),
                teksten.t(basis + "bevinding", argumenten(b.argumenten())),
                teksten.t(basis + "uitleg"),
                teksten.t(basis + "interventie"),
                b.status(),
                b.sinds(),
                b.erkendDoor(),
                b.erkendOp(),
                b.erkendReden(),
                b.opgelostOp(),
                b.historie().stream()
                        .map(g -> new GebeurtenisWeergave(
                                g.soort(),
                                g.door(),
                                g.reden(),
                                g.toelichting() == null ? null : teksten.t(g.toelichting()),
                                g.op()))
                        .toList());
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("(FASE|STAP):([A-Z_]{1,40})");

    /**
     * Numbers stay numbers, so texts can choose between singular and plural. Checks name phases and steps by
     * their code ("AFSPREKEN", "WAT", "STAP:WAT"); readers see the label instead of the code.
     */
    private Object[] argumenten(List<String> argumenten) {
        return argumenten.stream().map(this::argument).toArray();
    }

    private Object argument(String a) {
        if (a.matches("\\d{1,15}")) {
            return Long.valueOf(a);
        }
        java.util.regex.Matcher m = CODE.matcher(a);
        if (m.matches()) {
            String label = label(m.group(1), m.group(2));
            return label == null
                    ? a
                    : teksten.t("toets.onderwerp." + m.group(1).toLowerCase(java.util.Locale.ROOT), label);
        }
        if (a.matches("[A-Z_]{1,40}")) {
            String label = label("FASE", a);
            label = label != null ? label : label("STAP", a);
            return label == null ? a : label;
        }
        return a;
    }

    /** The label of a phase or step code, or null when there is none. */
    private @Nullable String label(String soort, String code) {
        String sleutel = soort.equals("FASE")
                ? "fase." + code + ".label"
                : "stap." + code.toLowerCase(java.util.Locale.ROOT) + ".label";
        String label = teksten.t(sleutel);
        return label.equals(sleutel) ? null : label;
    }

    /**
     * The compact status for the pages of a samenwerking, from stored findings only; empty if not visible. Never a
     * plain "in orde" while rules are not checked: it says how many are not.
     */
    @Transactional(readOnly = true)
    public Optional<Indicator> indicator(long id) {
        Optional<Samenwerking> s = samenwerkingen.vindZichtbaar(id);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        List<Bevinding> actueel = bevindingen.actueel(id, weergaveVoor(HuidigeGebruiker.get(), s.get()));
        List<Gezondheid> perRegel = perRegel(dekking(), s.get().fase(), actueel);
        Gezondheid totaal = totaal(perRegel);
        int nietGetoetst = (int)
                perRegel.stream().filter(g -> g == Gezondheid.NIET_GETOETST).count();
        Aantallen a = Aantallen.van(actueel.stream().map(Bevinding::status).toList());
        long risico = actueel.stream()
                .filter(b -> b.status() == Status.OPEN && b.ernst() == Ernst.RISICO)
                .count();
        return Optional.of(new Indicator(
                indicatorTekst(totaal, nietGetoetst, a, risico), totaal.name(), "/samenwerkingen/" + id + "/toets"));
    }

    /** "Toets: …" for the indicator; the same sentence for every total, with the unchecked rules added. */
    String indicatorTekst(Gezondheid totaal, int nietGetoetst, Aantallen a, long risico) {
        String hoofd = switch (totaal) {
            case RISICO -> teksten.t("toets.indicator.risico", a.open(), risico);
            case AANDACHT -> teksten.t("toets.indicator.aandacht", a.open());
            case AFGEWEKEN -> teksten.t("toets.indicator.afgeweken", a.erkend());
            case IN_ORDE -> teksten.t(nietGetoetst == 0 ? "toets.indicator.in-orde" : "toets.indicator.geen-open");
            case NIET_GETOETST -> teksten.t("toets.indicator.niet-getoetst");
        };
        return nietGetoetst == 0 || totaal == Gezondheid.NIET_GETOETST
                ? hoofd
                : teksten.t("toets.indicator.met-niet-getoetst", hoofd, nietGetoetst, REGELS);
    }

    // ---- per municipality ----

    public record SamenwerkingRegel(
            long id,
            String titel,
            Fase fase,
            boolean oefencasus,
            Gezondheid totaal,
            int nietGetoetst,
            List<Gezondheid> perRegel,
            List<BevindingWeergave> open) {}

    public record GemeenteToets(Gemeente gemeente, List<SamenwerkingRegel> samenwerkingen) {}

    /**
     * All samenwerkingen of a municipality the user may see, with their open and acknowledged findings. For that
     * municipality's civil servants, aldermen and council members, regisseurs (their own samenwerkingen only)
     * and BEHEERDER; anyone else gets not-found, as if the overview did not exist.
     */
    @Transactional(readOnly = true)
    public GemeenteToets vanGemeente(String code) {
        Gebruiker g = HuidigeGebruiker.get();
        Gemeente gemeente = code == null
                ? null
                : gemeenten
                        .vind(code.strip().toUpperCase(java.util.Locale.ROOT))
                        .orElse(null);
        if (gemeente == null) {
            throw new NietGevondenException("gemeente");
        }
        boolean eigen = g.vanGemeente(gemeente.code()) && g.heeftEenVan(Rol.AMBTENAAR, Rol.BESTUURDER, Rol.RAADSLID);
        if (!eigen && !g.heeftEenVan(Rol.BEHEERDER, Rol.REGISSEUR)) {
            throw new NietGevondenException("gemeente-toets");
        }
        List<Long> ids = samenwerkingFeiten.metGemeente(gemeente.code());
        List<Samenwerking> zichtbaar = new ArrayList<>();
        for (Long id : ids) {
            samenwerkingen.vindZichtbaar(id).filter(s -> !s.gearchiveerd()).ifPresent(zichtbaar::add);
        }
        Map<Long, List<Bevinding>> perSamenwerking = bevindingen.vanSamenwerkingen(
                zichtbaar.stream().map(Samenwerking::id).toList());
        List<SamenwerkingRegel> regels = new ArrayList<>();
        Map<Integer, Fase> dekking = dekking();
        for (Samenwerking s : zichtbaar) {
            Weergave w = weergaveVoor(g, s);
            List<Bevinding> lijst = perSamenwerking.getOrDefault(s.id(), List.of()).stream()
                    .filter(b -> b.weergave() == w)
                    .toList();
            List<Gezondheid> perRegel = perRegel(dekking, s.fase(), lijst);
            List<BevindingWeergave> zichtbareBevindingen = lijst.stream()
                    .filter(b -> b.status() != Status.OPGELOST)
                    .sorted(java.util.Comparator.comparing(Bevinding::regel)
                            .thenComparing(Bevinding::controle)
                            .thenComparing(Bevinding::onderwerp))
                    .map(this::weergave)
                    .toList();
            regels.add(new SamenwerkingRegel(
                    s.id(),
                    s.titel(),
                    s.fase(),
                    s.oefencasus(),
                    totaal(perRegel),
                    (int) perRegel.stream()
                            .filter(x -> x == Gezondheid.NIET_GETOETST)
                            .count(),
                    perRegel,
                    zichtbareBevindingen));
        }
        return new GemeenteToets(gemeente, regels);
    }

    // ---- acknowledging ----

    /**
     * The regisseur deviates on purpose: the finding stays visible as ERKEND with the reason, and no longer counts
     * as open. {@code onderwerp} may be left out when the check has only one finding that can be acknowledged.
     * The regisseur picks from the full view; the acknowledgement applies to the same finding (check and onderwerp)
     * in the shared view too when it is there and not resolved, so every reader sees the same decision.
     */
    @Transactional
    public BevindingWeergave erken(
            long samenwerkingId, @Nullable String controle, @Nullable String onderwerp, @Nullable String reden) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        nl.samenspel.samenwerking.SamenwerkingRechten.toetsErkennen(g, s).eis(s, "toets erkennen " + samenwerkingId);
        if (controle == null || toetser.controle(controle) == null) {
            throw new NietGevondenException("controle");
        }
        Fouten fouten = new Fouten();
        fouten.tekst("reden", reden, Fouten.MAX_LANG);
        fouten.optioneleTekst("onderwerp", onderwerp, 100);
        fouten.gooiAlsNietLeeg();
        List<Bevinding> vanControle = bevindingen.metHistorie(samenwerkingId, Weergave.VOLLEDIG).stream()
                .filter(b -> b.controle().equals(controle))
                .toList();
        Bevinding b;
        if (onderwerp != null && !onderwerp.isBlank()) {
            b = vanControle.stream()
                    .filter(x -> x.onderwerp().equals(onderwerp.strip()))
                    .findFirst()
                    .orElseThrow(() -> new NietGevondenException("bevinding"));
        } else {
            List<Bevinding> actueel = vanControle.stream()
                    .filter(x -> x.status() != Status.OPGELOST)
                    .toList();
            if (actueel.size() > 1) {
                Fouten f = new Fouten();
                f.voeg(
                        "onderwerp",
                        "toets.erkenning.onderwerp.kiezen",
                        // The value to send, with the finding it stands for: never a bare code.
                        String.join(
                                "; ",
                                actueel.stream()
                                        .map(x -> teksten.t(
                                                "toets.erkenning.onderwerp.keuze",
                                                x.onderwerp(),
                                                weergave(x).omschrijving()))
                                        .toList()));
                f.gooiAlsNietLeeg();
            }
            b = actueel.isEmpty()
                    ? vanControle.stream().findFirst().orElseThrow(() -> new NietGevondenException("bevinding"))
                    : actueel.get(0);
        }
        if (b.status() == Status.OPGELOST) {
            throw new ConflictException("toets.erkenning.opgelost", List.of());
        }
        Instant nu = Instant.now();
        if (!bevindingen.erken(
                b.id(),
                b.versie(),
                g.gebruikersnaam(),
                Objects.requireNonNull(reden, "validated").strip(),
                nu)) {
            throw new VersieConflictException();
        }
        Optional<Bevinding> gedeeld = bevindingen.metHistorie(samenwerkingId, Weergave.GEDEELD).stream()
                .filter(x -> x.sleutel().equals(b.sleutel()) && x.status() != Status.OPGELOST)
                .findFirst();
        if (gedeeld.isPresent()
                && !bevindingen.erken(
                        gedeeld.get().id(),
                        gedeeld.get().versie(),
                        g.gebruikersnaam(),
                        Objects.requireNonNull(reden, "validated").strip(),
                        nu)) {
            throw new VersieConflictException();
        }
        Map<String, Object> voor = new LinkedHashMap<>();
        voor.put("status", b.status().name());
        voor.put("reden", b.erkendReden());
        Map<String, Object> na = new LinkedHashMap<>();
        na.put("status", Status.ERKEND.name());
        na.put("reden", reden.strip());
        audit.legVast(Actie.GEWIJZIGD, "bevinding", b.id(), samenwerkingId, voor, na);
        LOG.info(
                "event=toets-erkend samenwerking={} controle={} onderwerp={} gebruiker={}",
                samenwerkingId,
                controle,
                b.onderwerp(),
                g.gebruikersnaam());
        return bevindingen.metHistorie(samenwerkingId, Weergave.VOLLEDIG).stream()
                .filter(x -> x.id() == b.id())
                .findFirst()
                .map(this::weergave)
                .orElseThrow();
    }

    /**
     * For the demo set-up only, when nobody is signed in: acknowledges one open finding in both views, as
     * {@code door}, with an audit record. Does nothing when that finding is not open (already acknowledged on an
     * earlier start, or not there), so it can run on every start.
     */
    @Transactional
    public boolean zaaiErkenning(long samenwerkingId, String controle, String onderwerp, String door, String reden) {
        boolean gedaan = false;
        Instant nu = Instant.now();
        for (Weergave w : Weergave.values()) {
            Optional<Bevinding> open = bevindingen.metHistorie(samenwerkingId, w).stream()
                    .filter(b -> b.controle().equals(controle)
                            && b.onderwerp().equals(onderwerp)
                            && b.status() == Status.OPEN)
                    .findFirst();
            if (open.isPresent()
                    && bevindingen.erken(open.get().id(), open.get().versie(), door, reden, nu)) {
                gedaan = true;
                Map<String, Object> voor = new LinkedHashMap<>();
                voor.put("status", Status.OPEN.name());
                Map<String, Object> na = new LinkedHashMap<>();
                na.put("status", Status.ERKEND.name());
                na.put("reden", reden);
                audit.legVast(Actie.GEWIJZIGD, "bevinding", open.get().id(), samenwerkingId, voor, na);
            }
        }
        return gedaan;
    }

    // ---- evaluation on demand ----

    public EvaluatieUitkomst evalueerAlle() {
        if (!HuidigeGebruiker.get().heeft(Rol.BEHEERDER)) {
            throw new AccessDeniedException("toets evalueren");
        }
        return toetser.evalueerAlle();
    }
}
