package nl.samenspel.samenwerking.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspel.audit.AuditEvent;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.GemeenteCode;
import nl.samenspel.gemeente.Gemeenten;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.Melding;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Pagina;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.BesluitOrgaan;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.FaseOvergang;
import nl.samenspel.samenwerking.NieuweSamenwerking;
import nl.samenspel.samenwerking.OpvolgerKeuze;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.samenwerking.SamenwerkingWijziging;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.samenwerking.VolgendeStap;
import nl.samenspel.samenwerking.VolgendeStappen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The samenwerking pages. Every flow works without JavaScript: the municipality search is a form submit. */
@Controller
@RequestMapping("/samenwerkingen")
class SamenwerkingPaginas {

    static final int LIJST_GROOTTE = 50;

    private final Samenwerkingen samenwerkingen;
    private final Gemeenten gemeenten;
    private final Teksten teksten;
    private final VolgendeStappen volgendeStappen;
    private final AccountOverzichten accountOverzichten;

    SamenwerkingPaginas(
            Samenwerkingen samenwerkingen,
            Gemeenten gemeenten,
            Teksten teksten,
            VolgendeStappen volgendeStappen,
            AccountOverzichten accountOverzichten) {
        this.accountOverzichten = accountOverzichten;
        this.samenwerkingen = samenwerkingen;
        this.volgendeStappen = volgendeStappen;
        this.gemeenten = gemeenten;
        this.teksten = teksten;
    }

    @GetMapping
    String lijst(
            @RequestParam(required = false) @Nullable String gearchiveerd,
            @RequestParam(required = false) @Nullable Integer pagina,
            Model model) {
        boolean metGearchiveerd = "true".equals(gearchiveerd);
        Pagina<Samenwerking> lijst = samenwerkingen.zichtbaar(metGearchiveerd, Pagina.pagina(pagina), LIJST_GROOTTE);
        model.addAttribute("lijst", lijst);
        model.addAttribute("metGearchiveerd", metGearchiveerd);
        model.addAttribute("kanAanmaken", samenwerkingen.kanAanmaken(HuidigeGebruiker.get()));
        model.addAttribute("kanOefenen", SamenwerkingRechten.oefeningMaken(HuidigeGebruiker.get()));
        return "pages/samenwerking/lijst";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        Gebruiker g = HuidigeGebruiker.get();
        if (!samenwerkingen.kanAanmaken(g)) {
            throw new AccessDeniedException("samenwerking aanmaken");
        }
        return formulier(model, weergave(true, null, null, "", "", "", List.of(), null, null, null), 200, null);
    }

    @PostMapping("/nieuw")
    String maak(
            @ModelAttribute SamenwerkingFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        String titel = formulier.titel();
        String omschrijving = formulier.omschrijving();
        List<String> gekozen = formulier.gemeenten();
        String zoekterm = formulier.zoekterm();
        String regisseur = formulier.regisseur();
        if (!formulier.opslaan()) {
            return formulier(
                    model,
                    weergave(true, null, null, titel, omschrijving, regisseur, gekozen, zoekterm, null, null),
                    200,
                    response);
        }
        try {
            GemeenteInvoer codes = GemeenteInvoer.lees(gekozen);
            Samenwerking s = samenwerkingen.maak(
                    new NieuweSamenwerking(titel, omschrijving, codes.codes(), regisseur, codes.onleesbaar()));
            return "redirect:/samenwerkingen/" + s.id() + "?aangemaakt";
        } catch (OngeldigeInvoerException e) {
            Formulieren.weiger(binding, e.fouten());
            return formulier(
                    model,
                    weergave(
                            true,
                            null,
                            null,
                            titel,
                            omschrijving,
                            regisseur,
                            gekozen,
                            null,
                            Formulieren.fouten(binding),
                            null,
                            formulier.opvolger()),
                    400,
                    response);
        }
    }

