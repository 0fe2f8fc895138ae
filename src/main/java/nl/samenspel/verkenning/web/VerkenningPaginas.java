package nl.samenspel.verkenning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Optie;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.samenwerking.VertrokkenPartij;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.verkenning.Afhankelijkheid;
import nl.samenspel.verkenning.AnalyseUitkomst;
import nl.samenspel.verkenning.Behoefte;
import nl.samenspel.verkenning.OntbrekendAntwoord;
import nl.samenspel.verkenning.PaarAnalyse;
import nl.samenspel.verkenning.Partij;
import nl.samenspel.verkenning.Positie;
import nl.samenspel.verkenning.PositieInvoer;
import nl.samenspel.verkenning.Richting;
import nl.samenspel.verkenning.Route;
import nl.samenspel.verkenning.RouteAdvies;
import nl.samenspel.verkenning.RouteInvoer;
import nl.samenspel.verkenning.SamenwerkingTaak;
import nl.samenspel.verkenning.Sterkte;
import nl.samenspel.verkenning.TaakAnalyse;
import nl.samenspel.verkenning.TaakInvoer;
import nl.samenspel.verkenning.TaakRoute;
import nl.samenspel.verkenning.Taakveld;
import nl.samenspel.verkenning.Uitleg;
import nl.samenspel.verkenning.Vehikel;
import nl.samenspel.verkenning.Verkenning;
import nl.samenspel.verkenning.VerkenningRechten;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages for tasks, positions and the analysis of one samenwerking; every flow works without JavaScript. */
@Controller
@RequestMapping("/samenwerkingen/{id}")
class VerkenningPaginas {

    private final Verkenning verkenning;
    private final Samenwerkingen samenwerkingen;
    private final Teksten teksten;

    VerkenningPaginas(Verkenning verkenning, Samenwerkingen samenwerkingen, Teksten teksten) {
        this.verkenning = verkenning;
        this.samenwerkingen = samenwerkingen;
        this.teksten = teksten;
    }

    // ---- taken ----

    @GetMapping("/taken")
    String taken(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long bewerk,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        SamenwerkingTaak teBewerken = bewerk == null ? null : verkenning.taak(id, bewerk);
        if (teBewerken != null
                && !VerkenningRechten.taakWijzigen(
                                HuidigeGebruiker.get(),
                                s,
                                teBewerken,
                                verkenning.beantwoordDoor(id).getOrDefault(teBewerken.id(), Set.of()))
                        .ja()) {
            teBewerken = null;
        }
        return takenPagina(
                model,
                s,
                teBewerken == null ? null : teBewerken.id(),
                teBewerken == null ? "" : teBewerken.naam(),
                teBewerken == null ? "" : teBewerken.omschrijving(),
                teBewerken == null || teBewerken.taakveld() == null ? "" : waarde(teBewerken.taakveld()),
                teBewerken == null ? null : teBewerken.versie(),
                null,
                "opgeslagen".equals(melding)
                        ? "verkenning.taken.opgeslagen"
                        : "toegevoegd".equals(melding)
                                ? "verkenning.taken.toegevoegd"
                                : "verwijderd".equals(melding)
                                        ? "verkenning.taken.verwijderd"
                                        : "conflict".equals(melding) ? "verkenning.taken.conflict" : null);
    }

    @PostMapping("/taken")
    String maakTaak(
            @PathVariable long id,
            @ModelAttribute TaakFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Samenwerking s = samenwerkingen.vind(id);
        try {
            verkenning.maakTaak(id, new TaakInvoer(formulier.naam(), formulier.omschrijving(), formulier.taakveld()));
            return "redirect:/samenwerkingen/" + id + "/taken?melding=toegevoegd";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return takenPagina(
                    model,
                    s,
                    null,
                    formulier.naam(),
                    formulier.omschrijving(),
                    formulier.taakveld(),
                    null,
                    Formulieren.fouten(binding),
                    null);
        }
    }

