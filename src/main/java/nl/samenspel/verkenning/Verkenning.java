package nl.samenspel.verkenning;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.GemeenteCode;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Id;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Recht;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks and positions of a samenwerking and the mutual-need analysis over them. Every access check is here,
 * whatever path a request takes (page, API, analysis).
 *
 * <p>Confidentiality of a position: until shared, only that municipality's AMBTENAAR and BESTUURDER and the
 * samenwerking's REGISSEUR may read it; once shared, every party of the samenwerking (AMBTENAAR, BESTUURDER,
 * RAADSLID) too. Anybody else is told it does not exist: not found, and lists leave it out.
 */
@Service
public class Verkenning {

    public static final int MAX_TOELICHTING = 2_000;
    /** A sanity bound: no single task of a municipal cooperation costs a billion euros a year. */
    public static final BigDecimal MAX_BEDRAG = new BigDecimal("1000000000");

    static final String TAAK = "taak";
    static final String POSITIE = "positie";
    static final String ROUTE = "taakroute";

    private static final Logger LOG = LoggerFactory.getLogger(Verkenning.class);

    private final VerkenningRepository repository;
    private final Samenwerkingen samenwerkingen;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Verkenning(
            VerkenningRepository repository,
            Samenwerkingen samenwerkingen,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.samenwerkingen = samenwerkingen;
        this.audit = audit;
        this.events = events;
    }

    // ---- checks ----

    /** Who may add a task now; see {@link VerkenningRechten}. */
    public boolean kanTaakToevoegen(Gebruiker g, Samenwerking s) {
        return VerkenningRechten.taakToevoegen(g, s).ja();
    }

    /** Per task of the samenwerking, the municipalities whose positions answer it (for {@link VerkenningRechten}). */
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> beantwoordDoor(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.beantwoordDoor(samenwerkingId);
    }

    /** {@link VerkenningRechten#positieLezen}. */
    public boolean kanPositieLezen(Gebruiker g, Samenwerking s, String gemeenteCode, boolean gedeeld) {
        return VerkenningRechten.positieLezen(g, s, gemeenteCode, gedeeld);
    }

    /**
     * Only the municipality itself writes its position as its own; the regisseur records one on its behalf
     * ({@link #kanPositieNamensSchrijven}).
     */
    public boolean kanPositieSchrijven(Gebruiker g, Samenwerking s, String gemeenteCode) {
        return VerkenningRechten.positieSchrijven(g, s, gemeenteCode) != Recht.NEE;
    }

    // ---- taakvelden ----

    public static int huidigJaar() {
        return Year.now(Tijdstip.NEDERLAND).getValue();
    }

    @Transactional(readOnly = true)
    public List<Taakveld> taakvelden(int jaar) {
        return repository.taakvelden(jaar);
    }

    // ---- taken ----

    @Transactional(readOnly = true)
    public List<SamenwerkingTaak> taken(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.taken(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public SamenwerkingTaak taak(long samenwerkingId, long taakId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.taak(samenwerkingId, taakId).orElseThrow(() -> new NietGevondenException(TAAK));
    }

    @Transactional
    public SamenwerkingTaak maakTaak(long samenwerkingId, TaakInvoer invoer) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        VerkenningRechten.taakToevoegen(g, s).eis(s, "taak toevoegen aan samenwerking " + samenwerkingId);
        Taakveld taakveld = valideer(invoer);
        String eigenaar = SamenwerkingRechten.regisseurVan(g, s) ? null : g.gemeenteCode();
        long id = repository.voegTaakToe(
                samenwerkingId,
                Objects.requireNonNull(invoer.naam(), "validated").strip(),
                leegNaarNull(invoer.omschrijving()),
                taakveld,
                eigenaar);
        SamenwerkingTaak na = repository.taak(samenwerkingId, id).orElseThrow();
        audit.legVast(Actie.AANGEMAAKT, TAAK, id, samenwerkingId, Map.of(), velden(na));
        gewijzigd(samenwerkingId, "taak-aangemaakt", g.gebruikersnaam());
        return na;
    }

    @Transactional
    public SamenwerkingTaak wijzigTaak(long samenwerkingId, long taakId, long versie, TaakInvoer invoer) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        SamenwerkingTaak voor =
                repository.taak(samenwerkingId, taakId).orElseThrow(() -> new NietGevondenException(TAAK));
        VerkenningRechten.taakWijzigen(g, s, voor, repository.beantwoordDoor(samenwerkingId, taakId))
                .eis(s, "taak " + taakId + " wijzigen");
        Taakveld taakveld = valideer(invoer);
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        repository.wijzigTaak(
                samenwerkingId,
                taakId,
                versie,
                Objects.requireNonNull(invoer.naam(), "validated").strip(),
                leegNaarNull(invoer.omschrijving()),
                taakveld);
        SamenwerkingTaak na = repository.taak(samenwerkingId, taakId).orElseThrow();
        audit.legVast(Actie.GEWIJZIGD, TAAK, taakId, samenwerkingId, velden(voor), velden(na));
        gewijzigd(samenwerkingId, "taak-gewijzigd", g.gebruikersnaam());
        return na;
    }

