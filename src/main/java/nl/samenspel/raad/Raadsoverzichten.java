package nl.samenspel.raad;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspel.bestuur.Orgaan;
import nl.samenspel.bestuur.Organen;
import nl.samenspel.bestuur.Zetel;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.GemeenteCode;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.regeling.Raadsbesluit;
import nl.samenspel.regeling.Raadsinstrumenten;
import nl.samenspel.regeling.Regelingen;
import nl.samenspel.samenwerking.FaseOvergang;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.security.Rol;
import nl.samenspel.stappen.StapStand;
import nl.samenspel.stappen.Stappen;
import nl.samenspel.stappen.Vaststelling;
import nl.samenspel.toets.Status;
import nl.samenspel.toets.ToetsService;
import nl.samenspel.verkenning.Positie;
import nl.samenspel.verkenning.Route;
import nl.samenspel.verkenning.SamenwerkingTaak;
import nl.samenspel.verkenning.TaakRoute;
import nl.samenspel.verkenning.Verkenning;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Vormen;
import nl.samenspel.vorm.Wetsgrond;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the council's overview of a samenwerking ({@link Raadsoverzicht}) from the public APIs of the modules
 * that own the facts. Who may see the samenwerking is theirs to decide ({@code Samenwerkingen.vind}: 404 for
 * anyone else); this adds only which municipality the overview is for. It shows the same to every reader: shared
 * positions only (never a draft, also not the reader's own or, for the regisseur, anyone's) and the shared view of
 * the check (ADR 0007, 0010).
 */
@Service
public class Raadsoverzichten {

    private final Samenwerkingen samenwerkingen;
    private final Verkenning verkenning;
    private final Stappen stappen;
    private final ToetsService toets;
    private final Teksten teksten;
    private final Regelingen regelingen;
    private final Vormen vormen;
    private final Organen organen;

    Raadsoverzichten(
            Samenwerkingen samenwerkingen,
            Verkenning verkenning,
            Stappen stappen,
            ToetsService toets,
            Teksten teksten,
            Regelingen regelingen,
            Vormen vormen,
            Organen organen) {
        this.regelingen = regelingen;
        this.vormen = vormen;
        this.organen = organen;
        this.samenwerkingen = samenwerkingen;
        this.verkenning = verkenning;
        this.stappen = stappen;
        this.toets = toets;
        this.teksten = teksten;
    }

    /**
     * A council member reads the overview of their own municipality only; everybody else who may see the
     * samenwerking chooses a participating municipality.
     */
    public static boolean alleenRaadslid(Gebruiker g) {
        return g.heeft(Rol.RAADSLID) && !g.heeftEenVan(Rol.REGISSEUR, Rol.BEHEERDER, Rol.AMBTENAAR, Rol.BESTUURDER);
    }

