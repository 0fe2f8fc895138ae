package nl.samenspel.stappen.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Pagina;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.stappen.*;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The step pages. Everything works without JavaScript: every change is a plain form post, bound to a form record
 * (package {@code web}); errors go through its binding result ({@link Formulieren}).
 */
@Controller
class StappenPaginas {

    private final Stappen stappen;
    private final Samenwerkingen samenwerkingen;
    private final Oefenmodus oefenmodus;

    StappenPaginas(Stappen stappen, Samenwerkingen samenwerkingen, Oefenmodus oefenmodus) {
        this.stappen = stappen;
        this.samenwerkingen = samenwerkingen;
        this.oefenmodus = oefenmodus;
    }

    // ---- overview ----

    @GetMapping("/samenwerkingen/{id}/stappen")
    String overzicht(@PathVariable long id, @RequestParam(required = false) @Nullable String opgeslagen, Model model) {
        return overzicht(id, opgeslagen != null ? "stappen.uitstel.vastgelegd" : null, null, null, model);
    }

    private String overzicht(
            long id,
            @Nullable String melding,
            @Nullable Fouten fouten,
            @Nullable Map<String, String> waarden,
            Model model) {
        Samenwerking s = stappen.samenwerking(id);
        model.addAttribute("s", s);
        model.addAttribute("stand", stappen.stand(id));
        model.addAttribute("ontbreekt", stappen.ontbreektVoorVorm(id));
        model.addAttribute("uitstel", stappen.uitstel(id));
        model.addAttribute("isRegisseur", stappen.rechten(s).uitstellen());
        model.addAttribute("melding", melding);
        model.addAttribute("fouten", fouten);
        model.addAttribute("waarden", waarden == null ? Map.of() : waarden);
        model.addAttribute("onderwerpen", Stappen.onderwerpen());
        model.addAttribute("tijd", Tijdstip.FORMAAT);
        return "pages/stappen/overzicht";
    }

