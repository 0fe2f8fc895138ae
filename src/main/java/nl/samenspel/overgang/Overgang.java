package nl.samenspel.overgang;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.Fouten;
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
 * The start of the running cooperation: start date, transition period and its measures, overdrachtsinventaris and
 * expectations register. Page and API both come here; reading is for everyone who sees the samenwerking, writing as
 * {@link OvergangRechten} says. Every write locks the samenwerking, checks the version, is audited and publishes
 * {@link OvergangGewijzigd}.
 */
@Service
public class Overgang {

    public static final int MAX_NAAM = Fouten.MAX_KORT;
    public static final int MAX_OMSCHRIJVING = 2000;
    public static final int MAX_TOELICHTING = Fouten.MAX_LANG;
    public static final int VROEGSTE_JAAR = 1950;
    public static final int LAATSTE_JAAR = 2100;

    private final OvergangRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Overgang(
            OvergangRepository repository,
            Samenwerkingen samenwerkingen,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The transition period of the samenwerking, empty while none is set up. No access check: the agreements module
     * asks it to choose a new line's default status and how often reviews come.
     */
    @Transactional(readOnly = true)
    public Optional<Transitie> transitie(long samenwerkingId) {
        return repository.stand(samenwerkingId).map(Overgangsstand::transitie);
    }

    // ---- reading (404 when the user may not see the samenwerking) ----

    /** The start and transition; version 0 and nothing filled in while nothing was recorded. */
    @Transactional(readOnly = true)
    public Overgangsstand stand(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.stand(samenwerkingId).orElseGet(() -> Overgangsstand.leeg(samenwerkingId));
    }

    @Transactional(readOnly = true)
    public List<Maatregel> maatregelen(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.maatregelen(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public Maatregel maatregel(long samenwerkingId, long maatregelId) {
        samenwerkingen.vind(samenwerkingId);
        return bestaandeMaatregel(samenwerkingId, maatregelId);
    }

    @Transactional(readOnly = true)
    public List<Overdracht> inventaris(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.inventaris(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public Overdracht overdracht(long samenwerkingId, long overdrachtId) {
        samenwerkingen.vind(samenwerkingId);
        return bestaandeOverdracht(samenwerkingId, overdrachtId);
    }

    @Transactional(readOnly = true)
    public List<Verwachting> verwachtingen(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.verwachtingen(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public Verwachting verwachting(long samenwerkingId, long verwachtingId) {
        samenwerkingen.vind(samenwerkingId);
        return bestaandeVerwachting(samenwerkingId, verwachtingId);
    }

    // ---- what the current user may do (to show or hide forms) ----

    public boolean kanVastleggen(Samenwerking s) {
        return OvergangRechten.vastleggen(HuidigeGebruiker.get(), s).ja();
    }

    public boolean kanInventarisAanvullen(Samenwerking s) {
        return OvergangRechten.inventarisAanvullen(HuidigeGebruiker.get(), s).ja();
    }

    public boolean kanInventaris(Samenwerking s, @Nullable String gemeente) {
        return OvergangRechten.inventaris(HuidigeGebruiker.get(), s, gemeente).ja();
    }

    public boolean kanVerwachtingen(Samenwerking s) {
        return OvergangRechten.verwachtingen(HuidigeGebruiker.get(), s).ja();
    }

    // ---- the edit pages: the item to edit (null for a new one), only for who may write it (403) ----

    @Transactional(readOnly = true)
    public @Nullable Maatregel maatregelTeBewerken(long samenwerkingId, @Nullable Long maatregelId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        OvergangRechten.vastleggen(HuidigeGebruiker.get(), s).eis(s, wat("maatregelen", s));
        return maatregelId == null ? null : bestaandeMaatregel(samenwerkingId, maatregelId);
    }

    @Transactional(readOnly = true)
    public @Nullable Overdracht overdrachtTeBewerken(long samenwerkingId, @Nullable Long overdrachtId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        OvergangRechten.inventarisAanvullen(g, s).eis(s, wat("overdrachtsinventaris", s));
        if (overdrachtId == null) {
            return null;
        }
        Overdracht o = overdracht(samenwerkingId, overdrachtId);
        OvergangRechten.inventaris(g, s, o.gemeenteCode()).eis(s, wat("overdrachtsinventaris", s));
        return o;
    }

    @Transactional(readOnly = true)
    public @Nullable Verwachting verwachtingTeBewerken(long samenwerkingId, @Nullable Long verwachtingId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        OvergangRechten.verwachtingen(HuidigeGebruiker.get(), s).eis(s, wat("verwachtingen", s));
        return verwachtingId == null ? null : bestaandeVerwachting(samenwerkingId, verwachtingId);
    }

    // ---- start and transition ----

    /**
     * Records or changes the formal start and the transition period. {@code versie} is the version the user saw: 0
     * when nothing was recorded yet. The transition needs both days, its end not before its start.
     */
    @Transactional
    public Overgangsstand legVast(long samenwerkingId, long versie, StartInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        OvergangRechten.vastleggen(HuidigeGebruiker.get(), s).eis(s, "overgang (samenwerking " + samenwerkingId + ")");
        Fouten fouten = new Fouten();
        LocalDate start = datum(fouten, "start", invoer.start());
        LocalDate ts = datum(fouten, "transitieStart", invoer.transitieStart());
        LocalDate te = datum(fouten, "transitieEind", invoer.transitieEind());
        if (ts == null && te != null && !fouten.heeft("transitieStart")) {
            fouten.voeg("transitieStart", "overgang.fout.transitie-start-ontbreekt");
        }
        if (te == null && ts != null && !fouten.heeft("transitieEind")) {
            fouten.voeg("transitieEind", "overgang.fout.transitie-eind-ontbreekt");
        }
        if (ts != null && te != null && te.isBefore(ts)) {
            fouten.voeg("transitieEind", "overgang.fout.transitie-eind-voor-start");
        }
        fouten.optioneleTekst("toelichting", invoer.toelichting(), MAX_TOELICHTING);
        fouten.gooiAlsNietLeeg();
        Transitie transitie = ts == null || te == null ? null : new Transitie(ts, te);
        String toelichting = schoon(invoer.toelichting());
        Optional<Overgangsstand> voor = repository.stand(samenwerkingId);
        long huidig = voor.map(Overgangsstand::versie).orElse(0L);
        if (huidig != versie) {
            throw new VersieConflictException();
        }
        if (voor.isEmpty()) {
            repository.maakStand(samenwerkingId, start, transitie, toelichting);
        } else if (!repository.wijzigStand(samenwerkingId, versie, start, transitie, toelichting)) {
            throw new VersieConflictException();
        }
        Overgangsstand na = repository.stand(samenwerkingId).orElseThrow();
        audit.legVast(
                voor.isPresent() ? Actie.GEWIJZIGD : Actie.AANGEMAAKT,
                "overgang_stand",
                samenwerkingId,
                samenwerkingId,
                voor.map(Overgang::velden).orElse(Map.of()),
                velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    // ---- measures ----

    @Transactional
    public Maatregel maakMaatregel(long samenwerkingId, MaatregelInvoer invoer) {
        vastTeLeggen(samenwerkingId);
        GecontroleerdeMaatregel ok = controleer(invoer);
        long id = repository.maakMaatregel(samenwerkingId, ok.soort(), ok.omschrijving(), ok.jaar(), ok.bedrag());
        Maatregel na = bestaandeMaatregel(samenwerkingId, id);
        audit.legVast(Actie.AANGEMAAKT, "overgang_maatregel", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public Maatregel wijzigMaatregel(long samenwerkingId, long maatregelId, long versie, MaatregelInvoer invoer) {
        vastTeLeggen(samenwerkingId);
        Maatregel voor = bestaandeMaatregel(samenwerkingId, maatregelId);
        GecontroleerdeMaatregel ok = controleer(invoer);
        if (voor.versie() != versie
                || !repository.wijzigMaatregel(
                        maatregelId, versie, ok.soort(), ok.omschrijving(), ok.jaar(), ok.bedrag())) {
            throw new VersieConflictException();
        }
        Maatregel na = bestaandeMaatregel(samenwerkingId, maatregelId);
        audit.legVast(Actie.GEWIJZIGD, "overgang_maatregel", maatregelId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public void verwijderMaatregel(long samenwerkingId, long maatregelId, long versie) {
        vastTeLeggen(samenwerkingId);
        Maatregel voor = bestaandeMaatregel(samenwerkingId, maatregelId);
        if (voor.versie() != versie || !repository.verwijder(OvergangRepository.Tabel.MAATREGEL, maatregelId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(Actie.VERWIJDERD, "overgang_maatregel", maatregelId, samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- overdrachtsinventaris ----

    @Transactional
    public Overdracht maakOverdracht(long samenwerkingId, OverdrachtInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        OvergangRechten.inventarisAanvullen(HuidigeGebruiker.get(), s).eis(s, wat("overdrachtsinventaris", s));
        OvergangRepository.GecontroleerdeOverdracht ok = controleer(s, invoer, null);
        OvergangRechten.inventaris(HuidigeGebruiker.get(), s, ok.gemeenteCode())
                .eis(s, wat("overdrachtsinventaris", s));
        long id = repository.maakOverdracht(samenwerkingId, ok);
        Overdracht na = bestaandeOverdracht(samenwerkingId, id);
        audit.legVast(Actie.AANGEMAAKT, "overgang_overdracht", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public Overdracht wijzigOverdracht(long samenwerkingId, long overdrachtId, long versie, OverdrachtInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        OvergangRechten.inventarisAanvullen(g, s).eis(s, wat("overdrachtsinventaris", s));
        Overdracht voor = bestaandeOverdracht(samenwerkingId, overdrachtId);
        OvergangRechten.inventaris(g, s, voor.gemeenteCode()).eis(s, wat("overdrachtsinventaris", s));
        OvergangRepository.GecontroleerdeOverdracht ok = controleer(s, invoer, voor.gemeenteCode());
        OvergangRechten.inventaris(g, s, ok.gemeenteCode()).eis(s, wat("overdrachtsinventaris", s));
        if (voor.versie() != versie || !repository.wijzigOverdracht(overdrachtId, versie, ok)) {
            throw new VersieConflictException();
        }
        Overdracht na = bestaandeOverdracht(samenwerkingId, overdrachtId);
        audit.legVast(Actie.GEWIJZIGD, "overgang_overdracht", overdrachtId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public void verwijderOverdracht(long samenwerkingId, long overdrachtId, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        OvergangRechten.inventarisAanvullen(g, s).eis(s, wat("overdrachtsinventaris", s));
        Overdracht voor = bestaandeOverdracht(samenwerkingId, overdrachtId);
        OvergangRechten.inventaris(g, s, voor.gemeenteCode()).eis(s, wat("overdrachtsinventaris", s));
        if (voor.versie() != versie
                || !repository.verwijder(OvergangRepository.Tabel.OVERDRACHT, overdrachtId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(Actie.VERWIJDERD, "overgang_overdracht", overdrachtId, samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- expectations ----

    @Transactional
    public Verwachting maakVerwachting(long samenwerkingId, VerwachtingInvoer invoer) {
        verwachtingenTeBeheren(samenwerkingId);
        OvergangRepository.GecontroleerdeVerwachting ok = controleer(invoer);
        long id = repository.maakVerwachting(samenwerkingId, ok);
        Verwachting na = bestaandeVerwachting(samenwerkingId, id);
        audit.legVast(Actie.AANGEMAAKT, "overgang_verwachting", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public Verwachting wijzigVerwachting(
            long samenwerkingId, long verwachtingId, long versie, VerwachtingInvoer invoer) {
        verwachtingenTeBeheren(samenwerkingId);
        Verwachting voor = bestaandeVerwachting(samenwerkingId, verwachtingId);
        OvergangRepository.GecontroleerdeVerwachting ok = controleer(invoer);
        if (voor.versie() != versie || !repository.wijzigVerwachting(verwachtingId, versie, ok)) {
            throw new VersieConflictException();
        }
        Verwachting na = bestaandeVerwachting(samenwerkingId, verwachtingId);
        audit.legVast(Actie.GEWIJZIGD, "overgang_verwachting", verwachtingId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public void verwijderVerwachting(long samenwerkingId, long verwachtingId, long versie) {
        verwachtingenTeBeheren(samenwerkingId);
        Verwachting voor = bestaandeVerwachting(samenwerkingId, verwachtingId);
        if (voor.versie() != versie
                || !repository.verwijder(OvergangRepository.Tabel.VERWACHTING, verwachtingId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(Actie.VERWIJDERD, "overgang_verwachting", verwachtingId, samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- helpers ----

    private Samenwerking vastTeLeggen(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        OvergangRechten.vastleggen(HuidigeGebruiker.get(), s).eis(s, wat("maatregelen", s));
        return s;
    }

    private Samenwerking verwachtingenTeBeheren(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        OvergangRechten.verwachtingen(HuidigeGebruiker.get(), s).eis(s, wat("verwachtingen", s));
        return s;
    }

    private static String wat(String onderdeel, Samenwerking s) {
        return onderdeel + " (samenwerking " + s.id() + ")";
    }

    private Maatregel bestaandeMaatregel(long samenwerkingId, long maatregelId) {
        return repository.maatregelen(samenwerkingId).stream()
                .filter(m -> m.id() == maatregelId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("maatregel"));
    }

    private Overdracht bestaandeOverdracht(long samenwerkingId, long overdrachtId) {
        return repository.inventaris(samenwerkingId).stream()
                .filter(o -> o.id() == overdrachtId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("overdracht"));
    }

    private Verwachting bestaandeVerwachting(long samenwerkingId, long verwachtingId) {
        return repository.verwachtingen(samenwerkingId).stream()
                .filter(v -> v.id() == verwachtingId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("verwachting"));
    }

    private void gewijzigd(long samenwerkingId) {
        events.publishEvent(new OvergangGewijzigd(samenwerkingId));
    }

    private record GecontroleerdeMaatregel(
            MaatregelSoort soort,
            String omschrijving,
            @Nullable Integer jaar,
            @Nullable BigDecimal bedrag) {}

    private static GecontroleerdeMaatregel controleer(MaatregelInvoer invoer) {
        Fouten fouten = new Fouten();
        if (invoer.soort() == null) {
            fouten.voeg("soort", "overgang.fout.maatregel-soort-verplicht");
        }
        fouten.tekst("omschrijving", invoer.omschrijving(), MAX_OMSCHRIJVING);
        Integer jaar = invoer.jaar();
        if (jaar != null && (jaar < VROEGSTE_JAAR || jaar > LAATSTE_JAAR)) {
            fouten.voeg("jaar", "overgang.fout.jaar", VROEGSTE_JAAR, LAATSTE_JAAR);
        }
        String bedragFout = invoer.bedrag().foutSleutel();
        if (bedragFout != null) {
            fouten.voeg("bedrag", bedragFout);
        }
        fouten.gooiAlsNietLeeg();
        return new GecontroleerdeMaatregel(
                Objects.requireNonNull(invoer.soort()),
                Objects.requireNonNull(invoer.omschrijving()).strip(),
                jaar,
                invoer.bedrag().bedrag());
    }

    /**
     * {@code bestaand}: the municipality of the item being changed, which may stay even when that party has left
     * since (leaving is history, ADR 0014); any other must be a participating municipality.
     */
    private static OvergangRepository.GecontroleerdeOverdracht controleer(
            Samenwerking s, OverdrachtInvoer invoer, @Nullable String bestaand) {
        Fouten fouten = new Fouten();
        if (invoer.soort() == null) {
            fouten.voeg("soort", "overgang.fout.overdracht-soort-verplicht");
        }
        fouten.tekst("naam", invoer.naam(), MAX_NAAM);
        fouten.optioneleTekst("omschrijving", invoer.omschrijving(), MAX_OMSCHRIJVING);
        String gemeente = null;
        if (invoer.gemeente() != null && !invoer.gemeente().isBlank()) {
            String code = invoer.gemeente().strip().toUpperCase(Locale.ROOT);
            if (s.neemtDeel(code) || code.equals(bestaand)) {
                gemeente = code;
            } else {
                fouten.voeg(
                        "gemeente",
                        "overgang.fout.gemeente-geen-deelnemer",
                        invoer.gemeente().strip());
            }
        }
        fouten.gooiAlsNietLeeg();
        return new OvergangRepository.GecontroleerdeOverdracht(
                Objects.requireNonNull(invoer.soort()),
                Objects.requireNonNull(invoer.naam()).strip(),
                schoon(invoer.omschrijving()),
                gemeente,
                invoer.ontdektNaStart());
    }

    private static OvergangRepository.GecontroleerdeVerwachting controleer(VerwachtingInvoer invoer) {
        Fouten fouten = new Fouten();
        if (invoer.groep() == null) {
            fouten.voeg("groep", "overgang.fout.groep-verplicht");
        }
        fouten.tekst("verwachting", invoer.verwachting(), MAX_OMSCHRIJVING);
        fouten.optioneleTekst("communicatie", invoer.communicatie(), MAX_OMSCHRIJVING);
        LocalDate toets = datum(fouten, "volgendeToets", invoer.volgendeToets());
        fouten.gooiAlsNietLeeg();
        return new OvergangRepository.GecontroleerdeVerwachting(
                Objects.requireNonNull(invoer.groep()),
                Objects.requireNonNull(invoer.verwachting()).strip(),
                schoon(invoer.communicatie()),
                toets);
    }

    /**
     * A planned or recorded day as {@code yyyy-MM-dd}: blank is none; unreadable, or a year outside
     * {@value #VROEGSTE_JAAR}–{@value #LAATSTE_JAAR} (a typing error), adds an error for {@code veld}.
     */
    private static @Nullable LocalDate datum(Fouten fouten, String veld, @Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            LocalDate dag = LocalDate.parse(tekst.strip());
            if (dag.getYear() < VROEGSTE_JAAR || dag.getYear() > LAATSTE_JAAR) {
                fouten.voeg(veld, "overgang.fout.datum-bereik", VROEGSTE_JAAR, LAATSTE_JAAR);
                return null;
            }
            return dag;
        } catch (DateTimeParseException e) {
            fouten.voeg(veld, "fout.datum.ongeldig");
            return null;
        }
    }

    private static @Nullable String schoon(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private static Map<String, @Nullable Object> velden(Overgangsstand s) {
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("start", s.start() == null ? null : s.start().toString());
        velden.put(
                "transitieStart",
                s.transitie() == null ? null : s.transitie().start().toString());
        velden.put(
                "transitieEind",
                s.transitie() == null ? null : s.transitie().eind().toString());
        velden.put("toelichting", s.toelichting());
        return velden;
    }

    private static Map<String, @Nullable Object> velden(Maatregel m) {
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("soort", m.soort().name());
        velden.put("omschrijving", m.omschrijving());
        velden.put("jaar", m.jaar());
        velden.put("bedrag", m.bedrag() == null ? null : m.bedrag().toPlainString());
        return velden;
    }

    private static Map<String, @Nullable Object> velden(Overdracht o) {
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("soort", o.soort().name());
        velden.put("naam", o.naam());
        velden.put("omschrijving", o.omschrijving());
        velden.put("gemeente", o.gemeenteCode());
        velden.put("ontdektNaStart", o.ontdektNaStart());
        return velden;
    }

    private static Map<String, @Nullable Object> velden(Verwachting v) {
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("groep", v.groep().name());
        velden.put("verwachting", v.verwachting());
        velden.put("communicatie", v.communicatie());
        velden.put(
                "volgendeToets",
                v.volgendeToets() == null ? null : v.volgendeToets().toString());
        return velden;
    }
}
