package nl.samenspel.regeling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Vormen;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regeling part of a samenwerking: the checklist derived from the chosen form, its marks, the day the draft went
 * to the raden, and the raden's toestemming and zienswijze. Page and API both come here; the rights are
 * {@link RegelingRechten}'s. Every write locks the samenwerking, checks the version of the whole part (one version
 * for checklist and decisions), is audited and publishes {@link RegelingGewijzigd}.
 */
@Service
public class Regelingen {

    public static final int MAX_VERWIJZING = 500;
    public static final int MAX_DOCUMENT = 500;
    public static final int MAX_URL = 1000;

    private final RegelingRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final Vormen vormen;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Regelingen(
            RegelingRepository repository,
            Samenwerkingen samenwerkingen,
            Vormen vormen,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.vormen = vormen;
        this.audit = audit;
        this.events = events;
    }

    /** The samenwerking, for a user who may see it (404 otherwise). */
    @Transactional(readOnly = true)
    public Samenwerking samenwerking(long id) {
        return samenwerkingen.vind(id);
    }

    public RegelingRechten.Voor rechten(Samenwerking s) {
        return new RegelingRechten.Voor(HuidigeGebruiker.get(), s);
    }

    /** The regeling part, for a user who may see the samenwerking (404 otherwise). */
    @Transactional(readOnly = true)
    public Regelinginhoud inhoud(long id) {
        return bouw(samenwerkingen.vind(id));
    }

    /**
     * What the raad of {@code gemeenteCode} can do under the chosen form and what it decided so far, for the council's
     * view (which checked access and the municipality already).
     */
    @Transactional(readOnly = true)
    public Raadsinstrumenten.Overzicht voorRaad(long id, String gemeenteCode) {
        Regelinginhoud r = bouw(samenwerkingen.vind(id));
        Vorm vorm = r.vorm();
        Regelinginhoud.GemeenteStand stand = r.gemeenten().stream()
                .filter(g -> g.gemeente().code().equals(gemeenteCode))
                .findFirst()
                .orElse(null);
        return new Raadsinstrumenten.Overzicht(
                vorm,
                vorm == null ? List.of() : Raadsinstrumenten.voor(vorm),
                stand == null ? null : stand.toestemming(),
                stand == null ? null : stand.zienswijze(),
                r.ontwerpVerzonden(),
                r.zienswijzeTermijnTot());
    }

    private Regelinginhoud bouw(Samenwerking s) {
        long id = s.id();
        Vorm vorm = vormen.gekozen(id).orElse(null);
        RegelingRepository.Kop kop = repository.kop(id).orElse(null);
        long versie = kop == null ? 0L : kop.versie();
        LocalDate verzonden = kop == null ? null : kop.ontwerpVerzonden();
        Map<RegelingOnderdeel, Regelinginhoud.Item> gemarkeerd = new EnumMap<>(RegelingOnderdeel.class);
        for (RegelingRepository.Markering m : repository.markeringen(List.of(id))) {
            gemarkeerd.put(
                    m.onderdeel(),
                    new Regelinginhoud.Item(m.onderdeel(), m.status(), m.verwijzing(), m.door(), m.op()));
        }
        List<RegelingOnderdeel> vereistVoorVorm = vorm == null ? List.of() : RegelingOnderdeel.vereistVoor(vorm);
        List<Regelinginhoud.Item> vereist = vereistVoorVorm.stream()
                .map(o -> gemarkeerd.getOrDefault(o, Regelinginhoud.Item.open(o)))
                .toList();
        List<Regelinginhoud.Item> nietMeer = gemarkeerd.values().stream()
                .filter(i -> !vereistVoorVorm.contains(i.onderdeel()))
                .toList();
        Map<String, Map<RaadsbesluitSoort, Raadsbesluit>> besluiten = new LinkedHashMap<>();
        for (RegelingRepository.Besluit b : repository.besluiten(List.of(id))) {
            besluiten
                    .computeIfAbsent(b.besluit().gemeenteCode(), k -> new EnumMap<>(RaadsbesluitSoort.class))
                    .put(b.besluit().soort(), b.besluit());
        }
        List<Regelinginhoud.GemeenteStand> gemeenten = new ArrayList<>();
        for (Gemeente g : s.gemeenten()) {
            Map<RaadsbesluitSoort, Raadsbesluit> van = besluiten.getOrDefault(g.code(), Map.of());
            gemeenten.add(new Regelinginhoud.GemeenteStand(
                    g, van.get(RaadsbesluitSoort.TOESTEMMING), van.get(RaadsbesluitSoort.ZIENSWIJZE)));
        }
        return new Regelinginhoud(id, vorm, vereist, nietMeer, gemeenten, verzonden, versie);
    }