    @Transactional
    public void verwijderTaak(long samenwerkingId, long taakId, long versie) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        SamenwerkingTaak voor =
                repository.taak(samenwerkingId, taakId).orElseThrow(() -> new NietGevondenException(TAAK));
        VerkenningRechten.taakVerwijderen(g, s, voor, repository.beantwoordDoor(samenwerkingId, taakId))
                .eis(s, "taak " + taakId + " verwijderen");
        if (voor.versie() != versie) {
            throw new VersieConflictException();
        }
        repository.verwijderTaak(samenwerkingId, taakId, versie);
        audit.legVast(Actie.VERWIJDERD, TAAK, taakId, samenwerkingId, velden(voor), Map.of());
        gewijzigd(samenwerkingId, "taak-verwijderd", g.gebruikersnaam());
    }

    // ---- route per task (rule 5) ----

    /** The recorded routes by task id; a task without one follows the analysis's advice ({@link RouteAdvies}). */
    @Transactional(readOnly = true)
    public Map<Long, TaakRoute> routes(long samenwerkingId) {
        samenwerkingen.vind(samenwerkingId);
        return repository.routes(samenwerkingId);
    }

    @Transactional(readOnly = true)
    public Optional<TaakRoute> route(long samenwerkingId, long taakId) {
        taak(samenwerkingId, taakId);
        return repository.route(samenwerkingId, taakId);
    }

    /** Whether the current user may record routes in this samenwerking (to show or hide the form). */
    public boolean kanRouteVastleggen(Gebruiker g, Samenwerking s) {
        return VerkenningRechten.routeVastleggen(g, s).ja();
    }

    /**
     * Records the route the parties chose for a task, replacing an earlier one. Moves the task's version: the
     * route is part of the task, so the task's ETag (If-Match) guards it as it guards the other task writes.
     */
    @Transactional
    public SamenwerkingTaak legRouteVast(long samenwerkingId, long taakId, long versie, RouteInvoer invoer) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        SamenwerkingTaak taak =
                repository.taak(samenwerkingId, taakId).orElseThrow(() -> new NietGevondenException(TAAK));
        VerkenningRechten.routeVastleggen(g, s).eis(s, "route van taak " + taakId + " vastleggen");
        GecontroleerdeRoute r = valideer(s::neemtDeel, invoer);
        if (taak.versie() != versie) {
            throw new VersieConflictException();
        }
        Optional<TaakRoute> voor = repository.route(samenwerkingId, taakId);
        repository.verhoogVersie(samenwerkingId, taakId, versie);
        repository.bewaarRoute(
                samenwerkingId,
                taakId,
                r.route(),
                r.kopers(),
                r.leverancier(),
                r.vehikel(),
                r.reden(),
                g.gebruikersnaam());
        TaakRoute na = repository.route(samenwerkingId, taakId).orElseThrow();
        audit.legVast(
                voor.isEmpty() ? Actie.AANGEMAAKT : Actie.GEWIJZIGD,
                ROUTE,
                taakId,
                samenwerkingId,
                voor.map(Verkenning::velden).orElse(Map.of()),
                velden(na));
        gewijzigd(samenwerkingId, "taak-route", g.gebruikersnaam());
        return repository.taak(samenwerkingId, taakId).orElseThrow();
    }

    private record GecontroleerdeRoute(
            Route route,
            List<String> kopers,
            @Nullable String leverancier,
            @Nullable Vehikel vehikel,
            String reden) {}

    /**
     * kopers, leverancier and vehikel belong to INKOPEN only: sent with another route they are refused rather than
     * silently dropped, so a client never believes it stored a buyer that is not there.
     */
    private static GecontroleerdeRoute valideer(java.util.function.Predicate<String> neemtDeel, RouteInvoer invoer) {
        Fouten fouten = new Fouten();
        Route route = null;
        String tekst = invoer.route() == null ? "" : invoer.route().strip();
        if (tekst.isEmpty()) {
            fouten.voeg("route", "verkenning.route.route.verplicht");
        } else {
            try {
                route = Route.valueOf(tekst.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fouten.voeg("route", "verkenning.route.route.onbekend");
            }
        }
        String reden = leegNaarNull(invoer.reden());
        if (reden == null) {
            fouten.voeg("reden", "verkenning.route.reden.verplicht");
        } else if (reden.length() > Fouten.MAX_LANG) {
            fouten.voeg("reden", "verkenning.route.reden.te-lang", Fouten.MAX_LANG);
        }
        List<String> kopers = new ArrayList<>();
        List<String> kopersTekst =
                invoer.kopers().stream().filter(k -> k != null && !k.isBlank()).toList();
        String leverancierTekst = leegNaarNull(invoer.leverancier());
        String vehikelTekst = leegNaarNull(invoer.vehikel());
        String leverancier = null;
        Vehikel vehikel = null;
        if (route == Route.INKOPEN) {
            if (kopersTekst.isEmpty()) {
                fouten.voeg("kopers", "verkenning.route.kopers.verplicht");
            }
            for (String k : kopersTekst) {
                String code = code(k);
                if (code == null || !neemtDeel.test(code)) {
                    fouten.voeg("kopers", "verkenning.route.kopers.onbekend");
                    break;
                }
                if (!kopers.contains(code)) {
                    kopers.add(code);
                }
            }
            if (leverancierTekst == null) {
                fouten.voeg("leverancier", "verkenning.route.leverancier.verplicht");
            } else {
                leverancier = code(leverancierTekst);
                if (leverancier == null || !neemtDeel.test(leverancier)) {
                    fouten.voeg("leverancier", "verkenning.route.leverancier.onbekend");
                    leverancier = null;
                } else if (kopers.contains(leverancier)) {
                    fouten.voeg("leverancier", "verkenning.route.leverancier.koper");
                }
            }
            if (vehikelTekst == null) {
                fouten.voeg("vehikel", "verkenning.route.vehikel.verplicht");
            } else {
                try {
                    vehikel = Vehikel.valueOf(vehikelTekst.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    fouten.voeg("vehikel", "verkenning.route.vehikel.onbekend");
                }
            }
        } else if (route != null) {
            if (!kopersTekst.isEmpty()) {
                fouten.voeg("kopers", "verkenning.route.alleen-inkopen");
            }
            if (leverancierTekst != null) {
                fouten.voeg("leverancier", "verkenning.route.alleen-inkopen");
            }
            if (vehikelTekst != null) {
                fouten.voeg("vehikel", "verkenning.route.alleen-inkopen");
            }
        }
        fouten.gooiAlsNietLeeg();
        return new GecontroleerdeRoute(
                Objects.requireNonNull(route, "validated"),
                kopers,
                leverancier,
                vehikel,
                Objects.requireNonNull(reden, "validated"));
    }

    private static Map<String, Object> velden(TaakRoute r) {
        Map<String, Object> velden = new LinkedHashMap<>();
        velden.put("route", r.route().name());
        velden.put("kopers", r.kopers().isEmpty() ? null : String.join(", ", r.kopers()));
        velden.put("leverancier", r.leverancier());
        velden.put("vehikel", r.vehikel() == null ? null : r.vehikel().name());
        velden.put("reden", r.reden());
        return velden;
    }

    private @Nullable Taakveld valideer(TaakInvoer invoer) {
        Fouten fouten = new Fouten();
        if (invoer.naam() == null || invoer.naam().isBlank()) {
            fouten.voeg("naam", "verkenning.taak.naam.verplicht");
        } else if (invoer.naam().length() > Fouten.MAX_KORT) {
            fouten.voeg("naam", "verkenning.taak.naam.te-lang", Fouten.MAX_KORT);
        }
        if (invoer.omschrijving() != null && invoer.omschrijving().length() > Fouten.MAX_LANG) {
            fouten.voeg("omschrijving", "verkenning.taak.omschrijving.te-lang", Fouten.MAX_LANG);
        }
        Taakveld taakveld = null;
        String tv = invoer.taakveld();
        if (tv != null && !tv.isBlank()) {
            taakveld = zoekTaakveld(tv.strip()).orElse(null);
            if (taakveld == null) {
                fouten.voeg("taakveld", "verkenning.taak.taakveld.onbekend");
            }
        }
        fouten.gooiAlsNietLeeg();
        return taakveld;
    }

    /** "2023:0.61" names one version; a bare code means the list valid now. */
    private Optional<Taakveld> zoekTaakveld(String tekst) {
        if (tekst.length() > 20) {
            return Optional.empty();
        }
        int dubbelePunt = tekst.indexOf(':');
        if (dubbelePunt < 0) {
            return repository.taakvelden(huidigJaar()).stream()
                    .filter(t -> t.code().equals(tekst))
                    .findFirst();
        }
        try {
            int jaar = Integer.parseInt(tekst.substring(0, dubbelePunt));
            return repository.taakveld(jaar, tekst.substring(dubbelePunt + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> velden(SamenwerkingTaak t) {
        Map<String, Object> velden = new LinkedHashMap<>();
        velden.put("naam", t.naam());
        velden.put("omschrijving", t.omschrijving());
        velden.put(
                "taakveld",
                t.taakveld() == null
                        ? null
                        : t.taakveld().label() + " (" + t.taakveld().geldigVanaf() + ")");
        return velden;
    }

    // ---- posities ----

    /** The positions the current user may read, in the order of the samenwerking's municipalities. */
    @Transactional(readOnly = true)
    public List<Positie> leesbarePosities(long samenwerkingId) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        return leesbaar(g, s, repository.posities(samenwerkingId));
    }

    private List<Positie> leesbaar(Gebruiker g, Samenwerking s, List<Positie> posities) {
        Map<String, Positie> perCode = posities.stream()
                .filter(p -> kanPositieLezen(g, s, p.gemeenteCode(), p.gedeeld()))
                .collect(Collectors.toMap(Positie::gemeenteCode, p -> p));
        // The active parties first, then those that left (issue 13): their positions stay readable as history.
        return java.util.stream.Stream.concat(
                        s.gemeenteCodes().stream().map(GemeenteCode::waarde),
                        s.vertrokken().stream().map(nl.samenspel.samenwerking.VertrokkenPartij::code))
                .filter(perCode::containsKey)
                .map(perCode::get)
                .toList();
    }

    /** The parties of the samenwerking in their order, for anybody who may see it. */
    @Transactional(readOnly = true)
    public List<Partij> partijen(long samenwerkingId) {
        return samenwerkingen.vind(samenwerkingId).gemeenten().stream()
                .map(Verkenning::partij)
                .toList();
    }

    /** The position, if it exists and the current user may read it. */
    @Transactional(readOnly = true)
    public Optional<Positie> positie(long samenwerkingId, String gemeenteCode) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        String code = code(gemeenteCode);
        // Reading includes a party that left (kept as history); writing stays with the active parties.
        if (code == null || !s.kentPartij(code)) {
            return Optional.empty();
        }
        return repository.positie(samenwerkingId, code).filter(p -> kanPositieLezen(g, s, code, p.gedeeld()));
    }

    /** Result of a save: whether it created the position (201) or changed it. */
    public record Opgeslagen(Positie positie, boolean nieuw) {}

    /**
     * Creates or replaces a position. {@code versie} null means "create": when the position already exists, the
     * caller must name the version it saw ({@link nl.samenspel.platform.VersieVereistException} is the caller's).
     * Nobody but the municipality itself learns whether a position exists: for them every refusal is not found.
     */
    @Transactional
    public Opgeslagen bewaarPositie(
            long samenwerkingId, String gemeenteCode, @Nullable Long versie, PositieInvoer invoer) {
        return bewaarPositie(samenwerkingId, gemeenteCode, versie, invoer, false);
    }

    /**
     * As {@link #bewaarPositie(long, String, Long, PositieInvoer)}; with {@code namens} the samenwerking's regisseur
     * records the position on behalf of the municipality (after talking to it). Such a position stays marked until
     * the municipality confirms or changes it; the regisseur may keep editing it until then, but never overwrites a
     * position the municipality wrote or confirmed itself (409). A regisseur who leaves out {@code namens} is told
     * to set it (400): the regisseur never writes a position as if it were the municipality's own.
     */
    @Transactional
    public Opgeslagen bewaarPositie(
            long samenwerkingId, String gemeenteCode, @Nullable Long versie, PositieInvoer invoer, boolean namens) {
        Gebruiker g = HuidigeGebruiker.get();
        // Locked first: of simultaneous first saves one creates, the others find it and need a version (428).
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        String code = code(gemeenteCode);
        Optional<Positie> voor = code == null ? Optional.empty() : repository.positie(samenwerkingId, code);
        if (namens) {
            if (!SamenwerkingRechten.regisseurVan(g, s)) {
                // About the user's role, not about the position: says nothing about whether it exists.
                throw new AccessDeniedException("positie namens " + code + " vastleggen");
            }
            if (code == null || !s.neemtDeel(code)) {
                throw new NietGevondenException(POSITIE);
            }
            VerkenningRechten.positieNamensSchrijven(g, s, code).eis(s, "positie namens " + code + " vastleggen");
            if (voor.isPresent() && !voor.get().namens()) {
                throw new ConflictException("verkenning.positie.namens.al-eigen", List.of());
            }
        } else {
            Recht recht = VerkenningRechten.positieSchrijven(g, s, code);
            if (recht == Recht.NEE
                    && code != null
                    && VerkenningRechten.positieNamensSchrijven(g, s, code) != Recht.NEE) {
                Fouten fouten = new Fouten();
                fouten.voeg("namens", "verkenning.positie.namens.verplicht");
                fouten.gooiAlsNietLeeg();
            }
            if (recht == Recht.NEE || code == null) {
                throw weigerPositie(g, s, code, voor, "schrijven");
            }
            // Only the municipality itself gets here, so saying "archived" reveals nothing about its position.
            recht.eis(s, "positie " + code + " schrijven");
        }
        if (voor.isPresent() && versie == null) {
            throw new nl.samenspel.platform.VersieVereistException();
        }
        boolean gedeeld = invoer.gedeeld() != null
                ? invoer.gedeeld()
                : voor.map(Positie::gedeeld).orElse(false);
        VerkenningRepository.Gegevens gegevens = valideer(s, code, invoer, gedeeld, voor.orElse(null));
        if (voor.isEmpty()) {
            repository.voegPositieToe(samenwerkingId, code, gegevens, g.gebruikersnaam(), namens);
        } else {
            // Checked above: an existing position needs a version.
            if (versie == null || voor.get().versie() != versie) {
                throw new VersieConflictException();
            }
            repository.wijzigPositie(samenwerkingId, code, versie, gegevens, g.gebruikersnaam(), namens);
        }
        Positie na = repository.positie(samenwerkingId, code).orElseThrow();
        audit.legVastVertrouwelijk(
                voor.isEmpty() ? Actie.AANGEMAAKT : Actie.GEWIJZIGD,
                POSITIE,
                samenwerkingId + ":" + code,
                samenwerkingId,
                code,
                voor.map(this::velden).orElse(Map.of()),
                velden(na));
        gewijzigd(
                samenwerkingId,
                (voor.isEmpty() ? "positie-aangemaakt" : "positie-gewijzigd") + (namens ? "-namens" : ""),
                g.gebruikersnaam());
        return new Opgeslagen(na, voor.isEmpty());
    }

    /**
     * The refusal for a position the user may not write: 403 when they may read it (so its existence is no
     * secret to them), otherwise 404, exactly as for a position that does not exist.
     */
    private RuntimeException weigerPositie(
            Gebruiker g, Samenwerking s, @Nullable String code, Optional<Positie> voor, String wat) {
        if (code != null
                && voor.isPresent()
                && kanPositieLezen(g, s, code, voor.get().gedeeld())) {
            return new AccessDeniedException("positie " + code + " " + wat);
        }
        return new NietGevondenException(POSITIE);
    }

    /** Whether the current user may record this municipality's position on its behalf (to show the form). */
    public boolean kanPositieNamensSchrijven(Gebruiker g, Samenwerking s, String gemeenteCode) {
        return VerkenningRechten.positieNamensSchrijven(g, s, gemeenteCode).ja();
    }

    /**
     * The municipality confirms, unchanged, the position the regisseur recorded on its behalf: from now on it is
     * its own (the mark is cleared; the audit trail keeps who recorded and who confirmed it). Refused as for a
     * write by somebody else; 409 when there is nothing to confirm.
     */
    @Transactional
    public Positie bevestigPositie(long samenwerkingId, String gemeenteCode, long versie) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = samenwerkingen.vindOmTeWijzigen(samenwerkingId);
        String code = code(gemeenteCode);
        Optional<Positie> voor = code == null ? Optional.empty() : repository.positie(samenwerkingId, code);
        Recht recht = VerkenningRechten.positieSchrijven(g, s, code);
        if (recht == Recht.NEE || code == null) {
            throw weigerPositie(g, s, code, voor, "bevestigen");
        }
        recht.eis(s, "positie " + code + " bevestigen");
        Positie p = voor.orElseThrow(() -> new NietGevondenException(POSITIE));
        if (!p.namens()) {
            throw new ConflictException("verkenning.positie.bevestigen.niets", List.of());
        }
        if (p.versie() != versie) {
            throw new VersieConflictException();
        }
        repository.bevestigPositie(samenwerkingId, code, versie, g.gebruikersnaam());
        Positie na = repository.positie(samenwerkingId, code).orElseThrow();
        audit.legVastVertrouwelijk(
                Actie.GEWIJZIGD, POSITIE, samenwerkingId + ":" + code, samenwerkingId, code, velden(p), velden(na));
        gewijzigd(samenwerkingId, "positie-bevestigd", g.gebruikersnaam());
        return na;
    }

    /** {@code voor} is the stored position, whose end goal fields a client that does not send them keeps. */
    private VerkenningRepository.Gegevens valideer(
            Samenwerking s, String code, PositieInvoer invoer, boolean gedeeld, @Nullable Positie voor) {
        Fouten fouten = new Fouten();
        tekst(fouten, "watWillenWij", invoer.watWillenWij(), Fouten.MAX_LANG);
        tekst(fouten, "watWillenWijNiet", invoer.watWillenWijNiet(), Fouten.MAX_LANG);
        tekst(fouten, "eigenRuimte", invoer.eigenRuimte(), Fouten.MAX_LANG);
        tekst(fouten, "einddoelToelichting", invoer.einddoelToelichting(), Fouten.MAX_LANG);
        Einddoel einddoel = invoer.einddoel() == null && voor != null ? voor.einddoel() : null;
        if (invoer.einddoel() != null && !invoer.einddoel().isBlank()) {
            einddoel = einddoel(invoer.einddoel());
            if (einddoel == null) {
                fouten.voeg("einddoel", "verkenning.positie.einddoel.onbekend");
            }
        }
        Set<Einddoel> uitgesloten = java.util.EnumSet.noneOf(Einddoel.class);
        if (invoer.uitgeslotenEinddoelen() == null) {
            if (voor != null) {
                uitgesloten.addAll(voor.uitgeslotenEinddoelen());
            }
        } else {
            for (String naam : invoer.uitgeslotenEinddoelen()) {
                Einddoel e = einddoel(naam);
                if (e == null) {
                    fouten.voeg("uitgeslotenEinddoelen", "verkenning.positie.einddoel.onbekend");
                    break;
                }
                uitgesloten.add(e);
            }
        }
        if (einddoel != null && uitgesloten.contains(einddoel)) {
            fouten.voeg("uitgeslotenEinddoelen", "verkenning.positie.einddoel.tegenstrijdig");
        }
        BigDecimal bedrag = bedrag(fouten, "maximumPerJaar", invoer.maximumPerJaar());
        Set<Long> taken =
                repository.taken(s.id()).stream().map(SamenwerkingTaak::id).collect(Collectors.toSet());
        int maxBehoeften = Math.max(1, taken.size() * (s.gemeenten().size() - 1));
        List<Behoefte> behoeften = new ArrayList<>();
        // Each answer is judged on its own first, so one about a party that left is named as such instead of
        // making the whole list "too long"; only a list far beyond any valid one is refused as a whole.
        if (invoer.behoeften().size() > 2 * maxBehoeften + taken.size()) {
            fouten.voeg("behoeften", "verkenning.behoefte.te-veel", maxBehoeften);
        } else {
            Set<String> gezien = new HashSet<>();
            for (PositieInvoer.BehoefteInvoer b : invoer.behoeften()) {
                Behoefte behoefte = behoefte(fouten, s, code, taken, b);
                if (behoefte != null && !gezien.add(behoefte.taakId() + "/" + behoefte.naar())) {
                    fouten.voeg(b.veld(), "verkenning.behoefte.dubbel");
                } else if (behoefte != null) {
                    behoeften.add(behoefte);
                }
            }
        }
        fouten.gooiAlsNietLeeg();
        return new VerkenningRepository.Gegevens(
                leegNaarNull(invoer.watWillenWij()),
                leegNaarNull(invoer.watWillenWijNiet()),
                bedrag,
                leegNaarNull(invoer.eigenRuimte()),
                gedeeld,
                behoeften,
                einddoel,
                invoer.einddoelToelichting() == null && voor != null
                        ? voor.einddoelToelichting()
                        : leegNaarNull(invoer.einddoelToelichting()),
                uitgesloten);
    }

    private static @Nullable Einddoel einddoel(@Nullable String naam) {
        String n = naam == null ? "" : naam.strip().toUpperCase(Locale.ROOT);
        for (Einddoel e : Einddoel.values()) {
            if (e.name().equals(n)) {
                return e;
            }
        }
        return null;
    }

    private static @Nullable Behoefte behoefte(
            Fouten fouten, Samenwerking s, String code, Set<Long> taken, PositieInvoer.BehoefteInvoer b) {
        Long taakId = Id.lees(b.taak()).map(Id::waarde).orElse(null);
        if (taakId == null || !taken.contains(taakId)) {
            fouten.voeg(b.veld(), "verkenning.behoefte.taak.onbekend");
            return null;
        }
        String naar = code(b.naar());
        if (naar == null || !s.neemtDeel(naar) || naar.equals(code)) {
            fouten.voeg(b.veld(), "verkenning.behoefte.naar.onbekend");
            return null;
        }
        Sterkte sterkte;
        try {
            sterkte = Sterkte.valueOf(
                    b.sterkte() == null ? "" : b.sterkte().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fouten.voeg(b.veld(), "verkenning.behoefte.sterkte.onbekend");
            return null;
        }
        if (b.toelichting() != null && b.toelichting().length() > MAX_TOELICHTING) {
            fouten.voeg(b.veld(), "verkenning.behoefte.toelichting.te-lang", MAX_TOELICHTING);
            return null;
        }
        return new Behoefte(taakId, code, naar, sterkte, leegNaarNull(b.toelichting()));
    }

    private static void tekst(Fouten fouten, String veld, @Nullable String waarde, int max) {
        if (waarde != null && waarde.length() > max) {
            fouten.voeg(veld, "verkenning.positie.te-lang", max);
        }
    }

    /** Euros as typed, read by the one parser for amounts ({@link Bedrag}); then the limits of a yearly budget. */
    static @Nullable BigDecimal bedrag(Fouten fouten, String veld, @Nullable String tekst) {
        Bedrag.Uitkomst u = Bedrag.lees(tekst);
        if (!u.gelukt()) {
            fouten.voeg(veld, Objects.requireNonNull(u.foutSleutel(), "a failed amount has a message key"));
            return null;
        }
        if (u.bedrag() != null && u.bedrag().compareTo(MAX_BEDRAG) > 0) {
            fouten.voeg(veld, "verkenning.positie.bedrag.te-groot");
            return null;
        }
        return u.bedrag();
    }

    private Map<String, Object> velden(Positie p) {
        Map<String, Object> velden = new LinkedHashMap<>();
        velden.put("watWillenWij", p.watWillenWij());
        velden.put("watWillenWijNiet", p.watWillenWijNiet());
        velden.put(
                "maximumPerJaar",
                p.maximumPerJaar() == null ? null : p.maximumPerJaar().toPlainString());
        velden.put("eigenRuimte", p.eigenRuimte());
        velden.put("einddoel", p.einddoel() == null ? null : p.einddoel().name());
        velden.put("einddoelToelichting", p.einddoelToelichting());
        velden.put("uitgeslotenEinddoelen", VerkenningRepository.uitgesloten(p.uitgeslotenEinddoelen()));
        velden.put("gedeeld", p.gedeeld());
        // Who recorded it on the municipality's behalf, until the municipality confirms or changes it.
        velden.put("namens", p.namens());
        velden.put("vastgelegdDoor", p.vastgelegdDoor());
        for (Behoefte b : p.behoeften()) {
            velden.put(
                    "behoefte " + b.taakId() + " " + b.naar(),
                    b.sterkte().name() + (b.toelichting() == null ? "" : ": " + b.toelichting()));
        }
        return velden;
    }

    // ---- analyse ----

    /**
     * The analysis as the current user may see it. Needs come only from positions this user may read; the
     * others' answers count as missing (never as NIET), and those parties are named in {@code nietZichtbaar}.
     * See docs/adr/0007-vertrouwelijkheid-behoefteanalyse.md.
     */
    @Transactional(readOnly = true)
    public AnalyseUitkomst analyse(long samenwerkingId) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = samenwerkingen.vind(samenwerkingId);
        List<Partij> partijen = s.gemeenten().stream().map(Verkenning::partij).toList();
        List<SamenwerkingTaak> taken = repository.taken(samenwerkingId);
        List<Positie> leesbaar = leesbaar(g, s, repository.posities(samenwerkingId));
        Set<String> gelezen = leesbaar.stream().map(Positie::gemeenteCode).collect(Collectors.toSet());
        Set<Long> taakIds = taken.stream().map(SamenwerkingTaak::id).collect(Collectors.toSet());
        List<Behoefte> behoeften = leesbaar.stream()
                .flatMap(p -> p.behoeften().stream())
                .filter(b -> taakIds.contains(b.taakId()) && s.neemtDeel(b.naar()))
                .toList();
        List<TaakAnalyse> analyse = Behoefteanalyse.analyseer(
                partijen, taken.stream().map(SamenwerkingTaak::alsTaak).toList(), behoeften);
        List<Partij> nietZichtbaar =
                partijen.stream().filter(p -> !gelezen.contains(p.code())).toList();
        Set<String> onbevestigd = leesbaar.stream()
                .filter(Positie::namens)
                .map(Positie::gemeenteCode)
                .collect(Collectors.toSet());
        List<Partij> voorlopig =
                partijen.stream().filter(p -> onbevestigd.contains(p.code())).toList();
        return new AnalyseUitkomst(partijen, analyse, nietZichtbaar, voorlopig);
    }

    static Partij partij(Gemeente g) {
        return new Partij(g.code(), g.naam());
    }

    // ---- demo ----

    /** A task for the demo case, without a signed-in user; idempotent by name. */
    @Transactional
    public long zaaiTaak(long samenwerkingId, String naam, String omschrijving, String taakveldCode) {
        Optional<SamenwerkingTaak> bestaand = repository.taken(samenwerkingId).stream()
                .filter(t -> t.naam().equals(naam))
                .findFirst();
        if (bestaand.isPresent()) {
            return bestaand.get().id();
        }
        Taakveld taakveld = zoekTaakveld(taakveldCode).orElseThrow();
        long id = repository.voegTaakToe(samenwerkingId, naam, omschrijving, taakveld, null);
        audit.legVast(
                Actie.AANGEMAAKT,
                TAAK,
                id,
                samenwerkingId,
                Map.of(),
                velden(repository.taak(samenwerkingId, id).orElseThrow()));
        events.publishEvent(new VerkenningGewijzigd(samenwerkingId));
        return id;
    }

    /**
     * A route for the demo case, without a signed-in user (so the caller names the participating municipalities);
     * only when the task has none yet.
     */
    @Transactional
    public boolean zaaiRoute(long samenwerkingId, long taakId, Set<String> deelnemers, RouteInvoer invoer) {
        SamenwerkingTaak taak =
                repository.taak(samenwerkingId, taakId).orElseThrow(() -> new NietGevondenException(TAAK));
        if (repository.route(samenwerkingId, taakId).isPresent()) {
            return false;
        }
        GecontroleerdeRoute r = valideer(deelnemers::contains, invoer);
        repository.verhoogVersie(samenwerkingId, taakId, taak.versie());
        repository.bewaarRoute(
                samenwerkingId, taakId, r.route(), r.kopers(), r.leverancier(), r.vehikel(), r.reden(), "systeem");
        audit.legVast(
                Actie.AANGEMAAKT,
                ROUTE,
                taakId,
                samenwerkingId,
                Map.of(),
                velden(repository.route(samenwerkingId, taakId).orElseThrow()));
        events.publishEvent(new VerkenningGewijzigd(samenwerkingId));
        return true;
    }

    /** A position for the demo case, without a signed-in user; only when that party has none yet. */
    @Transactional
    public boolean zaaiPositie(
            long samenwerkingId,
            String code,
            String watWillenWij,
            String watWillenWijNiet,
            BigDecimal maximumPerJaar,
            String eigenRuimte,
            boolean gedeeld,
            List<Behoefte> behoeften) {
        return zaaiPositie(
                samenwerkingId,
                code,
                watWillenWij,
                watWillenWijNiet,
                maximumPerJaar,
                eigenRuimte,
                gedeeld,
                behoeften,
                null,
                null,
                Set.of());
    }

    /** A position for the demo case with an end goal and the end states the party rules out. */
    @Transactional
    public boolean zaaiPositie(
            long samenwerkingId,
            String code,
            String watWillenWij,
            String watWillenWijNiet,
            BigDecimal maximumPerJaar,
            String eigenRuimte,
            boolean gedeeld,
            List<Behoefte> behoeften,
            @Nullable Einddoel einddoel,
            @Nullable String einddoelToelichting,
            Set<Einddoel> uitgeslotenEinddoelen) {
        if (repository.positie(samenwerkingId, code).isPresent()) {
            return false;
        }
        repository.voegPositieToe(
                samenwerkingId,
                code,
                new VerkenningRepository.Gegevens(
                        watWillenWij,
                        watWillenWijNiet,
                        maximumPerJaar,
                        eigenRuimte,
                        gedeeld,
                        behoeften,
                        einddoel,
                        einddoelToelichting,
                        uitgeslotenEinddoelen),
                "systeem",
                false);
        audit.legVastVertrouwelijk(
                Actie.AANGEMAAKT,
                POSITIE,
                samenwerkingId + ":" + code,
                samenwerkingId,
                code,
                Map.of(),
                velden(repository.positie(samenwerkingId, code).orElseThrow()));
        events.publishEvent(new VerkenningGewijzigd(samenwerkingId));
        return true;
    }

    // ---- helpers ----

    private void gewijzigd(long samenwerkingId, String event, String gebruiker) {
        events.publishEvent(new VerkenningGewijzigd(samenwerkingId));
        LOG.info("event={} samenwerking={} gebruiker={}", event, samenwerkingId, gebruiker);
    }

    /** A normalised municipality code, or null for anything that cannot be one. */
    static @Nullable String code(@Nullable String invoer) {
        if (invoer == null) {
            return null;
        }
        String c = invoer.strip().toUpperCase(Locale.ROOT);
        return c.matches("GM\\d{4}") ? c : null;
    }

    private static @Nullable String leegNaarNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
