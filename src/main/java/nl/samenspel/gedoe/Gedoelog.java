package nl.samenspel.gedoe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.afspraken.Aanleiding;
import nl.samenspel.afspraken.Afspraken;
import nl.samenspel.afspraken.DvoKeuze;
import nl.samenspel.afspraken.Herziening;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.bestuur.Orgaan;
import nl.samenspel.bestuur.Organen;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gedoelog of a samenwerking (rule 3): unforeseen matters raised, routed to a forum (a body of the bestuur
 * module), decided, with the lesson learned and the DVO revision it led to; the forum for unforeseen matters, the
 * term after which an item is overdue, and the safety net (vangnet) with its use. Page and API both come here.
 * Every write locks the samenwerking, checks the version, is audited and publishes {@link GedoeGewijzigd}.
 *
 * <p>The status follows what is recorded: a forum makes an item DOORGELEID, a decision BESLOTEN, and closing it
 * (decision and lesson present) AFGEROND. A decision needs a forum, a lesson needs a decision, and once the forum
 * decided the item stays with that forum.
 */
@Service
public class Gedoelog {

    public static final int MAX_TITEL = Fouten.MAX_KORT;
    public static final int MAX_TEKST = Fouten.MAX_LANG;
    public static final int MAX_WAARVOOR = 2000;
    public static final int MIN_TERMIJN = 1;
    public static final int MAX_TERMIJN = 365;

    private final GedoeRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final Organen organen;
    private final Afspraken afspraken;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Gedoelog(
            GedoeRepository repository,
            Samenwerkingen samenwerkingen,
            Organen organen,
            Afspraken afspraken,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.organen = organen;
        this.afspraken = afspraken;
        this.audit = audit;
        this.events = events;
    }

    // ---- reading ----

