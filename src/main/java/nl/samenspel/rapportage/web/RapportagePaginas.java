package nl.samenspel.rapportage.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.rapportage.LijnStatus;
import nl.samenspel.rapportage.Rapportage;
import nl.samenspel.rapportage.RapportageInvoer;
import nl.samenspel.rapportage.Rapportages;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Report pages: {@code /samenwerkingen/{id}/rapportages} (the reports, a new one), one page per report (fill in a
 * line, submit, delete a concept) and {@code …/rapportages/trends} (charts with tables). Works without JavaScript;
 * errors go through the binding result.
 */
@Controller
class RapportagePaginas {

    private static final Map<String, String> MELDINGEN = Map.of(
            "opgeslagen", "rapportage.melding.opgeslagen",
            "ingediend", "rapportage.melding.ingediend",
            "verwijderd", "rapportage.melding.verwijderd");

    private final Rapportages service;
    private final Samenwerkingen samenwerkingen;

    RapportagePaginas(Rapportages service, Samenwerkingen samenwerkingen) {
        this.service = service;
        this.samenwerkingen = samenwerkingen;
    }

    /** A new report as typed. */
    record NieuwFormulier(
            @Nullable String dvo,
            @Nullable String van,
            @Nullable String tot) {
        Map<String, String> waarden() {
            Map<String, String> w = new HashMap<>();
            if (dvo != null) {
                w.put("dvo", dvo);
            }
            if (van != null) {
                w.put("van", van);
            }
            if (tot != null) {
                w.put("tot", tot);
            }
            return w;
        }
    }

    /** One line as typed: its values are posted as {@code waarden[0]}, {@code waarden[1]}, … in the line's order. */
    record LijnFormulier(
            @Nullable String status,
            @Nullable String verhaal,
            @Nullable List<String> waarden,
            @Nullable String versie) {
        Map<String, String> getypt() {
            Map<String, String> w = new HashMap<>();
            if (status != null) {
                w.put("status", status);
            }
            if (verhaal != null) {
                w.put("verhaal", verhaal);
            }
            if (versie != null) {
                w.put("versie", versie);
            }
            if (waarden != null) {
                for (int i = 0; i < waarden.size(); i++) {
                    String t = waarden.get(i);
                    if (t != null) {
                        w.put("waarden[" + i + "]", t);
                    }
                }
            }
            return w;
        }
    }

    /** The submit button: the version it saw. */
    record IndieningFormulier(@Nullable String versie) {}

    /** What a page shows besides the samenwerking. */
    private record Deel(String sjabloon, @Nullable Long rapportageId) {}

    private static final Deel LIJST = new Deel("pages/rapportage/rapportages", null);
    private static final Deel TRENDS = new Deel("pages/rapportage/trends", null);

    private static Deel rapportageDeel(long rapportageId) {
        return new Deel("pages/rapportage/rapportage", rapportageId);
    }