    // ---- the checklist ----

    /**
     * Marks a required item as arranged (with where the draft arranges it) or, for the adviescommissie only, as
     * considered and left out (with why). Refused for anyone but the regisseur (403), without a Wgr form or for an
     * item the form does not require (409), with bad input (400) or a stale version (412); nothing is stored then.
     */
    @Transactional
    public Regelinginhoud markeer(
            long id,
            RegelingOnderdeel onderdeel,
            @Nullable OnderdeelStatus status,
            @Nullable String verwijzing,
            long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        RegelingRechten.onderdeelMarkeren(HuidigeGebruiker.get(), s)
                .eis(s, "regeling-inhoud (samenwerking " + id + ")");
        Fouten fouten = new Fouten();
        if (status == null) {
            fouten.voeg("status", "regeling.fout.status-verplicht");
        } else if (status == OnderdeelStatus.AFGEWOGEN && !OnderdeelStatus.magAfgewogen(onderdeel)) {
            fouten.voeg("status", "regeling.fout.afwegen-niet");
        }
        fouten.tekst("verwijzing", verwijzing, MAX_VERWIJZING);
        fouten.gooiAlsNietLeeg();
        Regelinginhoud voor = bouw(s);
        eisVereist(voor, onderdeel);
        pasVersieAan(id, versie);
        repository.markeer(
                id,
                onderdeel,
                java.util.Objects.requireNonNull(status),
                java.util.Objects.requireNonNull(verwijzing).strip(),
                HuidigeGebruiker.get().gebruikersnaam());
        return vastgelegd(s, voor, "regeling_onderdeel", id + ":" + onderdeel.name());
    }

    /** Undoes a mark (the item is open again). Same refusals as {@link #markeer}. */
    @Transactional
    public Regelinginhoud wisMarkering(long id, RegelingOnderdeel onderdeel, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        RegelingRechten.onderdeelMarkeren(HuidigeGebruiker.get(), s)
                .eis(s, "regeling-inhoud (samenwerking " + id + ")");
        Regelinginhoud voor = bouw(s);
        pasVersieAan(id, versie);
        repository.wisMarkering(id, onderdeel);
        return vastgelegd(s, voor, "regeling_onderdeel", id + ":" + onderdeel.name());
    }

    private static void eisVereist(Regelinginhoud r, RegelingOnderdeel onderdeel) {
        if (!r.wgr()) {
            throw new ConflictException("regeling.fout.geen-wgr-vorm", List.of());
        }
        if (r.vereist().stream().noneMatch(i -> i.onderdeel() == onderdeel)) {
            throw new ConflictException("regeling.fout.niet-vereist", List.of());
        }
    }

    // ---- the draft and the raden's decisions ----

    /** Records the day the draft regeling went to the raden (null: today): the regisseur, under a Wgr form. */
    @Transactional
    public Regelinginhoud ontwerpVerzonden(long id, @Nullable LocalDate datum, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        RegelingRechten.ontwerpVerzonden(HuidigeGebruiker.get(), s)
                .eis(s, "regeling-ontwerp (samenwerking " + id + ")");
        Fouten fouten = new Fouten();
        LocalDate dag = Gebeurdatum.controleer(fouten, "datum", datum);
        fouten.gooiAlsNietLeeg();
        Regelinginhoud voor = bouw(s);
        if (!voor.wgr()) {
            throw new ConflictException("regeling.fout.geen-wgr-vorm", List.of());
        }
        pasVersieAan(id, versie);
        repository.ontwerpVerzonden(id, dag);
        return vastgelegd(s, voor, "regeling_stand", id);
    }

