package nl.samenspel.gesprek;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.samenspel.afspraken.Aanleiding;
import nl.samenspel.afspraken.Afspraken;
import nl.samenspel.afspraken.Dvo;
import nl.samenspel.afspraken.DvoKeuze;
import nl.samenspel.afspraken.Herziening;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gedoe.GedoeItem;
import nl.samenspel.gedoe.Gedoelog;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.rapportage.Rapportageinhoud;
import nl.samenspel.rapportage.Rapportages;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service conversations of a samenwerking (rule 7) and their question bank. Planning a conversation prepares
 * its agenda ({@link Agenda}) from the report, the open actions of earlier conversations on the DVO, the stretch and
 * the new gedoe items; afterwards the notes, the adjustments (one may open a new DVO version through {@link
 * Afspraken#herzie} with this conversation as its cause) and the actions. Page and API both come here. Every write
 * locks the samenwerking, checks the version, is audited and publishes {@link GesprekGewijzigd}.
 */
@Service
public class Gesprekken {

    public static final int MAX_VERSLAG = Fouten.MAX_LANG;
    public static final int MAX_BIJSTURING = Fouten.MAX_LANG;
    public static final int MAX_ACTIE = 2000;
    public static final int MAX_EIGENAAR = Fouten.MAX_KORT;
    public static final int MAX_VRAAG = 1000;
    public static final int EERSTE_JAAR = 2000;
    public static final int LAATSTE_JAAR = 2100;
    /** How many default questions each kind of agenda item has ({@code gesprek.vraag.standaard.<SOORT>.<n>}). */
    static final int STANDAARD_PER_SOORT = 3;

    private final GesprekRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final Afspraken afspraken;
    private final Rapportages rapportages;
    private final Gedoelog gedoelog;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Teksten teksten;

    Gesprekken(
            GesprekRepository repository,
            Samenwerkingen samenwerkingen,
            Afspraken afspraken,
            Rapportages rapportages,
            Gedoelog gedoelog,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Teksten teksten) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.afspraken = afspraken;
        this.rapportages = rapportages;
        this.gedoelog = gedoelog;
        this.audit = audit;
        this.events = events;
        this.teksten = teksten;
    }

    // ---- reading ----

    /** The conversations the user may see, by date (404 when the user may not see the samenwerking). */
    @Transactional(readOnly = true)
    public List<Gesprek> gesprekken(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        return repository.gesprekken(samenwerkingId).stream()
                .filter(x -> GesprekRechten.zien(g, s, x.gemeenteCode()))
                .toList();
    }

    /** One conversation; 404 also for a conversation with another client than the user's own municipality. */
    @Transactional(readOnly = true)
    public Gesprek gesprek(long samenwerkingId, long gesprekId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        return zichtbaar(s, gesprekId);
    }

    /** The DVOs the user may plan a conversation on. */
    @Transactional(readOnly = true)
    public List<DvoKeuze> dvos(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        return afspraken.dvos(samenwerkingId).stream()
                .filter(d -> GesprekRechten.voeren(g, s, d.gemeenteCode()).ja())
                .toList();
    }

    /** What the current user may do with this conversation (to show or hide the forms). */
    public Mag mag(Samenwerking s, Gesprek gesprek) {
        Gebruiker g = HuidigeGebruiker.get();
        return new Mag(
                GesprekRechten.voeren(g, s, gesprek.gemeenteCode()).ja(),
                GesprekRechten.verslag(g, s, gesprek.gemeenteCode()).ja());
    }

    /**
     * @param voeren adjustments
     * @param verslag notes and actions
     */
    public record Mag(boolean voeren, boolean verslag) {}

    public boolean kanVragenbankBeheren(Samenwerking s) {
        return GesprekRechten.vragenbank(HuidigeGebruiker.get(), s).ja();
    }

    public LocalDate vandaag() {
        return Gebeurdatum.vandaag();
    }

    // ---- conversations ----

    /**
     * Plans a conversation with the client of {@code dvo} and prepares its agenda. 400 for a DVO or a report that
     * does not exist in this samenwerking, or a report on another DVO; 403 for someone who may not plan it.
     */
    @Transactional
    public Gesprek maak(long samenwerkingId, GesprekInvoer.Nieuw invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Fouten fouten = new Fouten();
        DvoKeuze keuze = null;
        if (invoer.dvo() == null) {
            fouten.voeg("dvo", "gesprek.fout.dvo-verplicht");
        } else {
            keuze = afspraken.dvos(samenwerkingId).stream()
                    .filter(d -> d.id() == invoer.dvo())
                    .findFirst()
                    .orElse(null);
            if (keuze == null) {
                fouten.voeg("dvo", "gesprek.fout.dvo-onbekend");
            }
        }
        LocalDate datum = invoer.datum() == null ? vandaag() : invoer.datum();
        jaar(fouten, "datum", datum);
        fouten.gooiAlsNietLeeg();
        DvoKeuze k = Objects.requireNonNull(keuze);
        GesprekRechten.voeren(HuidigeGebruiker.get(), s, k.gemeenteCode())
                .eis(s, "gesprek plannen (samenwerking " + samenwerkingId + ")");
        Rapportageinhoud rapportage = null;
        Long rapportageId = invoer.rapportage();
        if (rapportageId != null) {
            Optional<Rapportageinhoud> r = rapportages.inhoud(samenwerkingId, rapportageId);
            if (r.isEmpty()) {
                fouten.voeg("rapportage", "gesprek.fout.rapportage-onbekend");
            } else if (r.get().dvoId() != k.id()) {
                fouten.voeg("rapportage", "gesprek.fout.rapportage-andere-dvo");
            } else {
                rapportage = r.get();
            }
        }
        fouten.gooiAlsNietLeeg();
        List<Gesprek> eerder = repository.gesprekken(samenwerkingId).stream()
                .filter(x -> x.dvoId() == k.id())
                .toList();
        Gesprek vorige = eerder.stream()
                .filter(x -> !x.datum().isAfter(datum))
                .max(Comparator.comparing(Gesprek::datum).thenComparingLong(Gesprek::id))
                .orElse(null);
        List<Gesprek.Actie> open = eerder.stream()
                .flatMap(x -> x.acties().stream())
                .filter(Gesprek.Actie::open)
                .toList();
        Dvo dvo = afspraken.dvo(samenwerkingId, k.id());
        List<Agenda.Punt> agenda = Agenda.bouw(new Agenda.Invoer(
                rapportage, open, rek(dvo), gedoe(samenwerkingId, k.gemeenteCode(), vorige), vragen(samenwerkingId)));
        long id = repository.maak(
                samenwerkingId,
                k.id(),
                k.gemeenteCode(),
                "DVO " + k.gemeenteNaam() + " " + k.jaar(),
                rapportageId,
                datum,
                HuidigeGebruiker.get().gebruikersnaam(),
                agenda);
        Gesprek na = bestaand(samenwerkingId, id);
        audit.legVast(Actie.AANGEMAAKT, "gesprek_gesprek", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Records (or clears, when blank) the notes of what was said and agreed. */
    @Transactional
    public Gesprek legVerslagVast(long samenwerkingId, long gesprekId, long versie, @Nullable String verslag) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gesprek voor = zichtbaar(s, gesprekId);
        GesprekRechten.verslag(HuidigeGebruiker.get(), s, voor.gemeenteCode()).eis(s, "verslag gesprek " + gesprekId);
        Fouten fouten = new Fouten();
        fouten.optioneleTekst("verslag", verslag, MAX_VERSLAG);
        fouten.gooiAlsNietLeeg();
        if (voor.versie() != versie || !repository.wijzig(gesprekId, versie, voor.datum(), leegIsNull(verslag))) {
            throw new VersieConflictException();
        }
        Gesprek na = bestaand(samenwerkingId, gesprekId);
        audit.legVast(Actie.GEWIJZIGD, "gesprek_gesprek", gesprekId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /**
     * Records an agreed adjustment. With {@code nieuweDvoVersie} it opens a new version of the conversation's DVO
     * through {@link Afspraken#herzie}, with the adjustment as its reason and this conversation as its cause (the
     * agreements module decides whether that is allowed: 403 or 409 from there store nothing here either).
     */
    @Transactional
    public Gesprek.Bijsturing stuurBij(long samenwerkingId, long gesprekId, GesprekInvoer.Bijsturing invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gesprek gesprek = zichtbaar(s, gesprekId);
        GesprekRechten.voeren(HuidigeGebruiker.get(), s, gesprek.gemeenteCode())
                .eis(s, "bijsturing gesprek " + gesprekId);
        Fouten fouten = new Fouten();
        fouten.tekst("tekst", invoer.tekst(), invoer.nieuweDvoVersie() ? Afspraken.MAX_REDEN : MAX_BIJSTURING);
        fouten.gooiAlsNietLeeg();
        String tekst = Objects.requireNonNull(invoer.tekst()).strip();
        Integer versienummer = null;
        if (invoer.nieuweDvoVersie()) {
            DvoKeuze keuze = afspraken.dvos(samenwerkingId).stream()
                    .filter(d -> d.id() == gesprek.dvoId())
                    .findFirst()
                    .orElseThrow(() -> new ConflictException("gesprek.fout.dvo-weg", List.of()));
            String titel = teksten.t("gesprek.aanleiding", gesprek.dvoLabel(), Tijdstip.dag(gesprek.datum()));
            Herziening h = afspraken.herzie(
                    samenwerkingId,
                    keuze.id(),
                    keuze.versie(),
                    tekst,
                    Aanleiding.gesprek(
                            gesprekId, titel.length() > Fouten.MAX_KORT ? titel.substring(0, Fouten.MAX_KORT) : titel));
            versienummer = h.versienummer();
        }
        String door = HuidigeGebruiker.get().gebruikersnaam();
        long id = repository.bijsturing(samenwerkingId, gesprekId, tekst, versienummer, door, vandaag());
        Gesprek.Bijsturing na = bestaand(samenwerkingId, gesprekId).bijsturingen().stream()
                .filter(b -> b.id() == id)
                .findFirst()
                .orElseThrow();
        Map<String, @Nullable Object> velden = new LinkedHashMap<>();
        velden.put("gesprek", gesprekId);
        velden.put("tekst", tekst);
        velden.put("dvoVersienummer", versienummer);
        audit.legVast(Actie.AANGEMAAKT, "gesprek_bijsturing", id, samenwerkingId, Map.of(), velden);
        gewijzigd(samenwerkingId);
        return na;
    }

    /** An action agreed in the conversation: what, who (a name or a role, as typed), by when. */
    @Transactional
    public Gesprek.Actie maakActie(long samenwerkingId, long gesprekId, GesprekInvoer.Actie invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gesprek gesprek = zichtbaar(s, gesprekId);
        GesprekRechten.verslag(HuidigeGebruiker.get(), s, gesprek.gemeenteCode())
                .eis(s, "actie gesprek " + gesprekId);
        controleer(invoer);
        String omschrijving = Objects.requireNonNull(invoer.omschrijving()).strip();
        String eigenaar = Objects.requireNonNull(invoer.eigenaar()).strip();
        LocalDate deadline = Objects.requireNonNull(invoer.deadline());
        long id = repository.maakActie(samenwerkingId, gesprekId, omschrijving, eigenaar, deadline);
        if (invoer.afgerond()) {
            repository.wijzigActie(id, 1, omschrijving, eigenaar, deadline, vandaag());
        }
        Gesprek.Actie na = actieVan(bestaand(samenwerkingId, gesprekId), id);
        audit.legVast(Actie.AANGEMAAKT, "gesprek_actie", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Changes an action, or marks it done ({@code afgerond}: done today, or the day it was marked before). */
    @Transactional
    public Gesprek.Actie wijzigActie(
            long samenwerkingId, long gesprekId, long actieId, long versie, GesprekInvoer.Actie invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gesprek gesprek = zichtbaar(s, gesprekId);
        GesprekRechten.verslag(HuidigeGebruiker.get(), s, gesprek.gemeenteCode())
                .eis(s, "actie gesprek " + gesprekId);
        Gesprek.Actie voor = actieVan(gesprek, actieId);
        controleer(invoer);
        LocalDate afgerondOp = !invoer.afgerond() ? null : voor.afgerondOp() != null ? voor.afgerondOp() : vandaag();
        if (voor.versie() != versie
                || !repository.wijzigActie(
                        actieId,
                        versie,
                        Objects.requireNonNull(invoer.omschrijving()).strip(),
                        Objects.requireNonNull(invoer.eigenaar()).strip(),
                        Objects.requireNonNull(invoer.deadline()),
                        afgerondOp)) {
            throw new VersieConflictException();
        }
        Gesprek.Actie na = actieVan(bestaand(samenwerkingId, gesprekId), actieId);
        audit.legVast(Actie.GEWIJZIGD, "gesprek_actie", actieId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** The probing questions of {@code soort} in the current bank, for an agenda item as shown. */
    @Transactional(readOnly = true)
    public Map<Agendasoort, List<String>> vragenPerSoort(long samenwerkingId) {
        List<Vraag> bank = vragen(samenwerkingId);
        Map<Agendasoort, List<String>> uit = new LinkedHashMap<>();
        for (Agendasoort soort : Agendasoort.values()) {
            uit.put(soort, Agenda.vragen(soort, bank));
        }
        return uit;
    }

    // ---- question bank ----

    /** The question bank: the samenwerking's own, or the default set while it has not changed it. */
    @Transactional(readOnly = true)
    public List<Vraag> vragenbank(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return vragen(samenwerkingId);
    }

    @Transactional
    public Vraag maakVraag(long samenwerkingId, GesprekInvoer.Vraag invoer) {
        teBeherenBank(samenwerkingId);
        controleer(invoer);
        maakEigen(samenwerkingId);
        Agendasoort soort = Objects.requireNonNull(invoer.soort());
        int volgorde = repository.vragen(samenwerkingId).stream()
                        .filter(v -> v.soort() == soort)
                        .mapToInt(Vraag::volgorde)
                        .max()
                        .orElse(0)
                + 1;
        long id = repository.maakVraag(
                samenwerkingId, soort, Objects.requireNonNull(invoer.tekst()).strip(), volgorde);
        Vraag na = vraagVan(samenwerkingId, id);
        audit.legVast(Actie.AANGEMAAKT, "gesprek_vraag", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** Changes a question; a question of the default set makes the whole set the samenwerking's own first. */
    @Transactional
    public Vraag wijzigVraag(long samenwerkingId, long vraagId, long versie, GesprekInvoer.Vraag invoer) {
        teBeherenBank(samenwerkingId);
        controleer(invoer);
        Vraag voor = eigen(samenwerkingId, vraagId, versie);
        Agendasoort soort = Objects.requireNonNull(invoer.soort());
        int volgorde = soort == voor.soort()
                ? voor.volgorde()
                : repository.vragen(samenwerkingId).stream()
                                .filter(v -> v.soort() == soort)
                                .mapToInt(Vraag::volgorde)
                                .max()
                                .orElse(0)
                        + 1;
        if (!repository.wijzigVraag(
                samenwerkingId,
                voor.id(),
                voor.versie(),
                soort,
                Objects.requireNonNull(invoer.tekst()).strip(),
                volgorde)) {
            throw new VersieConflictException();
        }
        Vraag na = vraagVan(samenwerkingId, voor.id());
        audit.legVast(Actie.GEWIJZIGD, "gesprek_vraag", voor.id(), samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    @Transactional
    public void verwijderVraag(long samenwerkingId, long vraagId, long versie) {
        teBeherenBank(samenwerkingId);
        Vraag voor = eigen(samenwerkingId, vraagId, versie);
        if (!repository.verwijderVraag(samenwerkingId, voor.id(), voor.versie())) {
            throw new VersieConflictException();
        }
        audit.legVast(Actie.VERWIJDERD, "gesprek_vraag", voor.id(), samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId);
    }

    /** Moves a question one place up or down among the questions of its kind (at the edge: nothing changes). */
    @Transactional
    public Vraag verplaatsVraag(long samenwerkingId, long vraagId, long versie, boolean omhoog) {
        teBeherenBank(samenwerkingId);
        Vraag voor = eigen(samenwerkingId, vraagId, versie);
        List<Vraag> soort = repository.vragen(samenwerkingId).stream()
                .filter(v -> v.soort() == voor.soort())
                .sorted(Comparator.comparingInt(Vraag::volgorde).thenComparingLong(Vraag::id))
                .toList();
        int i = 0;
        while (soort.get(i).id() != voor.id()) {
            i++;
        }
        int j = omhoog ? i - 1 : i + 1;
        if (j < 0 || j >= soort.size()) {
            return voor;
        }
        // Renumber the kind 1..n with the two swapped, so equal numbers never tie.
        List<Vraag> nieuw = new ArrayList<>(soort);
        nieuw.set(i, soort.get(j));
        nieuw.set(j, soort.get(i));
        for (int k = 0; k < nieuw.size(); k++) {
            Vraag v = nieuw.get(k);
            if (v.volgorde() != k + 1
                    && !repository.wijzigVraag(samenwerkingId, v.id(), v.versie(), v.soort(), v.tekst(), k + 1)) {
                throw new VersieConflictException();
            }
        }
        Vraag na = vraagVan(samenwerkingId, voor.id());
        audit.legVast(Actie.GEWIJZIGD, "gesprek_vraag", voor.id(), samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /** The default set, from the messages: ids -1, -2, … in the order of the kinds, version 0. */
    List<Vraag> standaard() {
        List<Vraag> uit = new ArrayList<>();
        long id = 0;
        for (Agendasoort soort : Agendasoort.values()) {
            for (int n = 1; n <= STANDAARD_PER_SOORT; n++) {
                uit.add(new Vraag(--id, soort, teksten.t("gesprek.vraag.standaard." + soort.name() + "." + n), n, 0));
            }
        }
        return uit;
    }

    // ---- helpers ----

    private List<Vraag> vragen(long samenwerkingId) {
        return repository.eigenBank(samenwerkingId) ? repository.vragen(samenwerkingId) : standaard();
    }

    private void maakEigen(long samenwerkingId) {
        if (!repository.eigenBank(samenwerkingId)) {
            repository.maakEigen(samenwerkingId, standaard());
        }
    }

    /**
     * The question {@code vraagId} as a row of the samenwerking's own bank, its version checked: a question of the
     * default set (negative id, version 0) first makes the set the samenwerking's own.
     */
    private Vraag eigen(long samenwerkingId, long vraagId, long versie) {
        if (vraagId < 0) {
            if (repository.eigenBank(samenwerkingId)) {
                throw new NietGevondenException("vraag");
            }
            Vraag standaard = standaard().stream()
                    .filter(v -> v.id() == vraagId)
                    .findFirst()
                    .orElseThrow(() -> new NietGevondenException("vraag"));
            if (versie != 0) {
                throw new VersieConflictException();
            }
            maakEigen(samenwerkingId);
            return repository.vragen(samenwerkingId).stream()
                    .filter(v -> v.soort() == standaard.soort() && v.volgorde() == standaard.volgorde())
                    .findFirst()
                    .orElseThrow();
        }
        Vraag v = vraagVan(samenwerkingId, vraagId);
        if (v.versie() != versie) {
            throw new VersieConflictException();
        }
        return v;
    }

    private Vraag vraagVan(long samenwerkingId, long vraagId) {
        return repository.vragen(samenwerkingId).stream()
                .filter(v -> v.id() == vraagId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("vraag"));
    }

    private void teBeherenBank(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        GesprekRechten.vragenbank(HuidigeGebruiker.get(), s).eis(s, "vragenbank (samenwerking " + samenwerkingId + ")");
    }

    private Gesprek zichtbaar(Samenwerking s, long gesprekId) {
        Gesprek g = bestaand(s.id(), gesprekId);
        if (!GesprekRechten.zien(HuidigeGebruiker.get(), s, g.gemeenteCode())) {
            throw new NietGevondenException("gesprek");
        }
        return g;
    }

    private Gesprek bestaand(long samenwerkingId, long gesprekId) {
        return repository.gesprek(samenwerkingId, gesprekId).orElseThrow(() -> new NietGevondenException("gesprek"));
    }

    private static Gesprek.Actie actieVan(Gesprek g, long actieId) {
        return g.acties().stream()
                .filter(a -> a.id() == actieId)
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("actie"));
    }

    /** The stretch in words, when the DVO reserves hours or euros. */
    private Agenda.@Nullable Rek rek(Dvo d) {
        if (!d.heeftRek()) {
            return null;
        }
        List<String> delen = new ArrayList<>();
        BigDecimal uren = d.rekUren();
        if (uren != null && uren.signum() > 0) {
            delen.add(teksten.t(
                    "gesprek.rek.uren",
                    d.gebruikteUren().stripTrailingZeros().toPlainString(),
                    uren.stripTrailingZeros().toPlainString()));
        }
        BigDecimal euro = d.rekEuro();
        if (euro != null && euro.signum() > 0) {
            delen.add(teksten.t("gesprek.rek.euro", Bedrag.formatteer(d.gebruikteEuro()), Bedrag.formatteer(euro)));
        }
        String toelichting = d.rekToelichting() == null ? "" : d.rekToelichting();
        return new Agenda.Rek(String.join("; ", delen), toelichting);
    }

    /**
     * The gedoe items of this client or the shared organisation raised since the previous conversation on the DVO
     * (on or after its day); without a previous one, those still open.
     */
    private List<Agenda.Gedoe> gedoe(long samenwerkingId, String gemeente, @Nullable Gesprek vorige) {
        return gedoelog.items(samenwerkingId).stream()
                .filter(i -> i.gemeldDoorGemeente() == null || gemeente.equals(i.gemeldDoorGemeente()))
                .filter(i -> vorige == null ? i.status().open() : !i.gemeldOp().isBefore(vorige.datum()))
                .map((GedoeItem i) -> new Agenda.Gedoe(i.id(), i.titel(), i.omschrijving(), i.gemeldOp()))
                .toList();
    }

    private static void controleer(GesprekInvoer.Actie invoer) {
        Fouten fouten = new Fouten();
        fouten.tekst("omschrijving", invoer.omschrijving(), MAX_ACTIE);
        fouten.tekst("eigenaar", invoer.eigenaar(), MAX_EIGENAAR);
        if (invoer.deadline() == null) {
            fouten.voeg("deadline", "gesprek.fout.deadline-verplicht");
        } else {
            jaar(fouten, "deadline", invoer.deadline());
        }
        fouten.gooiAlsNietLeeg();
    }

    private static void controleer(GesprekInvoer.Vraag invoer) {
        Fouten fouten = new Fouten();
        if (invoer.soort() == null) {
            fouten.voeg("soort", "gesprek.fout.soort-verplicht");
        }
        fouten.tekst("tekst", invoer.tekst(), MAX_VRAAG);
        fouten.gooiAlsNietLeeg();
    }

    private static void jaar(Fouten fouten, String veld, LocalDate datum) {
        if (datum.getYear() < EERSTE_JAAR || datum.getYear() > LAATSTE_JAAR) {
            fouten.voeg(veld, "gesprek.fout.jaar", EERSTE_JAAR, LAATSTE_JAAR);
        }
    }

    private static @Nullable String leegIsNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private void gewijzigd(long samenwerkingId) {
        events.publishEvent(new GesprekGewijzigd(samenwerkingId));
    }

    private static Map<String, @Nullable Object> velden(Gesprek g) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("dvo", g.dvoId());
        v.put("gemeente", g.gemeenteCode());
        v.put("rapportage", g.rapportageId());
        v.put("datum", g.datum().toString());
        v.put("verslag", g.verslag());
        v.put("agendapunten", g.agenda().size());
        return v;
    }

    private static Map<String, @Nullable Object> velden(Gesprek.Actie a) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("gesprek", a.gesprekId());
        v.put("omschrijving", a.omschrijving());
        v.put("eigenaar", a.eigenaar());
        v.put("deadline", a.deadline().toString());
        v.put("afgerondOp", a.afgerondOp() == null ? null : a.afgerondOp().toString());
        return v;
    }

    private static Map<String, @Nullable Object> velden(Vraag q) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("soort", q.soort().name());
        v.put("tekst", q.tekst());
        v.put("volgorde", q.volgorde());
        return v;
    }
}