    @GetMapping("/samenwerkingen/{id}/rapportages")
    String rapportages(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        return toon(id, LIJST, null, null, Map.of(), melding(melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/rapportages")
    String maak(
            @PathVariable long id,
            @ModelAttribute NieuwFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            Long dvo = null;
            if (formulier.dvo() != null && !formulier.dvo().isBlank()) {
                try {
                    dvo = Long.valueOf(formulier.dvo().strip());
                } catch (NumberFormatException e) {
                    throw OngeldigeInvoerException.van("dvo", "rapportage.fout.dvo-onbekend");
                }
            }
            Rapportage r = service.maak(
                    id,
                    new RapportageInvoer.Nieuw(
                            dvo, Gebeurdatum.lees("van", formulier.van()), Gebeurdatum.lees("tot", formulier.tot())));
            return "redirect:/samenwerkingen/" + id + "/rapportages/" + r.id() + "?melding=opgeslagen";
        } catch (OngeldigeInvoerException e) {
            return fout(id, LIJST, null, e, binding, formulier.waarden(), model, response);
        }
    }

    @GetMapping("/samenwerkingen/{id}/rapportages/{rapportageId:\\d+}")
    String rapportage(
            @PathVariable long id,
            @PathVariable long rapportageId,
            @RequestParam(required = false) @Nullable String melding,
            Model model) {
        return toon(id, rapportageDeel(rapportageId), null, null, Map.of(), melding(melding), "ok", model);
    }

    @PostMapping("/samenwerkingen/{id}/rapportages/{rapportageId:\\d+}/lijnen/{lijnId:\\d+}")
    String wijzigLijn(
            @PathVariable long id,
            @PathVariable long rapportageId,
            @PathVariable long lijnId,
            @ModelAttribute LijnFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Deel deel = rapportageDeel(rapportageId);
        Map<String, String> w = formulier.getypt();
        try {
            Fouten fouten = new Fouten();
            List<@Nullable BigDecimal> waarden = new ArrayList<>();
            List<String> getypt = formulier.waarden() == null ? List.of() : formulier.waarden();
            for (int i = 0; i < getypt.size(); i++) {
                String tekst = getypt.get(i);
                waarden.add(tekst == null ? null : getal(fouten, "waarden[" + i + "]", tekst));
            }
            LijnStatus s = status(fouten, formulier.status());
            fouten.gooiAlsNietLeeg();
            service.wijzigLijn(
                    id,
                    rapportageId,
                    lijnId,
                    Versie.uitFormulier(formulier.versie()),
                    new RapportageInvoer.Lijn(s, formulier.verhaal(), waarden));
            return "redirect:/samenwerkingen/" + id + "/rapportages/" + rapportageId + "?melding=opgeslagen#lijn-"
                    + lijnId;
        } catch (OngeldigeInvoerException e) {
            return fout(id, deel, lijnId, e, binding, w, model, response);
        } catch (VersieConflictException e) {
            w.put("versie", String.valueOf(service.rapportage(id, rapportageId).versie()));
            return conflict(id, deel, "fout.versie-conflict", w, model, response);
        } catch (ConflictException e) {
            return conflict(id, deel, e.sleutel(), Map.of(), model, response);
        }
    }

    @PostMapping("/samenwerkingen/{id}/rapportages/{rapportageId:\\d+}/indiening")
    String dienIn(
            @PathVariable long id,
            @PathVariable long rapportageId,
            @ModelAttribute IndieningFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        Deel deel = rapportageDeel(rapportageId);
        try {
            service.dienIn(id, rapportageId, Versie.uitFormulier(formulier.versie()));
            return "redirect:/samenwerkingen/" + id + "/rapportages/" + rapportageId + "?melding=ingediend";
        } catch (OngeldigeInvoerException e) {
            return fout(id, deel, null, e, binding, Map.of(), model, response);
        } catch (VersieConflictException e) {
            return conflict(id, deel, "fout.versie-conflict", Map.of(), model, response);
        } catch (ConflictException e) {
            return conflict(id, deel, e.sleutel(), Map.of(), model, response);
        }
    }

    @PostMapping("/samenwerkingen/{id}/rapportages/{rapportageId:\\d+}/verwijderen")
    String verwijder(
            @PathVariable long id,
            @PathVariable long rapportageId,
            @RequestParam(required = false) @Nullable String versie,
            Model model,
            HttpServletResponse response) {
        Deel deel = rapportageDeel(rapportageId);
        try {
            service.verwijder(id, rapportageId, Versie.uitFormulier(versie));
            return "redirect:/samenwerkingen/" + id + "/rapportages?melding=verwijderd";
        } catch (VersieConflictException e) {
            return conflict(id, deel, "fout.versie-conflict", Map.of(), model, response);
        } catch (ConflictException e) {
            return conflict(id, deel, e.sleutel(), Map.of(), model, response);
        }
    }

    @GetMapping("/samenwerkingen/{id}/rapportages/trends")
    String trends(@PathVariable long id, Model model) {
        return toon(id, TRENDS, null, null, Map.of(), null, "ok", model);
    }

    // ---- helpers ----

    private String fout(
            long id,
            Deel deel,
            @Nullable Long lijnId,
            OngeldigeInvoerException e,
            BindingResult binding,
            Map<String, String> waarden,
            Model model,
            HttpServletResponse response) {
        response.setStatus(400);
        Formulieren.weiger(binding, e.fouten());
        return toon(id, deel, Formulieren.fouten(binding), lijnId, waarden, null, "ok", model);
    }

    private String conflict(
            long id,
            Deel deel,
            String sleutel,
            Map<String, String> waarden,
            Model model,
            HttpServletResponse response) {
        response.setStatus(409);
        return toon(id, deel, null, null, waarden, sleutel, "warning", model);
    }

    private String toon(
            long id,
            Deel deel,
            @Nullable Fouten fouten,
            @Nullable Long foutLijn,
            Map<String, String> waarden,
            @Nullable String melding,
            String meldingSoort,
            Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        Long rapportageId = deel.rapportageId();
        boolean lijst = deel == LIJST;
        boolean kan = service.kanSchrijven(s);
        model.addAttribute(
                "p",
                new RapportagePagina(
                        s,
                        lijst ? service.rapportages(id) : List.of(),
                        rapportageId == null ? null : service.rapportage(id, rapportageId),
                        deel == TRENDS ? service.trends(id) : null,
                        lijst && kan ? service.dvos(id) : List.of(),
                        kan,
                        fouten,
                        foutLijn,
                        waarden,
                        melding,
                        meldingSoort));
        return deel.sjabloon();
    }

    private static @Nullable String melding(@Nullable String melding) {
        return MELDINGEN.get(melding == null ? "" : melding);
    }

    /** An unknown status is an error; empty is none (the report stays a concept until it has one). */
    private static @Nullable LijnStatus status(Fouten fouten, @Nullable String naam) {
        if (naam == null || naam.isBlank()) {
            return null;
        }
        try {
            return LijnStatus.valueOf(naam.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fouten.voeg("status", "rapportage.fout.status-onbekend");
            return null;
        }
    }

    /** A number as a Dutch user types it: "12", "12,5", "1.234,5" or "12.5"; empty is none. */
    static @Nullable BigDecimal getal(Fouten fouten, String veld, String tekst) {
        String t = tekst.strip().replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        if (t.indexOf(',') >= 0) {
            t = t.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            fouten.voeg(veld, "rapportage.fout.waarde-geen-getal", tekst.strip());
            return null;
        }
    }
}
