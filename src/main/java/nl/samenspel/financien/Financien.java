package nl.samenspel.financien;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.NietGevondenException;
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
 * The money of a samenwerking per municipality (rule 7, vertical line): the cost-sharing key, the budget per year and
 * each municipality's contribution from it, the financial events after the budget with the day each became known,
 * and per municipality the day and way its raad was informed; the informatietermijn. Page and API both come here.
 * Every write locks the samenwerking, checks the version, is audited and publishes {@link FinancienGewijzigd}.
 */
@Service
public class Financien {

    public static final int MIN_JAAR = 2000;
    public static final int MAX_JAAR = 2100;
    public static final int MAX_OMSCHRIJVING = 2000;
    public static final int MIN_TERMIJN = 1;
    public static final int MAX_TERMIJN = 365;
    /** Digits before and after the decimal separator a share or a usage figure may have. */
    public static final int MAX_GEHEEL = 12;

    public static final int MAX_DECIMALEN = 4;

    private static final BigDecimal HONDERD = new BigDecimal("100");

    private final FinancienRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Financien(
            FinancienRepository repository,
            Samenwerkingen samenwerkingen,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.audit = audit;
        this.events = events;
    }

    // ---- reading ----

    /** The key (404 when the user may not see the samenwerking). */
    @Transactional(readOnly = true)
    public Verdeelsleutel verdeelsleutel(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.sleutel(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public List<Begroting> begrotingen(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.begrotingen(samenwerkingId);
    }

    /** The budget of a year; 404 when none was entered. */
    @Transactional(readOnly = true)
    public Begroting begroting(long samenwerkingId, int jaar) {
        samenwerkingen.vind(samenwerkingId);
        return repository.begroting(samenwerkingId, jaar).orElseThrow(() -> new NietGevondenException("begroting"));
    }

    /** The version of a year's budget, 0 while none was entered. */
    @Transactional(readOnly = true)
    public long begrotingVersie(long samenwerkingId, int jaar) {
        samenwerkingen.vind(samenwerkingId);
        return repository.begroting(samenwerkingId, jaar).map(Begroting::versie).orElse(0L);
    }

    @Transactional(readOnly = true)
    public List<FinancieleGebeurtenis> gebeurtenissen(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.gebeurtenissen(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public FinancieleGebeurtenis gebeurtenis(long samenwerkingId, long gebeurtenisId) {
        samenwerkingen.vind(samenwerkingId);
        return bestaand(samenwerkingId, gebeurtenisId);
    }

    @Transactional(readOnly = true)
    public FinancienInstellingen instellingen(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.instellingen(samenwerkingId);
    }

    /**
     * Each participating municipality's contribution in {@code jaar}: the budget split by the key, and the year's
     * extra contributions and deficits split by the same key. Nothing to compute ({@link Bijdragen#berekenbaar()}
     * false) while no key is set or no municipality has a weight.
     */
    @Transactional(readOnly = true)
    public Bijdragen bijdragen(long samenwerkingId, int jaar) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        Verdeelsleutel sleutel = repository.sleutel(samenwerkingId);
        BigDecimal totaal = repository
                .begroting(samenwerkingId, jaar)
                .map(Begroting::totaal)
                .orElse(null);
        BigDecimal extra = repository.gebeurtenissen(samenwerkingId).stream()
                .filter(g -> g.jaar() == jaar && g.soort().nadelig())
                .map(FinancieleGebeurtenis::bedrag)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return bereken(s, sleutel, jaar, totaal, extra);
    }

    /** Pure: the contributions of the participating municipalities by this key. */
    static Bijdragen bereken(
            Samenwerking s, Verdeelsleutel sleutel, int jaar, @Nullable BigDecimal totaal, BigDecimal extra) {
        SleutelSoort soort = sleutel.soort();
        if (soort == null) {
            return new Bijdragen(jaar, totaal, null, extra, List.of(), List.of());
        }
        Map<String, BigDecimal> gewichten = new LinkedHashMap<>();
        List<String> zonder = new ArrayList<>();
        for (Gemeente g : s.gemeenten()) {
            BigDecimal w = soort == SleutelSoort.INWONERS
                    ? (g.inwoners() == null
                            ? null
                            : BigDecimal.valueOf(g.inwoners().longValue()))
                    : sleutel.waarden().get(g.code());
            if (w == null || w.signum() <= 0) {
                zonder.add(g.code());
                w = BigDecimal.ZERO;
            }
            gewichten.put(g.code(), w);
        }
        BigDecimal som = gewichten.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (som.signum() == 0) {
            return new Bijdragen(jaar, totaal, soort, extra, List.of(), zonder);
        }
        Map<String, BigDecimal> bijdrage = Verdeling.verdeel(totaal == null ? BigDecimal.ZERO : totaal, gewichten);
        Map<String, BigDecimal> extraDeel = Verdeling.verdeel(extra, gewichten);
        List<Bijdragen.Bijdrage> regels = new ArrayList<>();
        for (Gemeente g : s.gemeenten()) {
            BigDecimal w = Objects.requireNonNull(gewichten.get(g.code()));
            regels.add(new Bijdragen.Bijdrage(
                    g.code(),
                    g.naam(),
                    w,
                    w.multiply(HONDERD).divide(som, 2, RoundingMode.HALF_UP),
                    Objects.requireNonNull(bijdrage.get(g.code())),
                    Objects.requireNonNull(extraDeel.get(g.code()))));
        }
        return new Bijdragen(jaar, totaal, soort, extra, regels, zonder);
    }

    /** The codes of the participating municipalities, in the samenwerking's order. */
    @Transactional(readOnly = true)
    public List<String> deelnemers(long samenwerkingId) {
        return samenwerkingen.vind(samenwerkingId).gemeenten().stream()
                .map(Gemeente::code)
                .toList();
    }

    public boolean kanBeheren(Samenwerking s) {
        return FinancienRechten.beheren(HuidigeGebruiker.get(), s).ja();
    }

    public boolean kanRaadInformeren(Samenwerking s) {
        return FinancienRechten.raadInformerenIets(HuidigeGebruiker.get(), s).ja();
    }

    /** The municipalities whose raadsinformatie the user may record (all for the regisseur, else their own). */
    public List<Gemeente> teInformeren(Samenwerking s) {
        Gebruiker g = HuidigeGebruiker.get();
        return s.gemeenten().stream()
                .filter(m -> FinancienRechten.raadInformeren(g, s, m.code()).ja())
                .toList();
    }

    public LocalDate vandaag() {
        return Gebeurdatum.vandaag();
    }

    // ---- writing ----

    /**
     * Sets the key. VAST: a share in percent for every participating municipality, together exactly 100; GEBRUIK:
     * usage units for every participating municipality, not negative, together more than 0; INWONERS: no figures
     * (the reference data counts). Errors per municipality on field {@code deel-<code>}.
     */
    @Transactional
    public Verdeelsleutel stelSleutel(
            long samenwerkingId, long versie, @Nullable SleutelSoort soort, Map<String, BigDecimal> delen) {
        Samenwerking s = teBeheren(samenwerkingId);
        Verdeelsleutel voor = repository.sleutel(samenwerkingId);
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        Fouten fouten = new Fouten();
        Map<String, BigDecimal> waarden = new LinkedHashMap<>();
        if (soort == null) {
            fouten.voeg("soort", "financien.fout.soort-verplicht");
        } else if (soort != SleutelSoort.INWONERS) {
            for (String code : delen.keySet()) {
                if (!s.neemtDeel(code)) {
                    fouten.voeg("deel-" + code, "financien.fout.gemeente-geen-deelnemer", code);
                }
            }
            BigDecimal som = BigDecimal.ZERO;
            for (Gemeente g : s.gemeenten()) {
                String veld = "deel-" + g.code();
                BigDecimal w = delen.get(g.code());
                if (w == null) {
                    fouten.voeg(veld, "financien.fout.deel-verplicht", g.naam());
                } else if (w.signum() < 0) {
                    fouten.voeg(veld, "financien.fout.deel-negatief", g.naam());
                } else if (w.stripTrailingZeros().scale() > MAX_DECIMALEN || w.precision() - w.scale() > MAX_GEHEEL) {
                    fouten.voeg(veld, "financien.fout.getal", g.naam());
                } else if (soort == SleutelSoort.VAST && w.compareTo(HONDERD) > 0) {
                    fouten.voeg(veld, "financien.fout.deel-boven-100", g.naam());
                } else {
                    BigDecimal kaal = w.stripTrailingZeros();
                    waarden.put(g.code(), kaal.scale() < 0 ? kaal.setScale(0) : kaal);
                    som = som.add(w);
                }
            }
            if (fouten.leeg() && soort == SleutelSoort.VAST && som.compareTo(HONDERD) != 0) {
                fouten.voeg(
                        "soort",
                        "financien.fout.vast-som",
                        som.stripTrailingZeros().toPlainString().replace('.', ','));
            }
            if (fouten.leeg() && soort == SleutelSoort.GEBRUIK && som.signum() == 0) {
                fouten.voeg("soort", "financien.fout.gebruik-nul");
            }
        }
        fouten.gooiAlsNietLeeg();
        SleutelSoort gekozen = Objects.requireNonNull(soort);
        if (!repository.bewaar(samenwerkingId, gekozen, waarden, versie)) {
            throw new VersieConflictException();
        }
        Verdeelsleutel na = repository.sleutel(samenwerkingId);
        audit.legVast(
                versie == 0 ? Actie.AANGEMAAKT : Actie.GEWIJZIGD,
                "financien_sleutel",
                samenwerkingId,
                samenwerkingId,
                versie == 0 ? Map.of() : velden(voor),
                velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Enters or changes the budget total of a year (Dutch notation); version 0 for a year without one. */
    @Transactional
    public Begroting stelBegroting(long samenwerkingId, int jaar, long versie, @Nullable String totaal) {
        teBeheren(samenwerkingId);
        Fouten fouten = new Fouten();
        jaar(fouten, "jaar", jaar);
        BigDecimal bedrag = bedrag(fouten, "totaal", totaal);
        fouten.gooiAlsNietLeeg();
        Begroting voor = repository.begroting(samenwerkingId, jaar).orElse(null);
        long huidig = voor == null ? 0 : voor.versie();
        if (huidig != versie) {
            throw new VersieConflictException();
        }
        if (!repository.bewaar(samenwerkingId, jaar, Objects.requireNonNull(bedrag), versie)) {
            throw new VersieConflictException();
        }
        Begroting na = repository.begroting(samenwerkingId, jaar).orElseThrow();
        audit.legVast(
                voor == null ? Actie.AANGEMAAKT : Actie.GEWIJZIGD,
                "financien_begroting",
                samenwerkingId + "/" + jaar,
                samenwerkingId,
                voor == null ? Map.of() : velden(voor),
                velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public FinancieleGebeurtenis legVast(long samenwerkingId, GebeurtenisInvoer invoer) {
        teBeheren(samenwerkingId);
        Gecontroleerd c = controleer(invoer);
        long id = repository.maak(samenwerkingId, c.soort, c.jaar, c.bedrag, c.bekendOp, c.omschrijving);
        FinancieleGebeurtenis na = bestaand(samenwerkingId, id);
        audit.legVast(Actie.AANGEMAAKT, "financien_gebeurtenis", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Corrects an event; the raadsinformatie recorded stays. */
    @Transactional
    public FinancieleGebeurtenis wijzig(
            long samenwerkingId, long gebeurtenisId, long versie, GebeurtenisInvoer invoer) {
        teBeheren(samenwerkingId);
        FinancieleGebeurtenis voor = bestaand(samenwerkingId, gebeurtenisId);
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        Gecontroleerd c = controleer(invoer);
        Fouten fouten = new Fouten();
        voor.raden().stream()
                .filter(r -> r.geinformeerdOp().isBefore(c.bekendOp))
                .findFirst()
                .ifPresent(r -> fouten.voeg("bekendOp", "financien.fout.bekend-na-geinformeerd"));
        fouten.gooiAlsNietLeeg();
        if (!repository.wijzig(gebeurtenisId, c.soort, c.jaar, c.bedrag, c.bekendOp, c.omschrijving, versie)) {
            throw new VersieConflictException();
        }
        FinancieleGebeurtenis na = bestaand(samenwerkingId, gebeurtenisId);
        audit.legVast(
                Actie.GEWIJZIGD, "financien_gebeurtenis", gebeurtenisId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /**
     * Records that the raad of a municipality was informed of an event (again: corrects it). The regisseur for any
     * participating municipality, a civil servant or alderman for their own (403 otherwise). The day is not after
     * today and not before the event became known; ANDERS needs a toelichting.
     */
    @Transactional
    public FinancieleGebeurtenis informeer(
            long samenwerkingId, long gebeurtenisId, long versie, RaadsinformatieInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        FinancieleGebeurtenis voor = bestaand(samenwerkingId, gebeurtenisId);
        String code = invoer.gemeente() == null || invoer.gemeente().isBlank()
                ? g.gemeenteCode()
                : invoer.gemeente().strip().toUpperCase(Locale.ROOT);
        Fouten fouten = new Fouten();
        if (code == null) {
            fouten.voeg("gemeente", "financien.fout.gemeente-verplicht");
        } else if (!s.neemtDeel(code)) {
            fouten.voeg("gemeente", "financien.fout.gemeente-geen-deelnemer", code);
        }
        fouten.gooiAlsNietLeeg();
        FinancienRechten.raadInformeren(g, s, code)
                .eis(s, "raad informeren (samenwerking " + samenwerkingId + ", " + code + ")");
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        LocalDate op = Gebeurdatum.controleer(fouten, "geinformeerdOp", invoer.geinformeerdOp());
        if (!fouten.heeft("geinformeerdOp") && op.isBefore(voor.bekendOp())) {
            fouten.voeg("geinformeerdOp", "financien.fout.geinformeerd-voor-bekend");
        }
        if (invoer.wijze() == null) {
            fouten.voeg("wijze", "financien.fout.wijze-verplicht");
        }
        fouten.optioneleTekst("toelichting", invoer.toelichting(), MAX_OMSCHRIJVING);
        String toelichting = leegIsNull(invoer.toelichting());
        if (invoer.wijze() == Informatiewijze.ANDERS && toelichting == null) {
            fouten.voeg("toelichting", "financien.fout.toelichting-verplicht");
        }
        fouten.gooiAlsNietLeeg();
        String gemeente = Objects.requireNonNull(code);
        Raadsinformatie r = new Raadsinformatie(
                gemeente, op, Objects.requireNonNull(invoer.wijze()), toelichting, g.gebruikersnaam());
        if (!repository.informeer(gebeurtenisId, versie, r)) {
            throw new VersieConflictException();
        }
        FinancieleGebeurtenis na = bestaand(samenwerkingId, gebeurtenisId);
        Map<String, @Nullable Object> oud = new LinkedHashMap<>();
        voor.raad(gemeente).ifPresent(v -> oud.putAll(velden(v)));
        audit.legVast(
                oud.isEmpty() ? Actie.AANGEMAAKT : Actie.GEWIJZIGD,
                "financien_raadsinformatie",
                gebeurtenisId + "/" + gemeente,
                samenwerkingId,
                oud,
                velden(r));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** The informatietermijn in days (1 to 365; null: the default). */
    @Transactional
    public FinancienInstellingen stelInstellingen(long samenwerkingId, long versie, @Nullable Integer termijnDagen) {
        teBeheren(samenwerkingId);
        FinancienInstellingen voor = repository.instellingen(samenwerkingId);
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        int termijn = termijnDagen == null ? FinancienFeiten.STANDAARD_INFORMATIETERMIJN : termijnDagen;
        if (termijn < MIN_TERMIJN || termijn > MAX_TERMIJN) {
            new Fouten()
                    .voeg("informatietermijnDagen", "financien.fout.termijn", MIN_TERMIJN, MAX_TERMIJN)
                    .gooiAlsNietLeeg();
        }
        if (!repository.bewaar(samenwerkingId, termijn, versie)) {
            throw new VersieConflictException();
        }
        FinancienInstellingen na = repository.instellingen(samenwerkingId);
        Map<String, @Nullable Object> oud = new LinkedHashMap<>();
        oud.put("informatietermijnDagen", voor.informatietermijnDagen());
        Map<String, @Nullable Object> nieuw = new LinkedHashMap<>();
        nieuw.put("informatietermijnDagen", na.informatietermijnDagen());
        audit.legVast(
                versie == 0 ? Actie.AANGEMAAKT : Actie.GEWIJZIGD,
                "financien_instelling",
                samenwerkingId,
                samenwerkingId,
                versie == 0 ? Map.of() : oud,
                nieuw);
        gewijzigd(samenwerkingId);
        return na;
    }

    // ---- helpers ----

    private record Gecontroleerd(
            FinancieleSoort soort, int jaar, BigDecimal bedrag, LocalDate bekendOp, String omschrijving) {}

    private static Gecontroleerd controleer(GebeurtenisInvoer invoer) {
        Fouten fouten = new Fouten();
        if (invoer.soort() == null) {
            fouten.voeg("soort", "financien.fout.gebeurtenis-soort-verplicht");
        }
        if (invoer.jaar() == null) {
            fouten.voeg("jaar", "fout.verplicht");
        } else {
            jaar(fouten, "jaar", invoer.jaar());
        }
        BigDecimal bedrag = bedrag(fouten, "bedrag", invoer.bedrag());
        LocalDate bekendOp = Gebeurdatum.controleer(fouten, "bekendOp", invoer.bekendOp());
        fouten.tekst("omschrijving", invoer.omschrijving(), MAX_OMSCHRIJVING);
        fouten.gooiAlsNietLeeg();
        return new Gecontroleerd(
                Objects.requireNonNull(invoer.soort()),
                Objects.requireNonNull(invoer.jaar()),
                Objects.requireNonNull(bedrag),
                bekendOp,
                Objects.requireNonNull(invoer.omschrijving()).strip());
    }

    private static void jaar(Fouten fouten, String veld, int jaar) {
        if (jaar < MIN_JAAR || jaar > MAX_JAAR) {
            fouten.voeg(veld, "financien.fout.jaar", MIN_JAAR, MAX_JAAR);
        }
    }

    /** A required, positive amount in Dutch notation; null when refused (then with an error). */
    private static @Nullable BigDecimal bedrag(Fouten fouten, String veld, @Nullable String tekst) {
        Bedrag.Uitkomst u = Bedrag.lees(tekst);
        if (!u.gelukt()) {
            fouten.voeg(veld, Objects.requireNonNull(u.foutSleutel(), "a failed amount has a message key"));
            return null;
        }
        BigDecimal b = u.bedrag();
        if (b == null) {
            fouten.voeg(veld, "fout.verplicht");
        } else if (b.signum() == 0) {
            fouten.voeg(veld, "financien.fout.bedrag-positief");
        }
        return b;
    }

    private Samenwerking teBeheren(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        FinancienRechten.beheren(HuidigeGebruiker.get(), s)
                .eis(s, "financien beheren (samenwerking " + samenwerkingId + ")");
        return s;
    }

    private FinancieleGebeurtenis bestaand(long samenwerkingId, long id) {
        return repository
                .gebeurtenis(samenwerkingId, id)
                .orElseThrow(() -> new NietGevondenException("financiele-gebeurtenis"));
    }

    private static @Nullable String leegIsNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private void gewijzigd(long samenwerkingId) {
        events.publishEvent(new FinancienGewijzigd(samenwerkingId));
    }

    private static Map<String, @Nullable Object> velden(Verdeelsleutel k) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("soort", k.soort() == null ? null : k.soort().name());
        new java.util.TreeMap<>(k.waarden()).forEach((code, w) -> v.put(code, w.toPlainString()));
        return v;
    }

    private static Map<String, @Nullable Object> velden(Begroting b) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("jaar", b.jaar());
        v.put("totaal", b.totaal().toPlainString());
        return v;
    }

    private static Map<String, @Nullable Object> velden(FinancieleGebeurtenis g) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("soort", g.soort().name());
        v.put("jaar", g.jaar());
        v.put("bedrag", g.bedrag().toPlainString());
        v.put("bekendOp", g.bekendOp().toString());
        v.put("omschrijving", g.omschrijving());
        return v;
    }

    private static Map<String, @Nullable Object> velden(Raadsinformatie r) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("gemeente", r.gemeenteCode());
        v.put("geinformeerdOp", r.geinformeerdOp().toString());
        v.put("wijze", r.wijze().name());
        v.put("toelichting", r.toelichting());
        return v;
    }
}
