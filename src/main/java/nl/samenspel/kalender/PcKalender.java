package nl.samenspel.kalender;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.Pagina;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Vormen;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory P&C calendar of a samenwerking (rule 7, vertical line): per budget year the planned and actual days,
 * the budget changes, the last days the law allows ({@link PcRekenaar}) with warnings, the raden's zienswijzen with
 * the board's reasoned answers, and the moments for the iCalendar feeds. Only for a samenwerking whose decided form
 * has a budget; for any other form the calendar stays empty and writing is refused (409) with the reason. Every write
 * locks the samenwerking, checks the version, is audited and publishes {@link KalenderGewijzigd}.
 */
@Service
public class PcKalender {

    public static final int MIN_JAAR = 2000;
    public static final int MAX_JAAR = 2100;
    public static final int MAX_WIJZIGINGEN = 20;
    public static final int MAX_OMSCHRIJVING = Fouten.MAX_KORT;
    public static final int MAX_TEKST = Fouten.MAX_LANG;

    /** The forms with a budget of their own, to which the Wgr planning and control cycle applies. */
    public static final Set<Vorm> MET_BEGROTING =
            Set.of(Vorm.OPENBAAR_LICHAAM, Vorm.BEDRIJFSVOERINGSORGANISATIE, Vorm.GEMEENSCHAPPELIJK_ORGAAN);

    private final KalenderRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final Vormen vormen;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PcKalender(
            KalenderRepository repository,
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

    public static boolean heeftBegroting(@Nullable Vorm vorm) {
        return vorm != null && MET_BEGROTING.contains(vorm);
    }

    /** The budget year a page opens on without {@code ?jaar=}: next year, whose budget is prepared now. */
    public static int standaardJaar() {
        return Gebeurdatum.vandaag().getYear() + 1;
    }

    // ---- reading ----

    /** The calendar of budget year {@code jaar} (404 when the user may not see the samenwerking; 400 for a year out of range). */
    @Transactional(readOnly = true)
    public Kalenderstand stand(long samenwerkingId, int jaar) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        controleerJaar(jaar);
        Vorm vorm = vormen.gekozen(samenwerkingId).orElse(null);
        List<Jaarplan> jaren = repository.jaren(List.of(samenwerkingId));
        Jaarplan plan =
                jaren.stream().filter(j -> j.jaar() == jaar).findFirst().orElse(Jaarplan.leeg(samenwerkingId, jaar));
        boolean van = heeftBegroting(vorm);
        List<Raadszienswijze> zienswijzen = repository.zienswijzen(List.of(samenwerkingId)).stream()
                .filter(z -> z.jaar() == jaar)
                .toList();
        return new Kalenderstand(
                s,
                vorm,
                van,
                plan,
                van ? PcRekenaar.bereken(plan) : List.of(),
                zienswijzen,
                jaren.stream().map(Jaarplan::jaar).toList());
    }

    @Transactional(readOnly = true)
    public Raadszienswijze zienswijze(long samenwerkingId, long zienswijzeId) {
        samenwerkingen.vind(samenwerkingId);
        return bestaand(samenwerkingId, zienswijzeId);
    }

    /** One moment for a feed, with the samenwerking it belongs to. */
    public record Feedmoment(long samenwerkingId, String samenwerkingTitel, Kalenderregel regel) {}

    /** Every moment of every planned year of a samenwerking the user may see (empty when not applicable). */
    @Transactional(readOnly = true)
    public List<Feedmoment> feed(long samenwerkingId) {
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        return feed(List.of(s));
    }

    /** The same for every samenwerking the user may see in which municipality {@code gemeenteCode} takes part. */
    @Transactional(readOnly = true)
    public List<Feedmoment> feedVanGemeente(String gemeenteCode) {
        String code = gemeenteCode.strip().toUpperCase(Locale.ROOT);
        List<Samenwerking> lijst = new ArrayList<>();
        for (int pagina = 1; ; pagina++) {
            Pagina<Samenwerking> p = samenwerkingen.zichtbaar(false, pagina, Pagina.MAX_GROOTTE);
            p.items().stream().filter(s -> s.neemtDeel(code)).forEach(lijst::add);
            if (p.items().size() < Pagina.MAX_GROOTTE || (long) pagina * Pagina.MAX_GROOTTE >= p.totaal()) {
                break;
            }
        }
        return feed(lijst);
    }