    /**
     * The overview for municipality {@code gemeente} (a CBS code; null: the reader's own municipality when it takes
     * part, else the first party).
     *
     * @throws nl.samenspel.platform.NietGevondenException when the samenwerking does not exist or the user may not
     *     see it
     * @throws OngeldigeInvoerException when {@code gemeente} is no municipality code or no party
     * @throws AccessDeniedException when a council member asks for another municipality than their own
     */
    @Transactional(readOnly = true)
    public Raadsoverzicht voor(long id, @Nullable String gemeente) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = samenwerkingen.vind(id);
        Gemeente voor = kies(g, s, gemeente);
        String code = voor.code();
        Map<String, String> namen = s.gemeenten().stream()
                .collect(Collectors.toMap(Gemeente::code, Gemeente::naam, (a, b) -> a, LinkedHashMap::new));
        List<FaseOvergang> overgangen = samenwerkingen.overgangen(id);
        Raadsoverzicht.Instrumenten instrumenten = instrumenten(id, voor);
        return new Raadsoverzicht(
                s.id(),
                s.titel(),
                s.omschrijving(),
                s.oefencasus(),
                s.gearchiveerd(),
                voor,
                s.gemeenten(),
                rol(voor, s),
                taken(id, code, namen),
                s.fase(),
                teksten.t(s.fase().labelSleutel()),
                teksten.t(s.fase().uitlegSleutel()),
                FaseOvergang.faseSinds(s, overgangen),
                besluiten(id, overgangen, code, namen),
                posities(id, code, namen),
                nietGedeeld(id, namen),
                toets(id),
                teksten.t("raad.kosten.nog-niet", voor.naam()),
                instrumenten.vormNaam() == null
                        ? teksten.t("raad.instrumenten.geen-vorm")
                        : teksten.t("raad.instrumenten.vorm", instrumenten.vormNaam(), voor.naam()),
                instrumenten,
                vormkeuze(id),
                organen(id),
                s.vertrokken());
    }

    /** The chosen form in plain words, with the reason the parties recorded (module vorm). */
    private Raadsoverzicht.@Nullable Vormkeuze vormkeuze(long id) {
        return vormen.besluit(id)
                .map(b -> new Raadsoverzicht.Vormkeuze(
                        b.vorm().name(),
                        teksten.t(b.vorm().labelSleutel()),
                        teksten.t("raad.vorm." + b.vorm().name() + ".uitleg"),
                        b.motivering(),
                        b.datum()))
                .orElse(null);
    }

    /** The bodies and their seats (module bestuur); a seat's account is not the council's business. */
    private List<Orgaan> organen(long id) {
        return organen.organen(id).stream()
                .map(o -> new Orgaan(
                        o.id(),
                        o.samenwerkingId(),
                        o.naam(),
                        o.lijn(),
                        o.soort(),
                        o.gemeenteCode(),
                        o.versie(),
                        o.zetels().stream()
                                .map(z -> new Zetel(
                                        z.id(),
                                        z.orgaanId(),
                                        z.samenwerkingId(),
                                        z.persoon(),
                                        z.gemeenteCode(),
                                        z.rol(),
                                        z.portefeuilles(),
                                        z.functie(),
                                        z.stemmen(),
                                        null,
                                        z.versie()))
                                .toList()))
                .toList();
    }

    /** What the council can do under the chosen form, and its own toestemming and zienswijze (module regeling). */
    private Raadsoverzicht.Instrumenten instrumenten(long id, Gemeente voor) {
        Raadsinstrumenten.Overzicht r = regelingen.voorRaad(id, voor.code());
        Vorm vorm = r.vorm();
        if (vorm == null) {
            return new Raadsoverzicht.Instrumenten(null, null, List.of(), null, null, null, null, null);
        }
        List<Raadsoverzicht.Instrument> lijst = r.instrumenten().stream()
                .map(i -> {
                    Wetsgrond w = i.grondslag();
                    return new Raadsoverzicht.Instrument(
                            i.name(),
                            teksten.t(i.labelSleutel()),
                            teksten.t(i.uitlegSleutel()),
                            i.termijnWeken(),
                            w.verwijzing(),
                            w.zekerheid() == Wetsgrond.Zekerheid.WETTEKST
                                    ? null
                                    : teksten.t("regeling.zekerheid."
                                            + w.zekerheid().name()),
                            w.bron().titel(),
                            w.bron().url());
                })
                .toList();
        String toestemming = null;
        String zienswijze = null;
        if (vorm.wgr()) {
            Raadsbesluit t = r.toestemming();
            toestemming = t == null
                    ? teksten.t("raad.toestemming.niet", voor.naam())
                    : teksten.t("raad.toestemming.wel", voor.naam(), Tijdstip.dag(t.datum()), t.document());
            Raadsbesluit z = r.zienswijze();
            LocalDate tot = r.zienswijzeTermijnTot();
            LocalDate verzonden = r.ontwerpVerzonden();
            if (z != null) {
                zienswijze = teksten.t("raad.zienswijze.wel", voor.naam(), Tijdstip.dag(z.datum()), z.document());
            } else if (verzonden != null && tot != null) {
                zienswijze = teksten.t("raad.zienswijze.termijn", Tijdstip.dag(verzonden), Tijdstip.dag(tot));
            } else {
                zienswijze = teksten.t("raad.zienswijze.niet-verzonden");
            }
        }
        Raadsbesluit t = r.toestemming();
        Raadsbesluit z = r.zienswijze();
        return new Raadsoverzicht.Instrumenten(
                vorm.name(),
                teksten.t(vorm.labelSleutel()),
                lijst,
                toestemming,
                zienswijze,
                t == null ? null : t.datum(),
                z == null ? null : z.datum(),
                r.zienswijzeTermijnTot());
    }

    private static Gemeente kies(Gebruiker g, Samenwerking s, @Nullable String gevraagd) {
        if (gevraagd == null || gevraagd.isBlank()) {
            return s.gemeenten().stream()
                    .filter(m -> g.vanGemeente(m.code()))
                    .findFirst()
                    .orElseGet(() -> s.gemeenten().get(0));
        }
        GemeenteCode code = GemeenteCode.lees(gevraagd)
                .orElseThrow(() -> OngeldigeInvoerException.van("gemeente", "raad.fout.gemeente-code"));
        Gemeente gemeente = s.gemeenten().stream()
                .filter(m -> m.code().equals(code.waarde()))
                .findFirst()
                .orElseThrow(() -> OngeldigeInvoerException.van("gemeente", "raad.fout.geen-partij", code.waarde()));
        if (alleenRaadslid(g) && !g.vanGemeente(gemeente.code())) {
            throw new AccessDeniedException("raadsoverzicht van een andere gemeente");
        }
        return gemeente;
    }

    private String rol(Gemeente voor, Samenwerking s) {
        List<String> anderen = s.gemeenten().stream()
                .filter(m -> !m.code().equals(voor.code()))
                .map(Gemeente::naam)
                .toList();
        return teksten.t("raad.rol", voor.naam(), opsomming(anderen));
    }

    /** "Zeist", "Zeist en De Bilt", "Zeist, De Bilt en Bunnik". */
    String opsomming(List<String> namen) {
        if (namen.size() <= 1) {
            return String.join("", namen);
        }
        return String.join(", ", namen.subList(0, namen.size() - 1)) + " " + teksten.t("raad.en") + " "
                + namen.get(namen.size() - 1);
    }

    private List<Raadsoverzicht.TaakRegel> taken(long id, String code, Map<String, String> namen) {
        Map<Long, TaakRoute> routes = verkenning.routes(id);
        List<Raadsoverzicht.TaakRegel> uit = new ArrayList<>();
        for (SamenwerkingTaak t : verkenning.taken(id)) {
            TaakRoute r = routes.get(t.id());
            uit.add(new Raadsoverzicht.TaakRegel(
                    t.naam(),
                    t.omschrijving(),
                    r == null ? null : r.route().name(),
                    r == null ? teksten.t("raad.route.geen") : routeTekst(r, code, namen)));
        }
        return uit;
    }

    private String routeTekst(TaakRoute r, String code, Map<String, String> namen) {
        Function<String, String> naam = c -> namen.getOrDefault(c, c);
        String eigen = naam.apply(code);
        if (r.route() == Route.SAMENWERKEN) {
            return teksten.t("raad.route.SAMENWERKEN");
        }
        if (r.route() == Route.NIET_SAMEN) {
            return teksten.t("raad.route.NIET_SAMEN");
        }
        String leverancier = r.leverancier() == null ? "" : naam.apply(r.leverancier());
        List<String> kopers = r.kopers().stream().map(naam).toList();
        if (code.equals(r.leverancier())) {
            return teksten.t("raad.route.INKOPEN.levert", eigen, opsomming(kopers));
        }
        if (r.kopers().contains(code)) {
            return teksten.t("raad.route.INKOPEN.koopt", eigen, leverancier);
        }
        return teksten.t("raad.route.INKOPEN.anderen", opsomming(kopers), kopers.size(), leverancier, eigen);
    }

    private List<Raadsoverzicht.Besluit> besluiten(
            long id, List<FaseOvergang> overgangen, String code, Map<String, String> namen) {
        List<Raadsoverzicht.Besluit> uit = new ArrayList<>();
        for (FaseOvergang o : overgangen) {
            var orgaan = o.besluitOrgaan();
            uit.add(new Raadsoverzicht.Besluit(
                    o.datum(),
                    Raadsoverzicht.Soort.FASE,
                    teksten.t(
                            o.terug() ? "raad.besluit.fase.terug" : "raad.besluit.fase",
                            teksten.t(o.naar().labelSleutel())),
                    orgaan,
                    orgaan == null ? teksten.t("raad.besluit.orgaan.onbekend") : teksten.t(orgaan.labelSleutel()),
                    null,
                    null,
                    false));
        }
        for (StapStand stap : stappen.stand(id)) {
            for (Vaststelling v : stap.vaststellingen()) {
                uit.add(new Raadsoverzicht.Besluit(
                        v.datum(),
                        Raadsoverzicht.Soort.VASTSTELLING,
                        teksten.t(
                                "raad.besluit.stap",
                                teksten.t(v.stap().labelSleutel()),
                                namen.getOrDefault(v.gemeenteCode(), v.gemeenteCode())),
                        v.orgaan(),
                        teksten.t(
                                "raad.besluit.orgaan.van",
                                teksten.t(v.orgaan().labelSleutel()),
                                namen.getOrDefault(v.gemeenteCode(), v.gemeenteCode())),
                        v.gemeenteCode(),
                        v.referentie(),
                        v.verouderd()));
            }
        }
        // Oldest first, so it reads as what happened; the municipality's own decisions before others' on a day.
        uit.sort(Comparator.comparing(Raadsoverzicht.Besluit::datum)
                .thenComparing(b -> b.soort() == Raadsoverzicht.Soort.VASTSTELLING)
                .thenComparing(b -> !code.equals(b.gemeenteCode())));
        return uit;
    }

    /** Shared positions only, whoever reads: a draft stays with its municipality (and the regisseur's own work). */
    private List<Positie> gedeeld(long id) {
        return verkenning.leesbarePosities(id).stream().filter(Positie::gedeeld).toList();
    }

    private List<Raadsoverzicht.GedeeldePositie> posities(long id, String code, Map<String, String> namen) {
        return gedeeld(id).stream()
                .sorted(Comparator.comparing(p -> !p.gemeenteCode().equals(code)))
                .map(p -> {
                    var einddoel = p.einddoel();
                    var op = p.gedeeldOp();
                    return new Raadsoverzicht.GedeeldePositie(
                            p.gemeenteCode(),
                            namen.getOrDefault(p.gemeenteCode(), p.gemeenteCode()),
                            p.gemeenteCode().equals(code),
                            p.watWillenWij(),
                            p.watWillenWijNiet(),
                            einddoel == null ? null : teksten.t(einddoel.sleutel()),
                            p.maximumPerJaar(),
                            op == null ? null : LocalDate.ofInstant(op, Tijdstip.NEDERLAND));
                })
                .toList();
    }

    private List<String> nietGedeeld(long id, Map<String, String> namen) {
        var wel = gedeeld(id).stream().map(Positie::gemeenteCode).collect(Collectors.toSet());
        return namen.entrySet().stream()
                .filter(e -> !wel.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    private Raadsoverzicht.Toetssamenvatting toets(long id) {
        ToetsService.SamenwerkingToets t = toets.gedeeld(id);
        List<Raadsoverzicht.RegelStand> regels = t.regels().stream()
                .map(r -> new Raadsoverzicht.RegelStand(
                        r.regel(),
                        r.naam(),
                        r.status(),
                        teksten.t("raad.toets.status." + r.status().name())))
                .toList();
        // One point per open check, with what can be done: its generic title and intervention, never the finding's
        // own sentence (which names parties).
        Map<String, Raadsoverzicht.Aandachtspunt> punten = new LinkedHashMap<>();
        t.regels().stream()
                .flatMap(r -> r.bevindingen().stream())
                .filter(b -> b.status() == Status.OPEN)
                .forEach(b -> punten.putIfAbsent(
                        b.controle(),
                        new Raadsoverzicht.Aandachtspunt(
                                b.regel(),
                                b.ernst(),
                                teksten.t("raad.toets.ernst." + b.ernst().name()),
                                b.titel(),
                                b.interventie())));
        return new Raadsoverzicht.Toetssamenvatting(
                t.totaal(),
                teksten.t("raad.toets.totaal." + t.totaal().name(), punten.size()),
                regels,
                List.copyOf(punten.values()));
    }
}