    @GetMapping("/{id}")
    String pagina(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String opgeslagen,
            @RequestParam(required = false) @Nullable String aangemaakt,
            @RequestParam(required = false) @Nullable String conflict,
            @RequestParam(name = "alleen-lezen", required = false) @Nullable String alleenLezen,
            @RequestParam(required = false) @Nullable String fase,
            @RequestParam(required = false) @Nullable String gearchiveerd,
            @RequestParam(name = "uit-archief", required = false) @Nullable String uitArchief,
            Model model) {
        // What just succeeded, said specifically (issue 11): not "the changes are saved" after every action.
        Melding melding = null;
        boolean gelukt = true;
        if (aangemaakt != null) {
            melding = Melding.van(
                    "samenwerking.aangemaakt.titel", samenwerkingen.vind(id).titel());
        } else if (fase != null && faseUitUrl(fase) != null) {
            melding = Melding.van(
                    "samenwerking.fase.gewijzigd",
                    Melding.van(
                            java.util.Objects.requireNonNull(faseUitUrl(fase)).labelSleutel()));
        } else if (gearchiveerd != null) {
            melding = Melding.van("samenwerking.gearchiveerd.melding");
        } else if (uitArchief != null) {
            melding = Melding.van("samenwerking.dearchiveerd.melding");
        } else if (opgeslagen != null) {
            melding = Melding.van("samenwerking.opgeslagen");
        } else if (conflict != null) {
            melding = Melding.van("samenwerking.archiveren.conflict");
            gelukt = false;
        } else if (alleenLezen != null) {
            melding = Melding.van("samenwerking.gearchiveerd.niet-opgeslagen");
            gelukt = false;
        }
        return toon(id, melding, gelukt ? "ok" : "warning", null, null, null, null, model);
    }