    private List<Feedmoment> feed(List<Samenwerking> lijst) {
        if (lijst.isEmpty()) {
            return List.of();
        }
        List<Long> ids = lijst.stream().map(Samenwerking::id).toList();
        Map<Long, Vorm> gekozen = vormen.gekozen(ids);
        Map<Long, String> titels = new LinkedHashMap<>();
        lijst.forEach(s -> titels.put(s.id(), s.titel()));
        List<Feedmoment> uit = new ArrayList<>();
        for (Jaarplan j : repository.jaren(ids)) {
            if (!heeftBegroting(gekozen.get(j.samenwerkingId()))) {
                continue;
            }
            for (Kalenderregel r : PcRekenaar.bereken(j)) {
                uit.add(new Feedmoment(j.samenwerkingId(), Objects.requireNonNull(titels.get(j.samenwerkingId())), r));
            }
        }
        return uit;
    }

    public boolean kanPlannen(Samenwerking s) {
        return KalenderRechten.plannen(HuidigeGebruiker.get(), s).ja();
    }

    public boolean kanZienswijzeVastleggen(Samenwerking s) {
        return KalenderRechten.zienswijzeVastleggen(HuidigeGebruiker.get(), s).ja();
    }

    /** The municipality a civil servant or alderman speaks for, null for the regisseur (who chooses). */
    public @Nullable String eigenGemeente(Samenwerking s) {
        Gebruiker g = HuidigeGebruiker.get();
        return nl.samenspel.samenwerking.SamenwerkingRechten.partijMedewerker(g, s) ? g.gemeenteCode() : null;
    }

    public LocalDate vandaag() {
        return Gebeurdatum.vandaag();
    }

    // ---- writing ----