    /** The items, by number (404 when the user may not see the samenwerking). */
    @Transactional(readOnly = true)
    public List<GedoeItem> items(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.items(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public GedoeItem item(long samenwerkingId, long gedoeId) {
        samenwerkingen.vind(samenwerkingId);
        return bestaand(samenwerkingId, gedoeId);
    }

    @Transactional(readOnly = true)
    public GedoeInstellingen instellingen(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.instellingen(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public Vangnet vangnet(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        List<VangnetGebruik> gebruik = repository.gebruik(samenwerkingId);
        BigDecimal gebruikt =
                gebruik.stream().map(VangnetGebruik::bedrag).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Vangnet(repository.instellingen(samenwerkingId).budget(), gebruikt, gebruik);
    }

    /** The bodies of the samenwerking that can be a forum. */
    @Transactional(readOnly = true)
    public List<Orgaan> fora(long samenwerkingId) {
        return organen.organen(samenwerkingId);
    }

    /** The DVOs a decided item can lead to a revision of. */
    @Transactional(readOnly = true)
    public List<DvoKeuze> dvos(long samenwerkingId) {
        return afspraken.dvos(samenwerkingId);
    }

    public boolean kanMelden(Samenwerking s) {
        return GedoeRechten.melden(HuidigeGebruiker.get(), s).ja();
    }

    public boolean kanBehandelen(Samenwerking s) {
        return GedoeRechten.behandelen(HuidigeGebruiker.get(), s).ja();
    }

    /** Today in the Netherlands: the day ages are counted to. */
    public LocalDate vandaag() {
        return Gebeurdatum.vandaag();
    }

    // ---- items ----

    @Transactional
    public GedoeItem meld(long samenwerkingId, GedoeInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        GedoeRechten.melden(g, s).eis(s, "gedoe melden (samenwerking " + samenwerkingId + ")");
        Fouten fouten = new Fouten();
        fouten.tekst("titel", invoer.titel(), MAX_TITEL);
        fouten.optioneleTekst("omschrijving", invoer.omschrijving(), MAX_TEKST);
        if (invoer.soort() == null) {
            fouten.voeg("soort", "gedoe.fout.soort-verplicht");
        }
        LocalDate op = Gebeurdatum.controleer(fouten, "gemeldOp", invoer.gemeldOp());
        String gemeente = herkomst(fouten, g, s, invoer.gemeente());
        fouten.gooiAlsNietLeeg();
        long id = repository.maak(new GedoeRepository.NieuwItem(
                samenwerkingId,
                Objects.requireNonNull(invoer.titel()).strip(),
                tekst(invoer.omschrijving()),
                Objects.requireNonNull(invoer.soort()),
                g.gebruikersnaam(),
                samenwerkingen.weergavenaam(g.gebruikersnaam()),
                gemeente,
                op));
        GedoeItem na = bestaand(samenwerkingId, id);
        audit.legVast(Actie.AANGEMAAKT, "gedoe_item", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /**
     * Changes an item as its regisseur: what it is, the forum, the decision, the lesson, closing it. 400 with the
     * fields for input that cannot be (a decision without a forum, a lesson without a decision, closing without
     * them, a body of another samenwerking); 409 for moving an item away from the forum that already decided it.
     */
    @Transactional
    public GedoeItem behandel(long samenwerkingId, long gedoeId, long versie, GedoeBehandeling b) {
        Samenwerking s = teBehandelen(samenwerkingId);
        GedoeItem voor = bestaand(samenwerkingId, gedoeId);
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        Fouten fouten = new Fouten();
        fouten.tekst("titel", b.titel(), MAX_TITEL);
        fouten.optioneleTekst("omschrijving", b.omschrijving(), MAX_TEKST);
        fouten.optioneleTekst("besluit", b.besluit(), MAX_TEKST);
        fouten.optioneleTekst("les", b.les(), MAX_TEKST);
        if (b.soort() == null) {
            fouten.voeg("soort", "gedoe.fout.soort-verplicht");
        }
        Long forum = b.forum();
        if (forum != null && !voor.isForum(forum) && !isOrgaan(samenwerkingId, forum)) {
            fouten.voeg("forum", "gedoe.fout.forum-onbekend");
        }
        String besluit = leegIsNull(b.besluit());
        String les = leegIsNull(b.les());
        if (besluit != null && forum == null) {
            fouten.voeg("besluit", "gedoe.fout.besluit-zonder-forum");
        }
        if (les != null && besluit == null) {
            fouten.voeg("les", "gedoe.fout.les-zonder-besluit");
        }
        if (b.afgerond() && besluit == null) {
            fouten.voeg("besluit", "gedoe.fout.afronden-zonder-besluit");
        }
        if (b.afgerond() && les == null) {
            fouten.voeg("les", "gedoe.fout.afronden-zonder-les");
        }
        LocalDate beslotenOp = null;
        if (besluit != null) {
            LocalDate gegeven = b.beslotenOp() != null ? b.beslotenOp() : voor.beslotenOp();
            beslotenOp = Gebeurdatum.controleer(fouten, "beslotenOp", gegeven);
            if (!fouten.heeft("beslotenOp") && beslotenOp.isBefore(voor.gemeldOp())) {
                fouten.voeg("beslotenOp", "gedoe.fout.besloten-voor-gemeld");
            }
        }
        fouten.gooiAlsNietLeeg();
        if (voor.besluit() != null && !Objects.equals(voor.forum(), forum)) {
            throw new ConflictException("gedoe.fout.forum-besloten", List.of());
        }
        GedoeStatus status = forum == null
                ? GedoeStatus.GEMELD
                : besluit == null ? GedoeStatus.DOORGELEID : b.afgerond() ? GedoeStatus.AFGEROND : GedoeStatus.BESLOTEN;
        LocalDate doorgeleidOp = forum == null
                ? null
                : Objects.equals(forum, voor.forum()) && voor.doorgeleidOp() != null
                        ? voor.doorgeleidOp()
                        : Gebeurdatum.vandaag();
        GedoeItem na = new GedoeItem(
                voor.id(),
                voor.samenwerkingId(),
                voor.volgnummer(),
                Objects.requireNonNull(b.titel()).strip(),
                tekst(b.omschrijving()),
                Objects.requireNonNull(b.soort()),
                voor.gemeldDoor(),
                voor.gemeldDoorNaam(),
                voor.gemeldDoorGemeente(),
                voor.gemeldOp(),
                forum,
                doorgeleidOp,
                besluit,
                beslotenOp,
                les,
                status,
                voor.dvoId(),
                voor.dvoVersienummer(),
                voor.dvoLabel(),
                voor.versie());
        if (!repository.wijzig(na, versie)) {
            throw new VersieConflictException();
        }
        GedoeItem bewaard = bestaand(samenwerkingId, gedoeId);
        audit.legVast(Actie.GEWIJZIGD, "gedoe_item", gedoeId, samenwerkingId, velden(voor), velden(bewaard));
        gewijzigd(samenwerkingId);
        return bewaard;
    }

    /**
     * Turns a decided item into a revision of a DVO (rule 3, learning during the ride): opens a new version of the
     * DVO through {@link Afspraken#herzie} with the lesson (or else the decision) as its reason and this item as
     * its cause, and keeps which version it became. 409 while the item is undecided; 404 for an unknown DVO.
     */
    @Transactional
    public GedoeItem herzie(long samenwerkingId, long gedoeId, long versie, @Nullable Long dvoId) {
        teBehandelen(samenwerkingId);
        GedoeItem voor = bestaand(samenwerkingId, gedoeId);
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        if (dvoId == null) {
            Fouten fouten = new Fouten().voeg("dvo", "gedoe.fout.dvo-verplicht");
            fouten.gooiAlsNietLeeg();
        }
        String reden = voor.les() != null ? voor.les() : voor.besluit();
        if (voor.status().open() || reden == null) {
            throw new ConflictException("gedoe.fout.herziening-onbeslist", List.of());
        }
        long dvo = Objects.requireNonNull(dvoId);
        DvoKeuze keuze = afspraken.dvos(samenwerkingId).stream()
                .filter(d -> d.id() == dvo)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("dvo"));
        Herziening h =
                afspraken.herzie(samenwerkingId, dvo, keuze.versie(), reden, Aanleiding.gedoe(gedoeId, voor.titel()));
        GedoeItem na = new GedoeItem(
                voor.id(),
                voor.samenwerkingId(),
                voor.volgnummer(),
                voor.titel(),
                voor.omschrijving(),
                voor.soort(),
                voor.gemeldDoor(),
                voor.gemeldDoorNaam(),
                voor.gemeldDoorGemeente(),
                voor.gemeldOp(),
                voor.forum(),
                voor.doorgeleidOp(),
                voor.besluit(),
                voor.beslotenOp(),
                voor.les(),
                voor.status(),
                h.dvoId(),
                h.versienummer(),
                "DVO " + keuze.gemeenteNaam() + " " + keuze.jaar(),
                voor.versie());
        if (!repository.wijzig(na, versie)) {
            throw new VersieConflictException();
        }
        GedoeItem bewaard = bestaand(samenwerkingId, gedoeId);
        audit.legVast(Actie.GEWIJZIGD, "gedoe_item", gedoeId, samenwerkingId, velden(voor), velden(bewaard));
        gewijzigd(samenwerkingId);
        return bewaard;
    }

    // ---- settings and safety net ----

    /**
     * The forum for unforeseen matters (a body of this samenwerking, or none), the term in days (1 to 365) and the
     * safety-net budget (or none). Version 0 while nothing was set.
     */
    @Transactional
    public GedoeInstellingen stel(
            long samenwerkingId,
            long versie,
            @Nullable Long forum,
            @Nullable Integer termijnDagen,
            @Nullable String vangnetBudget) {
        teBehandelen(samenwerkingId);
        GedoeInstellingen voor = repository.instellingen(samenwerkingId);
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        Fouten fouten = new Fouten();
        if (forum != null && !forum.equals(voor.forum()) && !isOrgaan(samenwerkingId, forum)) {
            fouten.voeg("forum", "gedoe.fout.forum-onbekend");
        }
        int termijn = termijnDagen == null ? GedoeInstellingen.STANDAARD_TERMIJN : termijnDagen;
        if (termijn < MIN_TERMIJN || termijn > MAX_TERMIJN) {
            fouten.voeg("termijnDagen", "gedoe.fout.termijn", MIN_TERMIJN, MAX_TERMIJN);
        }
        BigDecimal budget = bedrag(fouten, "vangnetBudget", vangnetBudget);
        fouten.gooiAlsNietLeeg();
        GedoeInstellingen na = new GedoeInstellingen(samenwerkingId, forum, termijn, budget, voor.versie());
        if (!repository.bewaar(na, versie)) {
            throw new VersieConflictException();
        }
        GedoeInstellingen bewaard = repository.instellingen(samenwerkingId);
        audit.legVast(
                versie == 0 ? Actie.AANGEMAAKT : Actie.GEWIJZIGD,
                "gedoe_instelling",
                samenwerkingId,
                samenwerkingId,
                versie == 0 ? Map.of() : velden(voor),
                velden(bewaard));
        gewijzigd(samenwerkingId);
        return bewaard;
    }

    /**
     * Records a draw on the safety net. Refused (409) while no budget is set; a draw beyond the budget is recorded
     * (the money was spent) and the overrun shown plainly ({@link Vangnet#overschreden()}).
     */
    @Transactional
    public VangnetGebruik gebruik(long samenwerkingId, VangnetInvoer invoer) {
        teBehandelen(samenwerkingId);
        if (repository.instellingen(samenwerkingId).budget() == null) {
            throw new ConflictException("gedoe.fout.geen-budget", List.of());
        }
        Fouten fouten = new Fouten();
        LocalDate datum = Gebeurdatum.controleer(fouten, "datum", invoer.datum());
        BigDecimal gelezen = bedrag(fouten, "bedrag", invoer.bedrag());
        if (gelezen == null && !fouten.heeft("bedrag")) {
            fouten.voeg("bedrag", "fout.verplicht");
        } else if (gelezen != null && gelezen.signum() == 0) {
            fouten.voeg("bedrag", "gedoe.fout.bedrag-positief");
        }
        fouten.tekst("waarvoor", invoer.waarvoor(), MAX_WAARVOOR);
        Long gedoe = invoer.gedoe();
        if (gedoe != null && repository.item(samenwerkingId, gedoe).isEmpty()) {
            fouten.voeg("gedoe", "gedoe.fout.item-onbekend");
        }
        fouten.gooiAlsNietLeeg();
        BigDecimal bedrag = Objects.requireNonNull(gelezen);
        String waarvoor = Objects.requireNonNull(invoer.waarvoor()).strip();
        String door = HuidigeGebruiker.get().gebruikersnaam();
        long id = repository.gebruik(samenwerkingId, datum, bedrag, waarvoor, gedoe, door);
        VangnetGebruik na = new VangnetGebruik(id, datum, bedrag, waarvoor, gedoe, door);
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("datum", datum.toString());
        velden.put("bedrag", bedrag.toPlainString());
        velden.put("waarvoor", waarvoor);
        velden.put("gedoe", gedoe);
        audit.legVast(Actie.AANGEMAAKT, "gedoe_vangnet_gebruik", id, samenwerkingId, Map.of(), velden);
        gewijzigd(samenwerkingId);
        return na;
    }

    // ---- helpers ----

    private Samenwerking teBehandelen(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        GedoeRechten.behandelen(HuidigeGebruiker.get(), s)
                .eis(s, "gedoe behandelen (samenwerking " + samenwerkingId + ")");
        return s;
    }

    private GedoeItem bestaand(long samenwerkingId, long gedoeId) {
        return repository.item(samenwerkingId, gedoeId).orElseThrow(() -> new NietGevondenException("gedoe"));
    }

    private boolean isOrgaan(long samenwerkingId, long orgaanId) {
        return organen.organen(samenwerkingId).stream().anyMatch(o -> o.id() == orgaanId);
    }

    /**
     * Where the item came from: a civil servant or alderman raises it for their own municipality, an uitvoerder for
     * the shared organisation (null); the regisseur names the participating municipality, or none for the shared
     * organisation.
     */
    private static @Nullable String herkomst(Fouten fouten, Gebruiker g, Samenwerking s, @Nullable String gemeente) {
        if (SamenwerkingRechten.partijMedewerker(g, s)) {
            return g.gemeenteCode();
        }
        if (!SamenwerkingRechten.regisseurVan(g, s) || gemeente == null || gemeente.isBlank()) {
            return null;
        }
        String code = gemeente.strip().toUpperCase(java.util.Locale.ROOT);
        if (!s.neemtDeel(code)) {
            fouten.voeg("gemeente", "gedoe.fout.gemeente-geen-deelnemer", gemeente.strip());
            return null;
        }
        return code;
    }

    /** An amount as typed (Dutch notation, {@link Bedrag}); null when blank or refused (then with an error). */
    private static @Nullable BigDecimal bedrag(Fouten fouten, String veld, @Nullable String tekst) {
        Bedrag.Uitkomst u = Bedrag.lees(tekst);
        if (!u.gelukt()) {
            fouten.voeg(veld, Objects.requireNonNull(u.foutSleutel(), "a failed amount has a message key"));
            return null;
        }
        return u.bedrag();
    }

    private static String tekst(@Nullable String tekst) {
        return tekst == null ? "" : tekst.strip();
    }

    private static @Nullable String leegIsNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private void gewijzigd(long samenwerkingId) {
        events.publishEvent(new GedoeGewijzigd(samenwerkingId));
    }

    private static Map<String, @Nullable Object> velden(GedoeItem i) {
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("titel", i.titel());
        velden.put("omschrijving", i.omschrijving());
        velden.put("soort", i.soort().name());
        velden.put("gemeldOp", i.gemeldOp().toString());
        velden.put("gemeldDoor", i.gemeldDoor());
        velden.put("gemeente", i.gemeldDoorGemeente());
        velden.put("forum", i.forum());
        velden.put("besluit", i.besluit());
        velden.put("beslotenOp", i.beslotenOp() == null ? null : i.beslotenOp().toString());
        velden.put("les", i.les());
        velden.put("status", i.status().name());
        velden.put("dvo", i.dvoId());
        velden.put("dvoVersie", i.dvoVersienummer());
        return velden;
    }

    private static Map<String, @Nullable Object> velden(GedoeInstellingen i) {
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("forum", i.forum());
        velden.put("termijnDagen", i.termijnDagen());
        velden.put("budget", i.budget() == null ? null : i.budget().toPlainString());
        return velden;
    }
}
