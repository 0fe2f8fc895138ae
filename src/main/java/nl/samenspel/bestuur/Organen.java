package nl.samenspel.bestuur;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.account.AccountService;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.vorm.Vormen;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance designer (rule 2): the bodies of a samenwerking and their seats, and the proposal the chosen form
 * brings. Page and API both come here; reading is for everyone who sees the samenwerking, writing for its regisseur
 * ({@link BestuurRechten}). Every write locks the samenwerking, checks the version, is audited and publishes
 * {@link BestuurGewijzigd}.
 */
@Service
public class Organen {

    public static final int MAX_NAAM = Fouten.MAX_KORT;
    public static final int MAX_PORTEFEUILLE = 100;
    public static final int MAX_PORTEFEUILLES = 10;
    public static final int MAX_STEMMEN = 100;

    private final BestuurRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final Vormen vormen;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Teksten teksten;

    Organen(
            BestuurRepository repository,
            Samenwerkingen samenwerkingen,
            Vormen vormen,
            AccountService accounts,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Teksten teksten) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.vormen = vormen;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.teksten = teksten;
    }

    // ---- reading ----

    /** The bodies with their seats, in the order they were made (404 when the user may not see it). */
    @Transactional(readOnly = true)
    public List<Orgaan> organen(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.organen(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public Orgaan orgaan(long samenwerkingId, long orgaanId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.orgaan(samenwerkingId, orgaanId).orElseThrow(() -> new NietGevondenException("orgaan"));
    }

    @Transactional(readOnly = true)
    public Zetel zetel(long samenwerkingId, long orgaanId, long zetelId) {
        return zetelVan(orgaan(samenwerkingId, orgaanId), zetelId);
    }

    /** The proposal for the chosen form; empty while no form is chosen. */
    @Transactional(readOnly = true)
    public Optional<Voorstel> voorstel(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        return vormen.gekozen(samenwerkingId).map(v -> Voorstel.voor(v, s.gemeenten()));
    }

    /** Whether the current user may design the bodies of this samenwerking (to show or hide the forms). */
    @Transactional(readOnly = true)
    public boolean kanOntwerpen(Samenwerking s) {
        return BestuurRechten.ontwerpen(HuidigeGebruiker.get(), s).ja();
    }

    /**
     * The accounts linked to seats on the UITVOERING line of a samenwerking (issue 12 point 7): who carries it out.
     * No access check: for the samenwerking module, which decides what they may see.
     */
    @Transactional(readOnly = true)
    public Set<String> uitvoerders(long samenwerkingId) {
        Set<String> uit = new LinkedHashSet<>();
        for (Orgaan o : repository.organen(samenwerkingId)) {
            if (o.lijn() == Lijn.UITVOERING) {
                for (Zetel z : o.zetels()) {
                    if (z.account() != null) {
                        uit.add(z.account());
                    }
                }
            }
        }
        return uit;
    }

    // ---- bodies ----

    @Transactional
    public Orgaan maakOrgaan(long samenwerkingId, OrgaanInvoer invoer) {
        Samenwerking s = teOntwerpen(samenwerkingId);
        OrgaanInvoer ok = controleer(s, invoer);
        long id =
                repository.maakOrgaan(samenwerkingId, naam(ok.naam()), lijn(ok.lijn()), ok.soort(), ok.gemeenteCode());
        Orgaan na = repository.orgaan(samenwerkingId, id).orElseThrow();
        audit.legVast(Actie.AANGEMAAKT, "bestuur_orgaan", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public Orgaan wijzigOrgaan(long samenwerkingId, long orgaanId, long versie, OrgaanInvoer invoer) {
        Samenwerking s = teOntwerpen(samenwerkingId);
        Orgaan voor = bestaand(samenwerkingId, orgaanId);
        OrgaanInvoer ok = controleer(s, invoer);
        if (voor.versie() != versie
                || !repository.wijzigOrgaan(
                        orgaanId, versie, naam(ok.naam()), lijn(ok.lijn()), ok.soort(), ok.gemeenteCode())) {
            throw new VersieConflictException();
        }
        Orgaan na = repository.orgaan(samenwerkingId, orgaanId).orElseThrow();
        audit.legVast(Actie.GEWIJZIGD, "bestuur_orgaan", orgaanId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Removes a body with its seats. */
    @Transactional
    public void verwijderOrgaan(long samenwerkingId, long orgaanId, long versie) {
        teOntwerpen(samenwerkingId);
        Orgaan voor = bestaand(samenwerkingId, orgaanId);
        if (voor.versie() != versie || !repository.verwijderOrgaan(orgaanId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(Actie.VERWIJDERD, "bestuur_orgaan", orgaanId, samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    /**
     * Creates the proposed bodies that do not exist yet (same kind, and for an account meeting the same
     * municipality): adopting twice changes nothing. Refused (409) while no form is chosen. Returns all bodies.
     */
    @Transactional
    public List<Orgaan> neemVoorstelOver(long samenwerkingId) {
        Samenwerking s = teOntwerpen(samenwerkingId);
        Voorstel voorstel = vormen.gekozen(samenwerkingId)
                .map(v -> Voorstel.voor(v, s.gemeenten()))
                .orElseThrow(() -> new ConflictException("bestuur.fout.geen-vorm", List.of()));
        List<Orgaan> bestaand = repository.organen(samenwerkingId);
        boolean iets = false;
        for (Voorstel.Voorgesteld v : voorstel.organen()) {
            if (bestaand.stream().anyMatch(v::is)) {
                continue;
            }
            long id = repository.maakOrgaan(samenwerkingId, teksten.t(v.naam()), v.lijn(), v.soort(), v.gemeenteCode());
            Orgaan na = repository.orgaan(samenwerkingId, id).orElseThrow();
            Map<String, @Nullable Object> velden = velden(na);
            velden.put("voorstel", voorstel.vorm().name());
            audit.legVast(Actie.AANGEMAAKT, "bestuur_orgaan", id, samenwerkingId, Map.of(), velden);
            iets = true;
        }
        if (iets) {
            gewijzigd(samenwerkingId);
        }
        return repository.organen(samenwerkingId);
    }

    // ---- seats ----

    @Transactional
    public Zetel maakZetel(long samenwerkingId, long orgaanId, ZetelInvoer invoer) {
        Samenwerking s = teOntwerpen(samenwerkingId);
        bestaand(samenwerkingId, orgaanId);
        BestuurRepository.GecontroleerdeZetel ok = controleer(s, invoer);
        long id = repository.maakZetel(orgaanId, samenwerkingId, ok);
        Zetel na = zetelVan(bestaand(samenwerkingId, orgaanId), id);
        audit.legVast(Actie.AANGEMAAKT, "bestuur_zetel", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public Zetel wijzigZetel(long samenwerkingId, long orgaanId, long zetelId, long versie, ZetelInvoer invoer) {
        Samenwerking s = teOntwerpen(samenwerkingId);
        Zetel voor = zetelVan(bestaand(samenwerkingId, orgaanId), zetelId);
        BestuurRepository.GecontroleerdeZetel ok = controleer(s, invoer);
        if (voor.versie() != versie || !repository.wijzigZetel(zetelId, versie, ok)) {
            throw new VersieConflictException();
        }
        Zetel na = zetelVan(bestaand(samenwerkingId, orgaanId), zetelId);
        audit.legVast(Actie.GEWIJZIGD, "bestuur_zetel", zetelId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public void verwijderZetel(long samenwerkingId, long orgaanId, long zetelId, long versie) {
        teOntwerpen(samenwerkingId);
        Zetel voor = zetelVan(bestaand(samenwerkingId, orgaanId), zetelId);
        if (voor.versie() != versie || !repository.verwijderZetel(zetelId, versie)) {
            throw new VersieConflictException();
        }
        audit.legVast(Actie.VERWIJDERD, "bestuur_zetel", zetelId, samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    // ---- helpers ----

    private Samenwerking teOntwerpen(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        BestuurRechten.ontwerpen(HuidigeGebruiker.get(), s).eis(s, "bestuur (samenwerking " + samenwerkingId + ")");
        return s;
    }

    private Orgaan bestaand(long samenwerkingId, long orgaanId) {
        return repository.orgaan(samenwerkingId, orgaanId).orElseThrow(() -> new NietGevondenException("orgaan"));
    }

    private static Zetel zetelVan(Orgaan o, long zetelId) {
        return o.zetels().stream()
                .filter(z -> z.id() == zetelId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("zetel"));
    }

    private void gewijzigd(long samenwerkingId) {
        events.publishEvent(new BestuurGewijzigd(samenwerkingId));
        uitvoeringGewijzigd(samenwerkingId);
    }

    /**
     * After every write to a body or a seat: who carries out the samenwerking may have changed, and the samenwerking
     * module decides who sees it (issue 12 point 7, ADR 0013).
     */
    private void uitvoeringGewijzigd(long samenwerkingId) {
        samenwerkingen.zetUitvoerders(samenwerkingId, uitvoerders(samenwerkingId));
    }

    private static OrgaanInvoer controleer(Samenwerking s, OrgaanInvoer invoer) {
        Fouten fouten = new Fouten();
        fouten.tekst("naam", invoer.naam(), MAX_NAAM);
        if (invoer.lijn() == null) {
            fouten.voeg("lijn", "bestuur.fout.lijn-verplicht");
        }
        String gemeente = gemeente(fouten, s, "gemeente", invoer.gemeenteCode());
        fouten.gooiAlsNietLeeg();
        return new OrgaanInvoer(
                java.util.Objects.requireNonNull(invoer.naam()).strip(), invoer.lijn(), invoer.soort(), gemeente);
    }

    private BestuurRepository.GecontroleerdeZetel controleer(Samenwerking s, ZetelInvoer invoer) {
        Fouten fouten = new Fouten();
        fouten.tekst("persoon", invoer.persoon(), MAX_NAAM);
        String gemeente = gemeente(fouten, s, "gemeente", invoer.gemeenteCode());
        ZetelRol rol = invoer.rol();
        if (rol == null) {
            fouten.voeg("rol", "bestuur.fout.rol-verplicht");
        } else if (rol == ZetelRol.BESTUURLIJK && gemeente == null && !fouten.heeft("gemeente")) {
            fouten.voeg("gemeente", "bestuur.fout.gemeente-bestuurlijk");
        }
        List<String> portefeuilles = new ArrayList<>();
        for (String p : invoer.portefeuilles() == null ? List.<String>of() : invoer.portefeuilles()) {
            String schoon = p == null ? "" : p.strip().replaceAll("\\s+", " ");
            if (schoon.length() > MAX_PORTEFEUILLE) {
                fouten.voeg("portefeuilles", "bestuur.fout.portefeuille-te-lang", MAX_PORTEFEUILLE);
            } else if (!schoon.isEmpty() && !portefeuilles.contains(schoon)) {
                portefeuilles.add(schoon);
            }
        }
        if (portefeuilles.size() > MAX_PORTEFEUILLES) {
            fouten.voeg("portefeuilles", "bestuur.fout.portefeuilles-te-veel", MAX_PORTEFEUILLES);
        }
        if (rol == ZetelRol.AMBTELIJK && !portefeuilles.isEmpty()) {
            fouten.voeg("portefeuilles", "bestuur.fout.portefeuille-ambtelijk");
        }
        fouten.optioneleTekst("functie", invoer.functie(), MAX_NAAM);
        int stemmen = invoer.stemmen() == null ? 1 : invoer.stemmen();
        if (stemmen < 1 || stemmen > MAX_STEMMEN) {
            fouten.voeg("stemmen", "bestuur.fout.stemmen", MAX_STEMMEN);
        }
        String account = invoer.account() == null || invoer.account().isBlank()
                ? null
                : invoer.account().strip();
        if (account != null && !accounts.bestaat(account)) {
            fouten.voeg("account", "bestuur.fout.account-onbekend", account);
        }
        fouten.gooiAlsNietLeeg();
        String functie = invoer.functie() == null || invoer.functie().isBlank()
                ? null
                : invoer.functie().strip();
        return new BestuurRepository.GecontroleerdeZetel(
                java.util.Objects.requireNonNull(invoer.persoon()).strip(),
                gemeente,
                java.util.Objects.requireNonNull(rol),
                portefeuilles,
                functie,
                stemmen,
                account);
    }

    /** A blank code is none; otherwise it must be a participating municipality. */
    private static @Nullable String gemeente(Fouten fouten, Samenwerking s, String veld, @Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String schoon = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!s.neemtDeel(schoon)) {
            fouten.voeg(veld, "bestuur.fout.gemeente-geen-deelnemer", code.strip());
            return null;
        }
        return schoon;
    }

    private static String naam(@Nullable String naam) {
        return java.util.Objects.requireNonNull(naam);
    }

    private static Lijn lijn(@Nullable Lijn lijn) {
        return java.util.Objects.requireNonNull(lijn);
    }

    private static Map<String, @Nullable Object> velden(Orgaan o) {
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("naam", o.naam());
        velden.put("lijn", o.lijn().name());
        velden.put("soort", o.soort() == null ? null : o.soort().name());
        velden.put("gemeente", o.gemeenteCode());
        velden.put(
                "zetels",
                o.zetels().stream()
                        .map(z -> z.persoon() + " (" + z.rol().name() + ")")
                        .toList());
        return velden;
    }

    private static Map<String, @Nullable Object> velden(Zetel z) {
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("orgaan", z.orgaanId());
        velden.put("persoon", z.persoon());
        velden.put("gemeente", z.gemeenteCode());
        velden.put("rol", z.rol().name());
        velden.put("portefeuilles", z.portefeuilles());
        velden.put("functie", z.functie());
        velden.put("stemmen", z.stemmen());
        velden.put("account", z.account());
        return velden;
    }
}