    /**
     * Records the planned and actual days of budget year {@code plan.jaar()} and its budget changes (numbered 1..n
     * in the order given; a change that a zienswijze refers to cannot be removed, 409). Version 0 for a year not yet
     * recorded. An actual day may not lie in the future (400); a plan that breaks a statutory term is stored, with
     * its warnings shown.
     */
    @Transactional
    public Kalenderstand plan(long samenwerkingId, long versie, Jaarplan plan) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        KalenderRechten.plannen(HuidigeGebruiker.get(), s)
                .eis(s, "P&C-kalender plannen (samenwerking " + samenwerkingId + ")");
        controleerJaar(plan.jaar());
        vanToepassing(samenwerkingId);
        Jaarplan voor = repository.jaar(samenwerkingId, plan.jaar()).orElse(Jaarplan.leeg(samenwerkingId, plan.jaar()));
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        Fouten fouten = new Fouten();
        gedaan(fouten, "kaders", plan.kaders());
        gedaan(fouten, "voorlopigeJaarrekening", plan.voorlopigeJaarrekening());
        gedaan(fouten, "ontwerpbegroting", plan.ontwerpbegroting());
        gedaan(fouten, "begroting", plan.begroting());
        gedaan(fouten, "begrotingNaarGs", plan.begrotingNaarGs());
        gedaan(fouten, "jaarrekening", plan.jaarrekening());
        gedaan(fouten, "jaarrekeningNaarGs", plan.jaarrekeningNaarGs());
        if (plan.wijzigingen().size() > MAX_WIJZIGINGEN) {
            fouten.voeg("wijzigingen", "kalender.fout.te-veel-wijzigingen", MAX_WIJZIGINGEN);
        }
        List<Wijziging> wijzigingen = new ArrayList<>();
        for (int i = 0; i < plan.wijzigingen().size(); i++) {
            Wijziging w = plan.wijzigingen().get(i);
            String veld = "wijzigingen[" + i + "]";
            fouten.tekst(veld + ".omschrijving", w.omschrijving(), MAX_OMSCHRIJVING);
            gedaan(fouten, veld + ".naarRaden", w.naarRaden());
            gedaan(fouten, veld + ".besluit", w.besluit());
            wijzigingen.add(new Wijziging(
                    i + 1, w.omschrijving() == null ? "" : w.omschrijving().strip(), w.naarRaden(), w.besluit()));
        }
        fouten.gooiAlsNietLeeg();
        List<Integer> inGebruik = repository.zienswijzen(List.of(samenwerkingId)).stream()
                .filter(z -> z.jaar() == plan.jaar() && z.wijziging() != null)
                .map(Raadszienswijze::wijziging)
                .filter(nr -> nr != null && nr > wijzigingen.size())
                .toList();
        if (!inGebruik.isEmpty()) {
            throw new ConflictException("kalender.fout.wijziging-heeft-zienswijzen", List.of());
        }
        Jaarplan na = new Jaarplan(
                samenwerkingId,
                plan.jaar(),
                plan.kaders(),
                plan.voorlopigeJaarrekening(),
                plan.ontwerpbegroting(),
                plan.begroting(),
                plan.begrotingNaarGs(),
                plan.jaarrekening(),
                plan.jaarrekeningNaarGs(),
                wijzigingen,
                versie);
        if (!repository.bewaar(na, versie)) {
            throw new VersieConflictException();
        }
        Jaarplan bewaard = repository.jaar(samenwerkingId, plan.jaar()).orElseThrow();
        audit.legVast(
                versie == 0 ? Actie.AANGEMAAKT : Actie.GEWIJZIGD,
                "kalender_jaar",
                plan.jaar(),
                samenwerkingId,
                versie == 0 ? Map.of() : velden(voor),
                velden(bewaard));
        gewijzigd(samenwerkingId);
        return stand(samenwerkingId, plan.jaar());
    }

    /** What a raad said about the draft budget ({@code wijziging} null) or a budget change of a year. */
    public record ZienswijzeInvoer(
            @Nullable Integer jaar,
            @Nullable Integer wijziging,
            @Nullable String gemeente,
            @Nullable LocalDate ingediendOp,
            @Nullable String inhoud) {}

    /**
     * Records a raad's zienswijze. A civil servant or alderman records their own municipality's (the gemeente they
     * name is ignored); the regisseur names a participating municipality. 400 for an unknown budget change, a
     * municipality that does not take part, no content, a day in the future.
     */
    @Transactional
    public Raadszienswijze zienswijze(long samenwerkingId, ZienswijzeInvoer invoer) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        Gebruiker g = HuidigeGebruiker.get();
        KalenderRechten.zienswijzeVastleggen(g, s)
                .eis(s, "zienswijze vastleggen (samenwerking " + samenwerkingId + ")");
        vanToepassing(samenwerkingId);
        Fouten fouten = new Fouten();
        Integer jaar = invoer.jaar();
        if (jaar == null) {
            fouten.voeg("jaar", "fout.verplicht");
        } else if (jaar < MIN_JAAR || jaar > MAX_JAAR) {
            fouten.voeg("jaar", "kalender.fout.jaar", MIN_JAAR, MAX_JAAR);
        }
        String eigen = eigenGemeente(s);
        String gemeente = eigen != null
                ? eigen
                : invoer.gemeente() == null ? "" : invoer.gemeente().strip().toUpperCase(Locale.ROOT);
        if (gemeente.isEmpty()) {
            fouten.voeg("gemeente", "fout.verplicht");
        } else if (!s.neemtDeel(gemeente)) {
            fouten.voeg("gemeente", "kalender.fout.gemeente-geen-deelnemer", gemeente);
        }
        Integer wijziging = invoer.wijziging();
        if (wijziging != null && jaar != null && !fouten.heeft("jaar")) {
            boolean bestaat = repository
                    .jaar(samenwerkingId, jaar)
                    .map(j -> j.wijzigingen().stream().anyMatch(w -> w.nummer() == wijziging))
                    .orElse(false);
            if (!bestaat) {
                fouten.voeg("wijziging", "kalender.fout.wijziging-onbekend", wijziging);
            }
        }
        fouten.tekst("inhoud", invoer.inhoud(), MAX_TEKST);
        LocalDate op = Gebeurdatum.controleer(fouten, "ingediendOp", invoer.ingediendOp());
        fouten.gooiAlsNietLeeg();
        KalenderRechten.zienswijzeVastleggen(g, s, gemeente)
                .eis(s, "zienswijze van " + gemeente + " vastleggen (samenwerking " + samenwerkingId + ")");
        long id = repository.maakZienswijze(
                samenwerkingId,
                Objects.requireNonNull(jaar),
                wijziging,
                gemeente,
                op,
                Objects.requireNonNull(invoer.inhoud()).strip(),
                g.gebruikersnaam());
        Raadszienswijze na = bestaand(samenwerkingId, id);
        audit.legVast(Actie.AANGEMAAKT, "kalender_zienswijze", id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    /**
     * The board's written, reasoned answer to a zienswijze (art. 35 lid 3): text required, the day not in the future
     * and not before the zienswijze came in (default today). The regisseur records it; it may be corrected later.
     */
    @Transactional
    public Raadszienswijze beantwoord(
            long samenwerkingId,
            long zienswijzeId,
            long versie,
            @Nullable String antwoord,
            @Nullable LocalDate beantwoordOp) {
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        KalenderRechten.beantwoorden(HuidigeGebruiker.get(), s)
                .eis(s, "zienswijze beantwoorden (samenwerking " + samenwerkingId + ")");
        Raadszienswijze voor = bestaand(samenwerkingId, zienswijzeId);
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        Fouten fouten = new Fouten();
        fouten.tekst("antwoord", antwoord, MAX_TEKST);
        LocalDate op = Gebeurdatum.controleer(fouten, "beantwoordOp", beantwoordOp);
        if (!fouten.heeft("beantwoordOp") && op.isBefore(voor.ingediendOp())) {
            fouten.voeg("beantwoordOp", "kalender.fout.antwoord-voor-zienswijze");
        }
        fouten.gooiAlsNietLeeg();
        if (!repository.beantwoord(
                samenwerkingId,
                zienswijzeId,
                versie,
                Objects.requireNonNull(antwoord).strip(),
                op)) {
            throw new VersieConflictException();
        }
        Raadszienswijze na = bestaand(samenwerkingId, zienswijzeId);
        audit.legVast(Actie.GEWIJZIGD, "kalender_zienswijze", zienswijzeId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId);
        return na;
    }

    // ---- helpers ----

    private void vanToepassing(long samenwerkingId) {
        if (!heeftBegroting(vormen.gekozen(samenwerkingId).orElse(null))) {
            throw new ConflictException("kalender.fout.geen-begroting", List.of());
        }
    }

    private static void controleerJaar(int jaar) {
        if (jaar < MIN_JAAR || jaar > MAX_JAAR) {
            throw new nl.samenspel.platform.OngeldigeInvoerException(
                    new Fouten().voeg("jaar", "kalender.fout.jaar", MIN_JAAR, MAX_JAAR));
        }
    }

    /** An actual day cannot lie in the future; a planned day may be anything readable. */
    private static void gedaan(Fouten fouten, String veld, Datum d) {
        LocalDate gedaan = d.gedaan();
        if (gedaan != null) {
            Gebeurdatum.controleer(fouten, veld + ".gedaan", gedaan);
        }
        LocalDate gepland = d.gepland();
        if (gepland != null && gepland.isBefore(Gebeurdatum.VROEGST)) {
            fouten.voeg(veld + ".gepland", "fout.datum.te-vroeg", Gebeurdatum.VROEGST.getYear());
        }
    }

    private Raadszienswijze bestaand(long samenwerkingId, long id) {
        return repository.zienswijze(samenwerkingId, id).orElseThrow(() -> new NietGevondenException("zienswijze"));
    }

    private void gewijzigd(long samenwerkingId) {
        events.publishEvent(new KalenderGewijzigd(samenwerkingId));
    }

    private static Map<String, @Nullable Object> velden(Jaarplan j) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("jaar", j.jaar());
        for (PcMoment m : PcMoment.values()) {
            Datum d = j.datum(m);
            if (d != Datum.LEEG || m == PcMoment.KADERS_NAAR_RADEN) {
                v.put(m.name() + ".gepland", tekst(d.gepland()));
                v.put(m.name() + ".gedaan", tekst(d.gedaan()));
            }
        }
        for (Wijziging w : j.wijzigingen()) {
            v.put(
                    "wijziging" + w.nummer(),
                    w.omschrijving() + " | raden " + tekst(w.naarRaden().geldend()) + " | besluit "
                            + tekst(w.besluit().geldend()));
        }
        return v;
    }

    private static Map<String, @Nullable Object> velden(Raadszienswijze z) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        v.put("jaar", z.jaar());
        v.put("wijziging", z.wijziging());
        v.put("gemeente", z.gemeenteCode());
        v.put("ingediendOp", z.ingediendOp().toString());
        v.put("inhoud", z.inhoud());
        v.put("antwoord", z.antwoord());
        v.put("beantwoordOp", tekst(z.beantwoordOp()));
        return v;
    }

    private static @Nullable String tekst(@Nullable LocalDate d) {
        return d == null ? null : d.toString();
    }
}