    @PostMapping("/samenwerkingen/{id}/stappen/uitstel")
    String stelUit(
            @PathVariable long id,
            @ModelAttribute UitstelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            stappen.stelUit(id, formulier.onderwerp(), formulier.reden(), Gebeurdatum.lees("datum", formulier.datum()));
            return "redirect:/samenwerkingen/" + id + "/stappen?opgeslagen";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return overzicht(id, null, Formulieren.fouten(binding), formulier.waarden(), model);
        }
    }

    // ---- a step ----

    @GetMapping("/samenwerkingen/{id}/stappen/{stap}")
    String stap(
            @PathVariable long id,
            @PathVariable String stap,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        Stap st = Stap.uitPad(stap).orElseThrow(() -> new NietGevondenException("stap"));
        String m = melding == null
                ? null
                : switch (melding) {
                    case "opgeslagen" -> "stappen.opgeslagen";
                    case "aangemaakt" -> "stappen.spanning.aangemaakt";
                    case "besproken" -> "stappen.besproken.gedaan";
                    case "namens" -> "stappen.besproken.namens.gedaan";
                    case "bevestigd" -> "stappen.besproken.bevestigd";
                    case "ingetrokken" -> "stappen.besproken.ingetrokken";
                    case "heropend" -> "stappen.besproken.heropend";
                    case "vastgesteld" -> "stappen.vaststelling.gedaan";
                    case "doel-toegevoegd" -> "stappen.doel.toegevoegd";
                    case "doel-verwijderd" -> "stappen.doel.verwijderd";
                    case "spanning-opgeslagen" -> "stappen.spanning.opgeslagen";
                    case "item-toegevoegd" -> "stappen.dynamiek.toegevoegd";
                    case "spanning-verwijderd" -> "stappen.spanning.verwijderd";
                    case "item-verwijderd" -> "stappen.dynamiek.verwijderd";
                    case "vorm-geopend" -> "stappen.vorm.geopend";
                    default -> null;
                };
        return toon(id, st, m, "ok", null, null, model);
    }

    private String toon(
            long id,
            Stap stap,
            @Nullable String melding,
            String soort,
            @Nullable Fouten fouten,
            @Nullable Map<String, String> waarden,
            Model model) {
        Samenwerking s = stappen.samenwerking(id);
        var g = HuidigeGebruiker.get();
        boolean bespreken = stappen.kanBespreken(s);
        StapPagina p = new StapPagina(
                s,
                stappen.stand(id, stap),
                stappen.kanSchrijven(s),
                bespreken,
                stappen.isRegisseur(s),
                stappen.rechten(s),
                bespreken ? g.gemeenteCode() : null,
                bespreken
                        ? s.gemeenten().stream()
                                .filter(x -> x.code().equals(g.gemeenteCode()))
                                .findFirst()
                                .orElseThrow()
                                .naam()
                        : null,
                melding,
                soort,
                fouten,
                waarden,
                stappen.ontbreektVoorVorm(id));
        model.addAttribute("p", p);
        model.addAttribute("tijd", Tijdstip.FORMAAT);
        switch (stap) {
            case WAT -> model.addAttribute("doelen", stappen.doelen(id));
            case HOE -> model.addAttribute("werkwijze", stappen.werkwijze(id));
            case SPANNINGEN -> model.addAttribute("spanningen", stappen.spanningen(id));
            case VANZELFDYNAMIEK -> {
                model.addAttribute("items", stappen.dynamiek(id));
                model.addAttribute("gedragingen", List.of(Gedrag.values()));
            }
            case VORM -> {
                model.addAttribute("ontgrendeling", stappen.ontgrendeling(id).orElse(null));
                model.addAttribute("open", stappen.vormOpen(id));
            }
        }
        return "pages/stappen/" + stap.pad();
    }

    @PostMapping("/samenwerkingen/{id}/stappen/{stap}/besproken")
    String besproken(
            @PathVariable long id,
            @PathVariable String stap,
            @ModelAttribute BesprokenFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Stap st = Stap.uitPad(stap).orElseThrow(() -> new NietGevondenException("stap"));
        try {
            boolean bevestigd =
                    stappen.markeerBesproken(id, st, formulier.partij(), formulier.isNamens(), formulier.revisie());
            String melding = formulier.isNamens() ? "namens" : bevestigd ? "bevestigd" : "besproken";
            return "redirect:/samenwerkingen/" + id + "/stappen/" + st.pad() + "?melding=" + melding;
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, renoem(e.fouten()));
            return toon(id, st, null, "ok", Formulieren.fouten(binding), formulier.waarden(), model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = new java.util.HashMap<>(formulier.waarden());
            w.remove("versie");
            return toon(id, st, "stappen.besproken.conflict", "warning", null, w, model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return toon(id, st, e.sleutel(), "warning", null, null, model);
        }
    }

    /**
     * The service names the municipality "gemeente"; on the page that field is "partij" (the decision form on the
     * same page has a field "gemeente").
     */
    private static Fouten renoem(Fouten fouten) {
        Fouten uit = new Fouten();
        fouten.alle()
                .forEach(f -> uit.voeg(
                        f.veld().equals("gemeente") ? "partij" : f.veld(),
                        f.sleutel(),
                        f.argumenten().toArray()));
        return uit;
    }

    @PostMapping("/samenwerkingen/{id}/stappen/{stap}/vaststellingen")
    String stelVast(
            @PathVariable long id,
            @PathVariable String stap,
            @ModelAttribute VaststellingFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Stap st = Stap.uitPad(stap).orElseThrow(() -> new NietGevondenException("stap"));
        try {
            stappen.stelVast(
                    id,
                    st,
                    Versie.uitFormulier(formulier.versie()),
                    new Invoer.VaststellingInvoer(
                            formulier.gemeente(), formulier.orgaan(), formulier.datum(), formulier.referentie()));
            return "redirect:/samenwerkingen/" + id + "/stappen/" + st.pad() + "?melding=vastgesteld";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return toon(id, st, null, "ok", Formulieren.fouten(binding), formulier.waarden(), model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = new java.util.HashMap<>(formulier.waarden());
            w.remove("versie");
            return toon(id, st, "stappen.vaststelling.conflict", "warning", null, w, model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return toon(id, st, e.sleutel(), "warning", null, formulier.waarden(), model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/stappen/{stap}/besproken/intrekken")
    String intrekken(
            @PathVariable long id,
            @PathVariable String stap,
            @ModelAttribute RedenFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Stap st = Stap.uitPad(stap).orElseThrow(() -> new NietGevondenException("stap"));
        try {
            boolean heropend = stappen.trekBesprokenIn(id, st, formulier.reden(), formulier.gemeente());
            return "redirect:/samenwerkingen/" + id + "/stappen/" + st.pad() + "?melding="
                    + (heropend ? "heropend" : "ingetrokken");
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return toon(id, st, null, "ok", Formulieren.fouten(binding), formulier.waarden(), model);
        }
    }

    // ---- wat ----

    @PostMapping("/samenwerkingen/{id}/stappen/wat/doelen")
    String voegDoelToe(
            @PathVariable long id,
            @ModelAttribute DoelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            stappen.voegDoelToe(
                    id, new Invoer.DoelInvoer(formulier.soort(), formulier.tekst(), formulier.bronGemeente()));
            return "redirect:/samenwerkingen/" + id + "/stappen/wat?melding=doel-toegevoegd";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return toon(id, Stap.WAT, null, "ok", Formulieren.fouten(binding), formulier.waarden(), model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/stappen/wat/doelen/{doelId}/verwijderen")
    String verwijderDoel(
            @PathVariable long id,
            @PathVariable long doelId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            stappen.verwijderDoel(id, doelId, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/stappen/wat?melding=doel-verwijderd";
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return toon(id, Stap.WAT, "fout.versie-conflict", "warning", null, null, model);
        }
    }

    // ---- hoe ----

    @PostMapping("/samenwerkingen/{id}/stappen/hoe")
    String hoe(
            @PathVariable long id,
            @ModelAttribute WerkwijzeFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Invoer.WerkwijzeInvoer invoer = new Invoer.WerkwijzeInvoer(
                formulier.wieDoetWat(),
                formulier.afsprakenMaken(),
                formulier.levering(),
                formulier.sturing(),
                formulier.bijsturing());
        try {
            stappen.wijzigWerkwijze(id, Versie.uitFormulier(formulier.versie()), invoer);
            return "redirect:/samenwerkingen/" + id + "/stappen/hoe?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return toon(id, Stap.HOE, null, "ok", Formulieren.fouten(binding), formulier.waarden(), model);
        } catch (VersieConflictException e) {
            // Keep what was typed; the form now carries the current version, so saving again overwrites consciously.
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(stappen.werkwijze(id).versie()));
            return toon(id, Stap.HOE, "fout.versie-conflict", "warning", null, w, model);
        }
    }

    // ---- spanningen ----

    @GetMapping("/samenwerkingen/{id}/stappen/spanningen/nieuw")
    String nieuweSpanning(@PathVariable long id, Model model) {
        return spanningFormulier(id, null, null, null, null, model);
    }

    @GetMapping("/samenwerkingen/{id}/stappen/spanningen/{spanningId:\\d+}")
    String spanning(@PathVariable long id, @PathVariable long spanningId, Model model) {
        return spanningFormulier(id, stappen.spanning(id, spanningId), null, null, null, model);
    }

    @PostMapping("/samenwerkingen/{id}/stappen/spanningen/nieuw")
    String maakSpanning(
            @PathVariable long id,
            @ModelAttribute SpanningFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            stappen.maakSpanning(id, spanningInvoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/stappen/spanningen?melding=aangemaakt";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return spanningFormulier(id, null, Formulieren.fouten(binding), formulier.waarden(), null, model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/stappen/spanningen/{spanningId:\\d+}")
    String wijzigSpanning(
            @PathVariable long id,
            @PathVariable long spanningId,
            @ModelAttribute SpanningFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Spanning huidig = stappen.spanning(id, spanningId);
        try {
            stappen.wijzigSpanning(id, spanningId, Versie.uitFormulier(formulier.versie()), spanningInvoer(formulier));
            return "redirect:/samenwerkingen/" + id + "/stappen/spanningen?melding=spanning-opgeslagen";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return spanningFormulier(id, huidig, Formulieren.fouten(binding), formulier.waarden(), null, model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            Map<String, String> w = formulier.waarden();
            w.put("versie", String.valueOf(huidig.versie()));
            return spanningFormulier(id, huidig, null, w, "fout.versie-conflict", model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/stappen/spanningen/{spanningId:\\d+}/verwijderen")
    String verwijderSpanning(
            @PathVariable long id,
            @PathVariable long spanningId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            stappen.verwijderSpanning(id, spanningId, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/stappen/spanningen?melding=spanning-verwijderd";
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return toon(id, Stap.SPANNINGEN, "fout.versie-conflict", "warning", null, null, model);
        }
    }

    private String spanningFormulier(
            long id,
            @Nullable Spanning spanning,
            @Nullable Fouten fouten,
            @Nullable Map<String, String> waarden,
            @Nullable String melding,
            Model model) {
        Samenwerking s = stappen.samenwerking(id);
        var g = HuidigeGebruiker.get();
        if (spanning == null) {
            StappenRechten.spanningToevoegen(g, s).eis(s, "spanning toevoegen");
        }
        StappenRechten.Voor rechten = stappen.rechten(s);
        model.addAttribute("s", s);
        model.addAttribute("spanning", spanning);
        model.addAttribute("kanSchrijven", spanning == null || rechten.spanningWijzigen());
        model.addAttribute("kanVerwijderen", spanning != null && rechten.spanningVerwijderen());
        model.addAttribute("fouten", fouten);
        model.addAttribute("waarden", waarden == null ? Map.of() : waarden);
        model.addAttribute("melding", melding);
        model.addAttribute("soorten", List.of(SpanningSoort.values()));
        model.addAttribute("statussen", List.of(SpanningStatus.values()));
        return "pages/stappen/spanning";
    }

    private static Invoer.SpanningInvoer spanningInvoer(SpanningFormulier f) {
        return new Invoer.SpanningInvoer(
                f.omschrijving(),
                f.soort(),
                f.gekozenPartijen(),
                f.hantering(),
                f.escalatieroute(),
                f.backofficeFrontoffice(),
                f.status(),
                f.datum());
    }

    // ---- vanzelfdynamiek ----

    @PostMapping("/samenwerkingen/{id}/stappen/vanzelfdynamiek/items")
    String voegDynamiekToe(
            @PathVariable long id,
            @ModelAttribute DynamiekFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            stappen.voegDynamiekToe(
                    id,
                    new Invoer.DynamiekInvoer(
                            formulier.gedrag(), formulier.eigenNaam(), formulier.botsing(), formulier.omgang()));
            return "redirect:/samenwerkingen/" + id + "/stappen/vanzelfdynamiek?melding=item-toegevoegd";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return toon(id, Stap.VANZELFDYNAMIEK, null, "ok", Formulieren.fouten(binding), formulier.waarden(), model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/stappen/vanzelfdynamiek/items/{itemId}/verwijderen")
    String verwijderDynamiek(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        try {
            stappen.verwijderDynamiek(id, itemId, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/stappen/vanzelfdynamiek?melding=item-verwijderd";
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return toon(id, Stap.VANZELFDYNAMIEK, "fout.versie-conflict", "warning", null, null, model);
        }
    }

    // ---- vorm ----

    @PostMapping("/samenwerkingen/{id}/stappen/vorm/ontgrendeling")
    String ontgrendel(
            @PathVariable long id,
            @ModelAttribute RedenFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            stappen.ontgrendelVorm(
                    id,
                    formulier.reden(),
                    Gebeurdatum.lees("datum", formulier.datum()),
                    nl.samenspel.samenwerking.BesluitOrgaan.lees(formulier.besluitOrgaan()));
            return "redirect:/samenwerkingen/" + id + "/stappen/vorm?melding=vorm-geopend";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return toon(id, Stap.VORM, null, "ok", Formulieren.fouten(binding), formulier.waarden(), model);
        }
    }

    // ---- oefenmodus ----

    @GetMapping("/samenwerkingen/oefenen")
    String oefenen(
            @RequestParam(required = false) @Nullable Integer pagina,
            @RequestParam(required = false) @Nullable String verwijderd,
            Model model) {
        Pagina<Samenwerking> lijst = samenwerkingen.zichtbaar(false, true, Pagina.pagina(pagina), 50);
        model.addAttribute("lijst", lijst);
        model.addAttribute(
                "kanStarten", nl.samenspel.samenwerking.SamenwerkingRechten.oefeningMaken(HuidigeGebruiker.get()));
        model.addAttribute("melding", verwijderd != null ? "oefen.verwijderd" : null);
        return "pages/stappen/oefenen";
    }

    @PostMapping("/samenwerkingen/oefenen")
    String startOefening() {
        Samenwerking s = oefenmodus.start();
        return "redirect:/samenwerkingen/" + s.id() + "/stappen";
    }

    @PostMapping("/samenwerkingen/{id}/oefening-verwijderen")
    String verwijderOefening(@PathVariable long id, @RequestParam(required = false) @Nullable String versie) {
        try {
            oefenmodus.verwijder(id, Versie.uitFormulier(versie));
        } catch (VersieConflictException e) {
            return "redirect:/samenwerkingen/" + id + "?conflict";
        }
        return "redirect:/samenwerkingen/oefenen?verwijderd";
    }

    /** Pages answer "not found" with the normal Dutch error page. */
    @ExceptionHandler(NietGevondenException.class)
    void nietGevonden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(ConflictException.class)
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