    @PostMapping("/taken/{taakId}")
    String wijzigTaak(
            @PathVariable long id,
            @PathVariable long taakId,
            @ModelAttribute TaakFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Samenwerking s = samenwerkingen.vind(id);
        verkenning.taak(id, taakId);
        long gezien = Versie.uitFormulier(formulier.versie());
        String naam = formulier.naam();
        String omschrijving = formulier.omschrijving();
        String taakveld = formulier.taakveld();
        try {
            verkenning.wijzigTaak(id, taakId, gezien, new TaakInvoer(naam, omschrijving, taakveld));
            return "redirect:/samenwerkingen/" + id + "/taken?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return takenPagina(
                    model, s, taakId, naam, omschrijving, taakveld, gezien, Formulieren.fouten(binding), null);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            long actueel = verkenning.taak(id, taakId).versie();
            return takenPagina(model, s, taakId, naam, omschrijving, taakveld, actueel, null, "fout.versie-conflict");
        }
    }

    @PostMapping("/taken/{taakId}/verwijderen")
    String verwijderTaak(
            @PathVariable long id, @PathVariable long taakId, @RequestParam(required = false) @Nullable String versie) {
        verkenning.taak(id, taakId);
        long gezien = Versie.uitFormulier(versie);
        try {
            verkenning.verwijderTaak(id, taakId, gezien);
            return "redirect:/samenwerkingen/" + id + "/taken?melding=verwijderd";
        } catch (VersieConflictException e) {
            return "redirect:/samenwerkingen/" + id + "/taken?melding=conflict";
        }
    }

    private String takenPagina(
            Model model,
            Samenwerking s,
            @Nullable Long bewerkId,
            @Nullable String naam,
            @Nullable String omschrijving,
            @Nullable String taakveld,
            @Nullable Long versie,
            @Nullable Fouten fouten,
            @Nullable String melding) {
        model.addAttribute("s", s);
        Gebruiker g = HuidigeGebruiker.get();
        Map<Long, Set<String>> beantwoord = verkenning.beantwoordDoor(s.id());
        List<TaakRij> rijen = verkenning.taken(s.id()).stream()
                .map(t -> {
                    Set<String> door = beantwoord.getOrDefault(t.id(), Set.of());
                    return new TaakRij(
                            t,
                            VerkenningRechten.taakWijzigen(g, s, t, door).ja(),
                            VerkenningRechten.taakVerwijderen(g, s, t, door).ja());
                })
                .toList();
        model.addAttribute("taken", rijen);
        model.addAttribute("kanToevoegen", VerkenningRechten.taakToevoegen(g, s).ja());
        model.addAttribute("bewerkId", bewerkId);
        model.addAttribute("naam", naam);
        model.addAttribute("omschrijving", omschrijving);
        model.addAttribute("taakveld", taakveld);
        model.addAttribute("versie", versie);
        model.addAttribute("taakvelden", keuzelijst(taakveld));
        model.addAttribute("fouten", fouten);
        model.addAttribute("melding", melding);
        return "pages/verkenning/taken";
    }

    /** The list valid this year, grouped by hoofdtaakveld; a chosen taakveld from an older list stays available. */
    private Keuzelijst keuzelijst(@Nullable String gekozen) {
        List<Taakveld> velden = new ArrayList<>(verkenning.taakvelden(Verkenning.huidigJaar()));
        Map<String, List<Keuzelijst.Optie>> groepen = new LinkedHashMap<>();
        boolean gevonden = false;
        for (Taakveld t : velden) {
            boolean dit = waarde(t).equals(gekozen);
            gevonden |= dit;
            groepen.computeIfAbsent(t.hoofdtaakveld(), k -> new ArrayList<>())
                    .add(new Keuzelijst.Optie(waarde(t), t.label(), dit));
        }
        List<Keuzelijst.Groep> lijst = new ArrayList<>();
        if (!gevonden && gekozen != null && !gekozen.isBlank()) {
            lijst.add(new Keuzelijst.Groep(
                    teksten.t("verkenning.taken.taakveld"), List.of(new Keuzelijst.Optie(gekozen, gekozen, true))));
        }
        groepen.forEach((naam, opties) -> lijst.add(new Keuzelijst.Groep(naam, opties)));
        return new Keuzelijst(lijst);
    }

    private static String waarde(Taakveld t) {
        return t.geldigVanaf() + ":" + t.code();
    }

    // ---- posities ----

    @GetMapping("/posities")
    String posities(@PathVariable long id, Model model) {
        Gebruiker g = HuidigeGebruiker.get();
        Samenwerking s = samenwerkingen.vind(id);
        Map<String, Positie> leesbaar = new LinkedHashMap<>();
        verkenning.leesbarePosities(id).forEach(p -> leesbaar.put(p.gemeenteCode(), p));
        boolean regisseur = samenwerkingen.kanBewerken(g, s);
        List<PositieRij> rijen = new ArrayList<>();
        for (Gemeente gm : s.gemeenten()) {
            Positie p = leesbaar.get(gm.code());
            String link = "/samenwerkingen/" + id + "/posities/" + gm.code();
            boolean eigen = verkenning.kanPositieSchrijven(g, s, gm.code());
            boolean schrijven =
                    VerkenningRechten.positieSchrijven(g, s, gm.code()).ja();
            boolean namens = verkenning.kanPositieNamensSchrijven(g, s, gm.code());
            if (p != null) {
                rijen.add(new PositieRij(
                        gm.code(),
                        gm.naam(),
                        p.gedeeld() ? "verkenning.posities.gedeeld" : "verkenning.posities.concept",
                        link,
                        schrijven || (namens && p.namens()) ? "invullen" : "bekijken",
                        namensTekst(p, gm.naam())));
            } else if (eigen || namens) {
                rijen.add(new PositieRij(gm.code(), gm.naam(), "verkenning.posities.leeg", link, "invullen", null));
            } else if (regisseur) {
                rijen.add(new PositieRij(gm.code(), gm.naam(), "verkenning.posities.leeg", null, null, null));
            } else {
                // Not readable: unshared or absent, deliberately the same text.
                rijen.add(new PositieRij(gm.code(), gm.naam(), "verkenning.posities.niet-gedeeld", null, null, null));
            }
        }
        // Parties that left (issue 13): what they recorded stays, read-only and labelled "vertrokken".
        for (VertrokkenPartij v : s.vertrokken()) {
            Positie p = leesbaar.get(v.code());
            String vertrokken = teksten.t("samenwerking.vertrokken.op", Tijdstip.dag(v.datum()));
            rijen.add(
                    p == null
                            ? new PositieRij(
                                    v.code(),
                                    v.gemeente().naam(),
                                    "verkenning.posities.niet-gedeeld",
                                    null,
                                    null,
                                    null,
                                    vertrokken)
                            : new PositieRij(
                                    v.code(),
                                    v.gemeente().naam(),
                                    p.gedeeld() ? "verkenning.posities.gedeeld" : "verkenning.posities.concept",
                                    "/samenwerkingen/" + id + "/posities/" + v.code(),
                                    "bekijken",
                                    null,
                                    vertrokken));
        }
        model.addAttribute("s", s);
        model.addAttribute("rijen", rijen);
        return "pages/verkenning/posities";
    }

    /**
     * Every party's wat, niet and end goal side by side. The regisseur reads every position; anybody else only what
     * {@link Verkenning#kanPositieLezen} allows (shared, or their own municipality's), the rest is "not shared or not
     * filled in", deliberately the same text for both.
     */
    @GetMapping("/posities/naast-elkaar")
    String naastElkaar(@PathVariable long id, Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        Map<String, Positie> leesbaar = new LinkedHashMap<>();
        verkenning.leesbarePosities(id).forEach(p -> leesbaar.put(p.gemeenteCode(), p));
        List<NaastElkaarKolom> kolommen = new ArrayList<>();
        for (Gemeente gm : s.gemeenten()) {
            Positie p = leesbaar.get(gm.code());
            kolommen.add(
                    p == null
                            ? NaastElkaarKolom.nietZichtbaar(gm.naam())
                            : new NaastElkaarKolom(
                                    gm.naam(),
                                    true,
                                    p.gedeeld(),
                                    p.watWillenWij(),
                                    p.watWillenWijNiet(),
                                    p.einddoel() == null
                                            ? null
                                            : teksten.t(p.einddoel().sleutel()),
                                    p.einddoelToelichting(),
                                    p.uitgeslotenEinddoelen().stream()
                                            .map(e -> teksten.t(e.sleutel()))
                                            .toList(),
                                    namensTekst(p, gm.naam())));
        }
        model.addAttribute("s", s);
        model.addAttribute("kolommen", kolommen);
        return "pages/verkenning/naast-elkaar";
    }

    @GetMapping("/posities/{code}")
    String positie(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        Gemeente gemeente = bekendePartij(s, code);
        Optional<Positie> p = verkenning.positie(id, gemeente.code());
        Gebruiker g = HuidigeGebruiker.get();
        boolean eigen = verkenning.kanPositieSchrijven(g, s, gemeente.code());
        boolean namens = verkenning.kanPositieNamensSchrijven(g, s, gemeente.code());
        if (p.isEmpty() && !eigen && !namens) {
            throw new NietGevondenException("positie");
        }
        PositieFormulier formulier = magInvullen(s, gemeente.code(), p.orElse(null))
                ? formulier(s, gemeente.code(), p.orElse(null), null, null, null)
                : null;
        String sleutel = switch (melding == null ? "" : melding) {
            case "opgeslagen" -> "verkenning.positie.opgeslagen";
            case "namens" -> "verkenning.positie.namens.opgeslagen";
            case "bevestigd" -> "verkenning.positie.bevestigd-melding";
            case "gedeeld" -> "verkenning.positie.gedeeld-melding";
            case "ingetrokken" -> "verkenning.positie.ingetrokken-melding";
            case "conflict" -> "fout.versie-conflict";
            default -> null;
        };
        return positiePagina(model, s, gemeente, p.orElse(null), formulier, sleutel);
    }

    @PostMapping("/posities/{code}")
    String bewaarPositie(
            @PathVariable long id,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> velden,
            Model model,
            HttpServletResponse response) {
        Samenwerking s = samenwerkingen.vind(id);
        Gemeente gemeente = deelnemer(s, code);
        List<SamenwerkingTaak> taken = verkenning.taken(id);
        List<PositieInvoer.BehoefteInvoer> behoeften = new ArrayList<>();
        for (SamenwerkingTaak t : taken) {
            for (Gemeente naar : s.gemeenten()) {
                if (naar.code().equals(gemeente.code())) {
                    continue;
                }
                String naam = t.id() + "-" + naar.code();
                String sterkte = velden.getFirst("sterkte-" + naam);
                String toelichting = velden.getFirst("toelichting-" + naam);
                if ((sterkte != null && !sterkte.isBlank()) || (toelichting != null && !toelichting.isBlank())) {
                    behoeften.add(new PositieInvoer.BehoefteInvoer(
                            "sterkte-" + naam, String.valueOf(t.id()), naar.code(), sterkte, toelichting));
                }
            }
        }
        // Sharing is a second submit button of the same form, so what was typed is saved in the same step.
        String actie = velden.getFirst("actie");
        Boolean gedeeld = "delen".equals(actie) ? Boolean.TRUE : "intrekken".equals(actie) ? Boolean.FALSE : null;
        PositieInvoer invoer = new PositieInvoer(
                velden.getFirst("watWillenWij"),
                velden.getFirst("watWillenWijNiet"),
                behoeften,
                velden.getFirst("maximumPerJaar"),
                velden.getFirst("eigenRuimte"),
                gedeeld,
                velden.getFirst("einddoel"),
                velden.getFirst("einddoelToelichting"),
                lijst(velden.get("uitgeslotenEinddoelen")));
        Long gezien = getal(velden.getFirst("versie"));
        // The regisseur's form says so in a hidden field: on behalf of the municipality, never as its own.
        boolean namens = "true".equals(velden.getFirst("namens"));
        try {
            verkenning.bewaarPositie(id, gemeente.code(), gezien, invoer, namens);
            String melding = gedeeld == null ? namens ? "namens" : "opgeslagen" : gedeeld ? "gedeeld" : "ingetrokken";
            return "redirect:/samenwerkingen/" + id + "/posities/" + gemeente.code() + "?melding=" + melding;
        } catch (ConflictException e) {
            // The municipality made the position its own meanwhile: show it as it is now, without the form.
            response.setStatus(409);
            Positie p = verkenning.positie(id, gemeente.code()).orElse(null);
            return positiePagina(model, s, gemeente, p, null, e.sleutel());
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Positie p = verkenning.positie(id, gemeente.code()).orElse(null);
            return positiePagina(
                    model, s, gemeente, p, formulier(s, gemeente.code(), null, velden, gezien, e.fouten()), null);
        } catch (VersieConflictException | nl.samenspel.platform.VersieVereistException e) {
            response.setStatus(409);
            Positie p = verkenning.positie(id, gemeente.code()).orElse(null);
            PositieFormulier f = formulier(s, gemeente.code(), null, velden, p == null ? null : p.versie(), null);
            return positiePagina(model, s, gemeente, p, f, "fout.versie-conflict");
        }
    }

    private String positiePagina(
            Model model,
            Samenwerking s,
            Gemeente gemeente,
            @Nullable Positie p,
            @Nullable PositieFormulier formulier,
            @Nullable String melding) {
        model.addAttribute("s", s);
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("positie", p);
        // Who last changed it, by display name (the username when there is no account any more).
        model.addAttribute("gewijzigdDoor", p == null ? null : samenwerkingen.weergavenaam(p.gewijzigdDoor()));
        model.addAttribute("namensTekst", p == null ? null : namensTekst(p, gemeente.naam()));
        Gebruiker g = HuidigeGebruiker.get();
        // The regisseur's form records on behalf of the municipality; the municipality itself may confirm.
        model.addAttribute("namens", !verkenning.kanPositieSchrijven(g, s, gemeente.code()));
        model.addAttribute(
                "bevestigen",
                p != null
                        && p.namens()
                        && VerkenningRechten.positieBevestigen(g, s, gemeente.code())
                                .ja());
        model.addAttribute("formulier", formulier);
        model.addAttribute("melding", melding);
        model.addAttribute(
                "vertrokken",
                s.vertrokken().stream()
                        .filter(v -> v.code().equals(gemeente.code()))
                        .findFirst()
                        .map(v -> teksten.t("samenwerking.vertrokken.op", Tijdstip.dag(v.datum())) + " (" + v.reden()
                                + ")")
                        .orElse(null));
        model.addAttribute("taken", verkenning.taken(s.id()));
        model.addAttribute("namen", namen(s));
        return "pages/verkenning/positie";
    }

    /**
     * The form is for the municipality itself, and for the regisseur as long as the municipality has not made the
     * position its own (absent, or recorded on its behalf and not yet confirmed).
     */
    private boolean magInvullen(Samenwerking s, String code, @Nullable Positie p) {
        Gebruiker g = HuidigeGebruiker.get();
        return VerkenningRechten.positieSchrijven(g, s, code).ja()
                || (VerkenningRechten.positieNamensSchrijven(g, s, code).ja() && (p == null || p.namens()));
    }

    /** "Vastgelegd door de regisseur namens …", or null for a position the municipality made its own. */
    private @Nullable String namensTekst(Positie p, String gemeenteNaam) {
        if (!p.namens() || p.vastgelegdDoor() == null || p.vastgelegdOp() == null) {
            return null;
        }
        return teksten.t(
                "verkenning.positie.namens.markering",
                gemeenteNaam,
                Tijdstip.dag(p.vastgelegdOp().atZone(Tijdstip.NEDERLAND).toLocalDate()),
                samenwerkingen.weergavenaam(p.vastgelegdDoor()));
    }

    /** The municipality confirms, unchanged, what the regisseur recorded on its behalf. */
    @PostMapping("/posities/{code}/bevestigen")
    String bevestigPositie(
            @PathVariable long id, @PathVariable String code, @RequestParam(required = false) @Nullable String versie) {
        Samenwerking s = samenwerkingen.vind(id);
        Gemeente gemeente = deelnemer(s, code);
        try {
            verkenning.bevestigPositie(id, gemeente.code(), Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/posities/" + gemeente.code() + "?melding=bevestigd";
        } catch (VersieConflictException e) {
            return "redirect:/samenwerkingen/" + id + "/posities/" + gemeente.code() + "?melding=conflict";
        }
    }

    private PositieFormulier formulier(
            Samenwerking s,
            String code,
            @Nullable Positie p,
            @Nullable MultiValueMap<String, String> invoer,
            @Nullable Long versie,
            @Nullable Fouten fouten) {
        List<PositieFormulier.TaakVragen> taken = new ArrayList<>();
        for (SamenwerkingTaak t : verkenning.taken(s.id())) {
            List<PositieFormulier.Vraag> vragen = new ArrayList<>();
            for (Gemeente naar : s.gemeenten()) {
                if (naar.code().equals(code)) {
                    continue;
                }
                String naam = t.id() + "-" + naar.code();
                String sterkte;
                String toelichting;
                if (invoer != null) {
                    sterkte = leeg(invoer.getFirst("sterkte-" + naam));
                    toelichting = leeg(invoer.getFirst("toelichting-" + naam));
                } else {
                    Behoefte b = p == null ? null : p.behoefte(t.id(), naar.code());
                    sterkte = b == null ? "" : b.sterkte().name();
                    toelichting = b == null || b.toelichting() == null ? "" : b.toelichting();
                }
                vragen.add(new PositieFormulier.Vraag(naam, naar.code(), naar.naam(), sterkte, toelichting));
            }
            taken.add(new PositieFormulier.TaakVragen(t.id(), t.naam(), vragen));
        }
        if (invoer != null) {
            return new PositieFormulier(
                    leeg(invoer.getFirst("watWillenWij")),
                    leeg(invoer.getFirst("watWillenWijNiet")),
                    leeg(invoer.getFirst("maximumPerJaar")),
                    leeg(invoer.getFirst("eigenRuimte")),
                    leeg(invoer.getFirst("einddoel")),
                    leeg(invoer.getFirst("einddoelToelichting")),
                    lijst(invoer.get("uitgeslotenEinddoelen")),
                    versie,
                    taken,
                    fouten,
                    null);
        }
        return new PositieFormulier(
                p == null ? "" : leeg(p.watWillenWij()),
                p == null ? "" : leeg(p.watWillenWijNiet()),
                p == null ? "" : Bedrag.invoerTekst(p.maximumPerJaar()),
                p == null ? "" : leeg(p.eigenRuimte()),
                p == null || p.einddoel() == null ? "" : p.einddoel().name(),
                p == null ? "" : leeg(p.einddoelToelichting()),
                p == null
                        ? List.of()
                        : p.uitgeslotenEinddoelen().stream().map(Enum::name).toList(),
                p == null ? null : p.versie(),
                taken,
                null,
                null);
    }

    /** A party, active or one that left (issue 13): reading its position only, never writing it. */
    private static Gemeente bekendePartij(Samenwerking s, @Nullable String code) {
        return java.util.stream.Stream.concat(
                        s.gemeenten().stream(), s.vertrokken().stream().map(VertrokkenPartij::gemeente))
                .filter(g -> g.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("positie"));
    }

    private static Gemeente deelnemer(Samenwerking s, @Nullable String code) {
        return s.gemeenten().stream()
                .filter(g -> g.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst()
                .orElseThrow(() -> new NietGevondenException("positie"));
    }

    private static Map<String, String> namen(Samenwerking s) {
        Map<String, String> namen = new LinkedHashMap<>();
        s.gemeenten().forEach(g -> namen.put(g.code(), g.naam()));
        return namen;
    }

    // ---- behoefteanalyse ----

    @GetMapping("/behoefteanalyse")
    String analyse(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        AnalyseUitkomst u = verkenning.analyse(id);
        Map<Long, TaakRoute> gekozen = verkenning.routes(id);
        Map<Long, RouteWeergave> routes = new LinkedHashMap<>();
        u.taken()
                .forEach(t -> routes.put(
                        t.taak().id(), routeWeergave(s, gekozen.get(t.taak().id()), RouteAdvies.van(t))));
        model.addAttribute("s", s);
        model.addAttribute("routes", routes);
        model.addAttribute("kanRoute", verkenning.kanRouteVastleggen(HuidigeGebruiker.get(), s));
        model.addAttribute("melding", "route".equals(melding) ? "verkenning.route.opgeslagen" : null);
        model.addAttribute("taken", u.taken().stream().map(t -> weergave(u, t)).toList());
        model.addAttribute(
                "voorlopig",
                u.voorlopig().isEmpty()
                        ? null
                        : String.join(
                                ", ", u.voorlopig().stream().map(Partij::naam).toList()));
        model.addAttribute(
                "nietZichtbaar",
                u.nietZichtbaar().isEmpty()
                        ? null
                        : String.join(
                                ", ",
                                u.nietZichtbaar().stream().map(Partij::naam).toList()));
        return "pages/verkenning/behoefteanalyse";
    }

    // ---- route per taak ----

    @GetMapping("/taken/{taakId}/route")
    String route(@PathVariable long id, @PathVariable long taakId, Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        SamenwerkingTaak taak = verkenning.taak(id, taakId);
        TaakRoute r = verkenning.route(id, taakId).orElse(null);
        RouteFormulier formulier = r == null
                ? new RouteFormulier(null, List.of(), null, null, null, null)
                : new RouteFormulier(
                        r.route().name(),
                        r.kopers(),
                        r.leverancier(),
                        r.vehikel() == null ? null : r.vehikel().name(),
                        r.reden(),
                        null);
        return routePagina(model, s, taak, formulier, taak.versie(), null, null);
    }

    @PostMapping("/taken/{taakId}/route")
    String legRouteVast(
            @PathVariable long id,
            @PathVariable long taakId,
            @ModelAttribute RouteFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Samenwerking s = samenwerkingen.vind(id);
        SamenwerkingTaak taak = verkenning.taak(id, taakId);
        long gezien = Versie.uitFormulier(formulier.versie());
        try {
            verkenning.legRouteVast(
                    id,
                    taakId,
                    gezien,
                    new RouteInvoer(
                            formulier.route(),
                            formulier.kopers() == null ? List.of() : formulier.kopers(),
                            formulier.leverancier(),
                            formulier.vehikel(),
                            formulier.reden()));
            return "redirect:/samenwerkingen/" + id + "/behoefteanalyse?melding=route#route-" + taakId;
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return routePagina(model, s, taak, formulier, gezien, Formulieren.fouten(binding), null);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return routePagina(
                    model,
                    s,
                    verkenning.taak(id, taakId),
                    formulier,
                    verkenning.taak(id, taakId).versie(),
                    null,
                    "fout.versie-conflict");
        }
    }

    private String routePagina(
            Model model,
            Samenwerking s,
            SamenwerkingTaak taak,
            RouteFormulier formulier,
            long versie,
            @Nullable Fouten fouten,
            @Nullable String melding) {
        RouteAdvies advies = verkenning.analyse(s.id()).taken().stream()
                .filter(t -> t.taak().id() == taak.id())
                .findFirst()
                .map(RouteAdvies::van)
                .orElse(new RouteAdvies(null, List.of(), null));
        List<Optie> gemeenten = Optie.van(s.gemeenten(), Gemeente::code, Gemeente::naam);
        model.addAttribute("s", s);
        model.addAttribute("taak", taak);
        model.addAttribute(
                "huidig", routeWeergave(s, verkenning.route(s.id(), taak.id()).orElse(null), advies));
        model.addAttribute("advies", routeWeergave(s, null, advies));
        model.addAttribute("kanVastleggen", verkenning.kanRouteVastleggen(HuidigeGebruiker.get(), s));
        model.addAttribute(
                "routeOpties",
                java.util.Arrays.stream(Route.values())
                        .map(r -> new Optie(
                                r.name(),
                                teksten.t("verkenning.route." + r.name()),
                                teksten.t("verkenning.route." + r.name() + ".uitleg")))
                        .toList());
        model.addAttribute("gemeenten", gemeenten);
        model.addAttribute(
                "vehikels",
                Optie.van(List.of(Vehikel.values()), Vehikel::name, v -> teksten.t("verkenning.vehikel." + v.name())));
        model.addAttribute("formulier", formulier);
        model.addAttribute("versie", versie);
        model.addAttribute("fouten", fouten);
        model.addAttribute("melding", melding);
        return "pages/verkenning/route";
    }

    /** A recorded route, or else the advice (the default), in words. */
    private RouteWeergave routeWeergave(Samenwerking s, @Nullable TaakRoute r, RouteAdvies advies) {
        if (r != null) {
            String details = r.route() == Route.INKOPEN
                    ? teksten.t(
                            "verkenning.route.inkopen.details",
                            namen(s, r.kopers()),
                            naam(s, Objects.requireNonNull(r.leverancier(), "INKOPEN has a supplier")),
                            teksten.t("verkenning.vehikel."
                                    + Objects.requireNonNull(r.vehikel(), "INKOPEN has a vehicle")
                                            .name()))
                    : null;
            return new RouteWeergave(
                    true,
                    teksten.t("verkenning.route." + r.route().name()),
                    details,
                    r.reden(),
                    teksten.t("verkenning.route.vastgelegd", r.gewijzigdDoor(), Tijdstip.tekst(r.gewijzigdOp())));
        }
        Route route = advies.route();
        Partij leverancier = advies.leverancier();
        String details = route == Route.INKOPEN && leverancier != null
                ? teksten.t(
                        "verkenning.route.advies.inkopen.details",
                        String.join(
                                ", ", advies.kopers().stream().map(Partij::naam).toList()),
                        leverancier.naam())
                : null;
        return new RouteWeergave(
                false, route == null ? null : teksten.t("verkenning.route." + route.name()), details, null, null);
    }

    private static String namen(Samenwerking s, List<String> codes) {
        return String.join(", ", codes.stream().map(c -> naam(s, c)).toList());
    }

    /** The municipality's name; the code for one that has since left the samenwerking. */
    private static String naam(Samenwerking s, String code) {
        return s.gemeenten().stream()
                .filter(g -> g.code().equals(code))
                .map(Gemeente::naam)
                .findFirst()
                .orElse(code);
    }

    private AnalyseWeergave weergave(AnalyseUitkomst u, TaakAnalyse t) {
        Map<String, Richting> richtingen = new LinkedHashMap<>();
        t.richtingen()
                .forEach(r -> richtingen.put(r.van().code() + ">" + r.naar().code(), r));
        List<List<AnalyseWeergave.Cel>> matrix = new ArrayList<>();
        List<String> beschrijving = new ArrayList<>();
        for (Partij van : u.partijen()) {
            List<AnalyseWeergave.Cel> rij = new ArrayList<>();
            for (Partij naar : u.partijen()) {
                if (van.equals(naar)) {
                    rij.add(new AnalyseWeergave.Cel(teksten.t("verkenning.sterkte.kort.zelf"), "", "zelf"));
                    continue;
                }
                Richting r = richtingen.get(van.code() + ">" + naar.code());
                Sterkte sterkte = r == null ? null : r.sterkte();
                String tekst = sterkte == null
                        ? teksten.t("verkenning.sterkte.ontbreekt")
                        : teksten.t("verkenning.sterkte." + sterkte);
                String symbool = sterkte == null
                        ? "?"
                        : switch (sterkte) {
                            case STERK -> "++";
                            case ENIGSZINS -> "+";
                            case NIET -> "0";
                        };
                rij.add(new AnalyseWeergave.Cel(
                        symbool,
                        tekst,
                        sterkte == null ? "ontbreekt" : sterkte.name().toLowerCase(Locale.ROOT)));
                beschrijving.add(teksten.t(
                                "verkenning.analyse.matrix.cel", van.naam(), naar.naam(), tekst.toLowerCase(Teksten.NL))
                        + ".");
            }
            matrix.add(rij);
        }
        List<AnalyseWeergave.Paar> paren =
                t.paren().stream().map(p -> paar(p, voorlopig(u.voorlopig(p)))).toList();
        List<String> ontbrekend = t.ontbrekend().stream().map(this::ontbrekend).toList();
        return new AnalyseWeergave(
                t.taak().id(),
                t.taak().naam(),
                u.partijen().stream().map(Partij::naam).toList(),
                matrix,
                String.join(" ", beschrijving),
                paren,
                teksten.t("verkenning.patroon." + t.samenvatting().patroon().name()),
                t.samenvatting().uitleg().stream().map(this::tekst).toList(),
                ontbrekend,
                voorlopig(u.voorlopig(t)));
    }

    /** "voorlopig: nog niet bevestigd door Zeist en Bunnik", or null when nothing rests on an unconfirmed position. */
    private @Nullable String voorlopig(List<Partij> partijen) {
        return partijen.isEmpty()
                ? null
                : teksten.t(
                        "verkenning.analyse.voorlopig",
                        String.join(", ", partijen.stream().map(Partij::naam).toList()));
    }

    private AnalyseWeergave.Paar paar(PaarAnalyse p, @Nullable String voorlopig) {
        String advies = p.koper() != null
                ? teksten.t(
                        "verkenning.analyse.inkopen",
                        p.koper().naam(),
                        Objects.requireNonNull(p.leverancier(), "buying advice names a supplier")
                                .naam())
                : teksten.t("verkenning.advies." + p.advies().name());
        return new AnalyseWeergave.Paar(
                p.a().naam() + " \u2013 " + p.b().naam(),
                teksten.t("verkenning.classificatie." + p.classificatie().name()
                        + (p.afhankelijkheid() == Afhankelijkheid.ONGELIJK ? ".ONGELIJK" : "")),
                advies,
                tekst(p.uitleg()),
                voorlopig);
    }

    private String ontbrekend(OntbrekendAntwoord o) {
        return teksten.t(
                "verkenning.analyse.ontbrekend.regel", o.van().naam(), o.naar().naam());
    }

    private String tekst(Uitleg u) {
        return teksten.t(u.sleutel(), u.argumenten().toArray());
    }

    // ---- helpers ----

    /** Pages answer "not found" with the normal Dutch error page. */
    @ExceptionHandler(NietGevondenException.class)
    void nietGevonden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static @Nullable Long getal(@Nullable String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : Long.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> lijst(@Nullable List<String> waarden) {
        return waarden == null ? List.of() : List.copyOf(waarden);
    }

    private static String leeg(@Nullable String tekst) {
        return tekst == null ? "" : tekst;
    }
}