    /**
     * Records a raad's toestemming or zienswijze for its municipality: day (null: today; never in the future) and
     * document (title or number, optionally a link). Refused for a municipality that is no party (400), for a user
     * without the right (403, see {@link RegelingRechten#raadsbesluit}), without a Wgr form (409), with bad input
     * (400) or a stale version (412); nothing is stored then.
     */
    @Transactional
    public Regelinginhoud legRaadsbesluitVast(
            long id,
            String gemeenteCode,
            RaadsbesluitSoort soort,
            @Nullable LocalDate datum,
            @Nullable String document,
            @Nullable String url,
            long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        String code = eisPartij(s, gemeenteCode);
        RegelingRechten.raadsbesluit(HuidigeGebruiker.get(), s, code)
                .eis(s, "raadsbesluit " + code + " (samenwerking " + id + ")");
        Fouten fouten = new Fouten();
        LocalDate dag = Gebeurdatum.controleer(fouten, "datum", datum);
        fouten.tekst("document", document, MAX_DOCUMENT);
        String link = url == null || url.isBlank() ? null : url.strip();
        if (link != null) {
            fouten.optioneleTekst("url", link, MAX_URL);
            String klein = link.toLowerCase(Locale.ROOT);
            if (!klein.startsWith("https://") && !klein.startsWith("http://")) {
                fouten.voeg("url", "regeling.fout.url");
            }
        }
        fouten.gooiAlsNietLeeg();
        Regelinginhoud voor = bouw(s);
        if (!voor.wgr()) {
            throw new ConflictException("regeling.fout.geen-wgr-vorm", List.of());
        }
        pasVersieAan(id, versie);
        repository.legBesluitVast(
                id,
                new Raadsbesluit(
                        code,
                        soort,
                        dag,
                        java.util.Objects.requireNonNull(document).strip(),
                        link,
                        HuidigeGebruiker.get().gebruikersnaam(),
                        Instant.now()));
        return vastgelegd(s, voor, "regeling_raadsbesluit", id + ":" + code + ":" + soort.name());
    }

    /** Removes a recorded decision (recorded by mistake). Same rights as recording it. */
    @Transactional
    public Regelinginhoud wisRaadsbesluit(long id, String gemeenteCode, RaadsbesluitSoort soort, long versie) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(id);
        String code = eisPartij(s, gemeenteCode);
        RegelingRechten.raadsbesluit(HuidigeGebruiker.get(), s, code)
                .eis(s, "raadsbesluit " + code + " (samenwerking " + id + ")");
        Regelinginhoud voor = bouw(s);
        pasVersieAan(id, versie);
        repository.wisBesluit(id, code, soort);
        return vastgelegd(s, voor, "regeling_raadsbesluit", id + ":" + code + ":" + soort.name());
    }

    private static String eisPartij(Samenwerking s, String gemeenteCode) {
        String code = gemeenteCode.strip().toUpperCase(Locale.ROOT);
        if (!s.neemtDeel(code)) {
            throw OngeldigeInvoerException.van("gemeente", "regeling.fout.geen-partij", gemeenteCode);
        }
        return code;
    }

    // ---- shared ----

    private void pasVersieAan(long id, long versie) {
        if (versie < 0 || !repository.verhoogVersie(id, versie)) {
            throw new VersieConflictException();
        }
    }

    private Regelinginhoud vastgelegd(Samenwerking s, Regelinginhoud voor, String type, Object entiteit) {
        Regelinginhoud na = bouw(s);
        audit.legVast(Actie.GEWIJZIGD, type, entiteit, s.id(), velden(voor), velden(na));
        events.publishEvent(new RegelingGewijzigd(s.id()));
        return na;
    }

    /** The audited fields: one per mark and per decision, so the trail shows exactly what changed. */
    private static Map<String, @Nullable Object> velden(Regelinginhoud r) {
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put(
                "ontwerpVerzonden",
                r.ontwerpVerzonden() == null ? null : r.ontwerpVerzonden().toString());
        List<Regelinginhoud.Item> items = new ArrayList<>(r.vereist());
        items.addAll(r.nietMeerVereist());
        for (Regelinginhoud.Item i : items) {
            velden.put(
                    "onderdeel." + i.onderdeel().name(),
                    i.status() == null ? null : i.status().name() + ": " + i.verwijzing());
        }
        for (Regelinginhoud.GemeenteStand g : r.gemeenten()) {
            for (RaadsbesluitSoort soort : RaadsbesluitSoort.values()) {
                Raadsbesluit b = g.besluit(soort);
                velden.put(
                        soort.name().toLowerCase(Locale.ROOT) + "."
                                + g.gemeente().code(),
                        b == null
                                ? null
                                : b.datum() + " " + b.document() + (b.url() == null ? "" : " (" + b.url() + ")"));
            }
        }
        return velden;
    }
}