    private static @Nullable Fase faseUitUrl(String fase) {
        try {
            return Fase.valueOf(fase);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The phase form: forward moves show what is missing; with something missing a reason is needed. */
    @PostMapping("/{id}/fase")
    String fase(
            @PathVariable long id,
            @ModelAttribute FaseWijzigingFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        // The version the page showed: without it, or when someone changed the samenwerking since, nothing is
        // stored and the page says so, keeping the chosen phase and reason (ADR 0005).
        long gezien = Versie.uitFormulier(formulier.versie());
        Fase naar;
        try {
            naar = formulier.fase() == null ? null : Fase.valueOf(formulier.fase());
        } catch (IllegalArgumentException e) {
            naar = null;
        }
        String reden = formulier.reden();
        String r = reden == null || reden.isBlank() ? null : reden;
        model.addAttribute("faseDatum", formulier.datum());
        model.addAttribute("faseOrgaan", formulier.besluitOrgaan());
        // The day and the deciding body are checked with the rest: an error in them stores nothing either.
        Fouten invoer = new Fouten();
        java.time.LocalDate datum =
                formulier.datum() == null || formulier.datum().isBlank()
                        ? null
                        : Gebeurdatum.uitFormulier(invoer, "datum", formulier.datum());
        BesluitOrgaan orgaan = null;
        if (formulier.besluitOrgaan() != null && !formulier.besluitOrgaan().isBlank()) {
            try {
                orgaan = BesluitOrgaan.valueOf(formulier.besluitOrgaan());
            } catch (IllegalArgumentException e) {
                invoer.voeg("besluitOrgaan", "besluit.orgaan.onbekend");
            }
        }
        try {
            invoer.gooiAlsNietLeeg();
            FaseOvergang overgang = samenwerkingen.wijzigFase(id, gezien, naar, r, datum, orgaan);
            return "redirect:/samenwerkingen/" + id + "?fase=" + overgang.naar().name();
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return toon(id, null, "ok", Formulieren.fouten(binding), naar, reden, null, model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return toon(id, null, "ok", null, naar, reden, e.ontbreekt(), model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return toon(id, Melding.van("fout.versie-conflict"), "warning", null, naar, reden, null, model);
        }
    }

    private String toon(
            long id,
            @Nullable Melding melding,
            String meldingSoort,
            @Nullable Fouten faseFouten,
            @Nullable Fase gekozen,
            @Nullable String reden,
            @Nullable List<nl.samenspel.platform.Melding> geweigerd,
            Model model) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = samenwerkingen.vind(id);
        boolean kanFase = SamenwerkingRechten.faseWijzigen(g, s).ja();
        Fase volgende = s.fase().ordinal() + 1 < Fase.values().length
                ? Fase.values()[s.fase().ordinal() + 1]
                : null;
        Fase doel = gekozen != null && gekozen != s.fase() ? gekozen : volgende;
        java.util.Map<Fase, List<nl.samenspel.platform.Melding>> perFase = samenwerkingen.ontbreektPerFase(s);
        List<FaseOvergang> overgangen = samenwerkingen.overgangen(id);
        model.addAttribute(
                "faseForm",
                new FaseFormulier(
                        kanFase,
                        doel,
                        doel == null ? List.of() : perFase.getOrDefault(doel, List.of()),
                        geweigerd,
                        faseFouten,
                        reden,
                        perFase,
                        (String) model.getAttribute("faseDatum"),
                        (String) model.getAttribute("faseOrgaan"),
                        FaseOvergang.faseSinds(s, overgangen),
                        doel != null && samenwerkingen.bewaakt(doel),
                        java.util.Arrays.stream(Fase.values())
                                .filter(f -> s.fase().voor(f) && samenwerkingen.bewaakt(f))
                                .findFirst()
                                .orElse(null)));
        model.addAttribute("overgangen", overgangen);
        // People by display name: the regisseur and whoever moved the phase (the username without an account).
        Map<String, String> namen = new java.util.HashMap<>();
        namen.put(s.regisseur(), samenwerkingen.weergavenaam(s.regisseur()));
        overgangen.forEach(o -> namen.computeIfAbsent(o.door(), samenwerkingen::weergavenaam));
        model.addAttribute("namen", namen);
        VolgendeStap stap = volgendeStappen.van(s);
        model.addAttribute("volgende", stap);
        model.addAttribute("mijnPunten", stap.voor(g));
        model.addAttribute("s", s);
        model.addAttribute("keten", samenwerkingen.keten(s));
        model.addAttribute(
                "rechten",
                new PaginaRechten(
                        SamenwerkingRechten.regisseurVan(g, s),
                        SamenwerkingRechten.wijzigen(g, s).ja(),
                        SamenwerkingRechten.archiveren(g, s).ja(),
                        s.gearchiveerd()
                                && SamenwerkingRechten.dearchiveren(g, s).ja(),
                        s.oefencasus()
                                && SamenwerkingRechten.oefeningVerwijderen(g, s).ja(),
                        samenwerkingen.kanHistorieZien(g, s)));
        model.addAttribute("melding", melding);
        model.addAttribute("meldingSoort", meldingSoort);
        model.addAttribute(
                "partijAccounts", accountOverzichten.voorPagina(g, s, model.getAttribute("accountAangevraagd")));
        return "pages/samenwerking/pagina";
    }

    @GetMapping("/{id}/bewerken")
    String bewerken(@PathVariable long id, Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        SamenwerkingRechten.wijzigen(HuidigeGebruiker.get(), s).eis(s, "samenwerking " + id + " bewerken");
        return formulier(
                model,
                weergave(
                        false,
                        s.id(),
                        s.versie(),
                        s.titel(),
                        s.omschrijving(),
                        null,
                        s.gemeenteCodes().stream().map(GemeenteCode::waarde).toList(),
                        null,
                        null,
                        null,
                        s.opvolgerId() == null ? "" : String.valueOf(s.opvolgerId())),
                200,
                null);
    }

    @PostMapping("/{id}/bewerken")
    String wijzig(
            @PathVariable long id,
            @ModelAttribute SamenwerkingFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Samenwerking s = samenwerkingen.vind(id);
        SamenwerkingRechten.wijzigen(HuidigeGebruiker.get(), s).eis(s, "samenwerking " + id + " bewerken");
        String titel = formulier.titel();
        String omschrijving = formulier.omschrijving();
        List<String> gekozen = formulier.gemeenten();
        String zoekterm = formulier.zoekterm();
        long gezien = Versie.uitFormulier(formulier.versie());
        if (!formulier.opslaan()) {
            return formulier(
                    model,
                    weergave(
                            false,
                            id,
                            gezien,
                            titel,
                            omschrijving,
                            null,
                            gekozen,
                            zoekterm,
                            null,
                            null,
                            formulier.opvolger()),
                    200,
                    response);
        }
        GemeenteInvoer codes = GemeenteInvoer.lees(gekozen);
        try {
            samenwerkingen.wijzig(
                    id,
                    gezien,
                    new SamenwerkingWijziging(
                            titel,
                            omschrijving,
                            codes.codes(),
                            null,
                            codes.onleesbaar(),
                            formulier.opvolger() == null ? null : OpvolgerKeuze.lees(formulier.opvolger())));
            return "redirect:/samenwerkingen/" + id + "?opgeslagen";
        } catch (OngeldigeInvoerException e) {
            Formulieren.weiger(binding, e.fouten());
            return formulier(
                    model,
                    weergave(
                            false,
                            id,
                            gezien,
                            titel,
                            omschrijving,
                            null,
                            gekozen,
                            null,
                            Formulieren.fouten(binding),
                            null),
                    400,
                    response);
        } catch (VersieConflictException e) {
            // Keep what the user typed and show the current data beside it; the form now carries the current
            // version, so saving again is a conscious choice to overwrite.
            return formulier(
                    model,
                    weergave(
                                    false,
                                    id,
                                    gezien,
                                    titel,
                                    omschrijving,
                                    null,
                                    gekozen,
                                    null,
                                    null,
                                    "fout.versie-conflict",
                                    formulier.opvolger())
                            .metActueel(samenwerkingen.vind(id)),
                    409,
                    response);
        }
    }

    @PostMapping("/{id}/archiveren")
    String archiveer(@PathVariable long id, @RequestParam(required = false) @Nullable String versie) {
        return archief(id, versie, samenwerkingen::archiveer, "gearchiveerd");
    }

    @PostMapping("/{id}/dearchiveren")
    String dearchiveer(@PathVariable long id, @RequestParam(required = false) @Nullable String versie) {
        return archief(id, versie, samenwerkingen::dearchiveer, "uit-archief");
    }

    /** Into or out of the archive: the same version check and the same way back to the samenwerking page. */
    private String archief(
            long id, @Nullable String versie, java.util.function.ObjLongConsumer<Long> actie, String gelukt) {
        long gezien = Versie.uitFormulier(versie);
        try {
            actie.accept(id, gezien);
            return "redirect:/samenwerkingen/" + id + "?" + gelukt;
        } catch (VersieConflictException e) {
            return "redirect:/samenwerkingen/" + id + "?conflict";
        }
    }

    @GetMapping("/{id}/historie")
    String historie(@PathVariable long id, Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        List<AuditEvent> events = samenwerkingen.historie(id);
        model.addAttribute("s", s);
        model.addAttribute("regels", events.stream().map(this::regel).toList());
        // One story (issue 13): the history of what this samenwerking continues, each under its own heading.
        model.addAttribute(
                "voorgeschiedenis",
                samenwerkingen.voorgeschiedenis(id).stream()
                        .map(v -> new HistorieRegel.Hoofdstuk(
                                v.samenwerking().id(),
                                v.samenwerking().titel(),
                                v.events().stream().map(this::regel).toList()))
                        .toList());
        return "pages/samenwerking/historie";
    }

    private String formulier(
            Model model, FormulierWeergave weergave, int status, @Nullable HttpServletResponse response) {
        if (response != null) {
            response.setStatus(status);
        }
        model.addAttribute("f", weergave);
        return "pages/samenwerking/formulier";
    }

    /**
     * Builds the form: chosen municipalities stay checked (unknown codes too, so the error names what was sent),
     * and a search shows matches that are not chosen yet.
     */
    private FormulierWeergave weergave(
            boolean nieuw,
            @Nullable Long id,
            @Nullable Long versie,
            @Nullable String titel,
            @Nullable String omschrijving,
            @Nullable String regisseur,
            @Nullable List<String> codes,
            @Nullable String zoekterm,
            @Nullable Fouten fouten,
            @Nullable String melding) {
        return weergave(nieuw, id, versie, titel, omschrijving, regisseur, codes, zoekterm, fouten, melding, null);
    }

    /** As above; {@code opvolger} the successor as chosen (an id, empty for none), null on a new samenwerking. */
    private FormulierWeergave weergave(
            boolean nieuw,
            @Nullable Long id,
            @Nullable Long versie,
            @Nullable String titel,
            @Nullable String omschrijving,
            @Nullable String regisseur,
            @Nullable List<String> codes,
            @Nullable String zoekterm,
            @Nullable Fouten fouten,
            @Nullable String melding,
            @Nullable String opvolger) {
        Set<String> gekozenCodes = new LinkedHashSet<>();
        if (codes != null) {
            codes.stream()
                    .filter(c -> c != null && !c.isBlank())
                    .limit(Samenwerkingen.MAX_GEMEENTEN + 10)
                    .map(c -> c.strip().toUpperCase(Locale.ROOT))
                    .forEach(gekozenCodes::add);
        }
        Map<String, Gemeente> bekend =
                gemeenten
                        .vindAlle(gekozenCodes.stream()
                                .filter(c -> c.length() <= 6)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Gemeente::code, Function.identity()));
        List<Keuze> gekozen = new ArrayList<>();
        for (String code : gekozenCodes) {
            Gemeente g = bekend.get(code);
            gekozen.add(new Keuze(code, g == null ? code : g.naam(), true));
        }
        boolean gezocht = zoekterm != null && !zoekterm.isBlank();
        List<Keuze> gevonden = new ArrayList<>();
        long aantal = 0;
        if (zoekterm != null && gezocht) {
            String term = zoekterm.length() > 100 ? zoekterm.substring(0, 100) : zoekterm;
            Pagina<Gemeente> matches = gemeenten.zoek(term, null, 1, FormulierWeergave.MAX_ZOEKRESULTATEN);
            aantal = matches.totaal();
            matches.items().stream()
                    .filter(g -> !gekozenCodes.contains(g.code()))
                    .forEach(g -> gevonden.add(new Keuze(g.code(), g.naam() + " (" + g.provincie() + ")", false)));
        }
        boolean metRegisseur = nieuw && samenwerkingen.moetRegisseurKiezen(HuidigeGebruiker.get());
        String actie = nieuw ? "/samenwerkingen/nieuw" : "/samenwerkingen/" + id + "/bewerken";
        return new FormulierWeergave(
                nieuw,
                actie,
                titel,
                omschrijving,
                regisseur,
                metRegisseur,
                zoekterm,
                gekozen,
                gevonden,
                gezocht,
                aantal,
                versie,
                id,
                fouten,
                melding,
                null,
                opvolger,
                nieuw || id == null ? List.of() : opvolgerKeuzes(id, opvolger));
    }

    /**
     * The samenwerkingen the user sees (of the same kind, real or practice), except this one, as successor choices;
     * a chosen successor the user cannot see stays a choice, so saving the form does not drop it unnoticed.
     */
    private List<Keuze> opvolgerKeuzes(long id, @Nullable String gekozen) {
        Samenwerking s = samenwerkingen.vind(id);
        List<Keuze> keuzes = new ArrayList<>();
        samenwerkingen.zichtbaar(true, s.oefencasus(), 1, 500).items().stream()
                .filter(x -> x.id() != id)
                .sorted(java.util.Comparator.comparing(Samenwerking::titel))
                .forEach(x -> keuzes.add(new Keuze(
                        String.valueOf(x.id()),
                        x.titel(),
                        String.valueOf(x.id()).equals(gekozen))));
        if (gekozen != null
                && !gekozen.isBlank()
                && keuzes.stream().noneMatch(k -> k.code().equals(gekozen.strip()))) {
            keuzes.add(
                    new Keuze(gekozen.strip(), teksten.t("samenwerking.opvolger.onzichtbaar", gekozen.strip()), true));
        }
        return keuzes;
    }

    private HistorieRegel regel(AuditEvent e) {
        List<HistorieRegel.Veld> velden = e.wijzigingen().stream()
                .map(w -> new HistorieRegel.Veld(
                        veldNaam(w.veld()), waarde(w.veld(), w.voor()), waarde(w.veld(), w.na())))
                .toList();
        return new HistorieRegel(
                Tijdstip.dag(Samenwerkingen.gebeurdatum(e)),
                Tijdstip.metSeconden(e.tijdstip()),
                e.gebruiker(),
                teksten.t("historie.actie." + e.actie().name()),
                velden,
                e.vertrouwelijkVoor() != null && e.wijzigingen().isEmpty());
    }

    private String veldNaam(String veld) {
        String sleutel = "samenwerking.veld." + veld;
        String tekst = teksten.t(sleutel);
        if (tekst.equals(sleutel)) {
            // issue 14: the P&C calendar audits a moment's days as "BEGROTING_NAAR_GS.gepland"
            java.util.regex.Matcher m = MOMENTVELD.matcher(veld);
            if (m.matches()) {
                String moment = "kalender.moment." + m.group(1) + ".label";
                String naam = teksten.t(moment);
                return naam.equals(moment) ? veld : naam + " (" + m.group(2) + ")";
            }
        }
        return tekst.equals(sleutel) ? veld : tekst;
    }

    private static final java.util.regex.Pattern MOMENTVELD =
            java.util.regex.Pattern.compile("([A-Z][A-Z_]{1,60})\\.(gepland|gedaan)");

    private @Nullable String waarde(String veld, @Nullable String waarde) {
        if (waarde == null) {
            return null;
        }
        if ("fase".equals(veld) || "van".equals(veld) || "naar".equals(veld)) {
            try {
                return teksten.t(Fase.valueOf(waarde).labelSleutel());
            } catch (IllegalArgumentException ex) {
                return waarde;
            }
        }
        if ("besluitOrgaan".equals(veld)) {
            try {
                return teksten.t(BesluitOrgaan.valueOf(waarde).labelSleutel());
            } catch (IllegalArgumentException ex) {
                return waarde;
            }
        }
        if ("datum".equals(veld)) {
            try {
                return Tijdstip.dag(java.time.LocalDate.parse(waarde));
            } catch (java.time.format.DateTimeParseException ex) {
                return waarde;
            }
        }
        if ("true".equals(waarde) || "false".equals(waarde)) {
            return teksten.t("historie.waarde." + waarde);
        }
        if (CODE.matcher(waarde).matches()) {
            return codeLabel(waarde);
        }
        java.util.regex.Matcher onderwerp = ONDERWERP.matcher(waarde);
        if (onderwerp.matches()) {
            return codeLabel(onderwerp.group(2));
        }
        return waarde;
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z_]{1,60}");

    /** A postponed decision is about a step or a phase: "STAP:WAT", "FASE:VORMGEVEN". */
    private static final java.util.regex.Pattern ONDERWERP =
            java.util.regex.Pattern.compile("(FASE|STAP):([A-Z][A-Z_]{1,60})");

    /**
     * Other modules audit their choices as codes (a route, a vehicle, a tension's status or kind, an end goal);
     * the history shows their label, found by the label keys those modules use. A code without a label stays.
     */
    private static final List<String> LABELSLEUTELS = List.of(
            "fase.%s.label",
            "besluit.orgaan.%s",
            "verkenning.route.%s",
            "verkenning.vehikel.%s",
            "verkenning.einddoel.%s",
            "spanning.status.%s",
            "spanning.soort.%s",
            "stap.%s.label",
            // issue 13: a DVO line's status and state, a measure, an inventory item, a group, gedoe, an exit
            "afspraken.status.%s.label",
            "afspraken.staat.%s.label",
            "overgang.maatregel.%s.label",
            "overgang.overdracht.%s.label",
            "overgang.groep.%s.label",
            "gedoe.soort.%s",
            "gedoe.status.%s",
            "evaluatie.uittreding.status.%s",
            "evaluatie.richting.%s",
            // issue 14: a report line's status, a financial event and how a raad was informed, an agenda item
            "rapportage.status.%s.label",
            "financien.soort.%s.label",
            "financien.wijze.%s",
            "financien.sleutel.%s",
            "historie.code.%s");

    private String codeLabel(String code) {
        for (String patroon : LABELSLEUTELS) {
            String sleutel = String.format(java.util.Locale.ROOT, patroon, code);
            String tekst = teksten.t(sleutel);
            if (!tekst.equals(sleutel)) {
                return tekst;
            }
            String klein = String.format(java.util.Locale.ROOT, patroon, code.toLowerCase(java.util.Locale.ROOT));
            tekst = teksten.t(klein);
            if (!tekst.equals(klein)) {
                return tekst;
            }
        }
        return code;
    }
}
