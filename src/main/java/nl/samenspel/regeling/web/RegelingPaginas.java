package nl.samenspel.regeling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.regeling.OnderdeelStatus;
import nl.samenspel.regeling.RaadsbesluitSoort;
import nl.samenspel.regeling.RegelingOnderdeel;
import nl.samenspel.regeling.Regelingen;
import nl.samenspel.regeling.Regelinginhoud;
import nl.samenspel.samenwerking.Samenwerking;
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
 * The regeling page: the checklist with its marks, the day the draft went to the raden, and per municipality the
 * raad's toestemming and zienswijze. Every change is a plain form post; errors go through the binding result.
 */
@Controller
class RegelingPaginas {

    private final Regelingen regelingen;

    RegelingPaginas(Regelingen regelingen) {
        this.regelingen = regelingen;
    }

    @GetMapping("/samenwerkingen/{id}/regeling")
    String pagina(@PathVariable long id, @RequestParam(required = false) @Nullable String opgeslagen, Model model) {
        return toon(id, RegelingTerug.niets(opgeslagen != null ? "regeling.pagina.opgeslagen" : null), model);
    }

    private String toon(long id, RegelingTerug terug, Model model) {
        Samenwerking s = regelingen.samenwerking(id);
        Regelinginhoud r = regelingen.inhoud(id);
        model.addAttribute("s", s);
        model.addAttribute("r", r);
        model.addAttribute("rechten", regelingen.rechten(s));
        model.addAttribute("terug", terug);
        return "pages/regeling/pagina";
    }

    @PostMapping("/samenwerkingen/{id}/regeling/onderdelen/{onderdeel}")
    String markeer(
            @PathVariable long id,
            @PathVariable String onderdeel,
            @ModelAttribute RegelingFormulieren.OnderdeelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        RegelingOnderdeel o = RegelingApi.onderdeel(onderdeel);
        long versie = Versie.uitFormulier(formulier.versie());
        String formId = "onderdeel-" + o.name();
        try {
            String actie = formulier.actie() == null ? "" : formulier.actie();
            if (actie.equals("ONGEDAAN")) {
                regelingen.wisMarkering(id, o, versie);
            } else {
                OnderdeelStatus status = actie.equals(OnderdeelStatus.AFGEWOGEN.name())
                        ? OnderdeelStatus.AFGEWOGEN
                        : actie.equals(OnderdeelStatus.GEREGELD.name()) ? OnderdeelStatus.GEREGELD : null;
                regelingen.markeer(id, o, status, formulier.verwijzing(), versie);
            }
            return "redirect:/samenwerkingen/" + id + "/regeling?opgeslagen#" + formId;
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            Map<String, String> w = new HashMap<>();
            w.put("verwijzing", formulier.verwijzing());
            return toon(id, new RegelingTerug(null, "ok", Formulieren.fouten(binding), formId, w), model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return toon(id, RegelingTerug.niets("regeling.fout.conflict").metSoort("warning"), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return toon(id, RegelingTerug.niets(e.sleutel()).metSoort("warning"), model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/regeling/ontwerp")
    String ontwerp(
            @PathVariable long id,
            @ModelAttribute RegelingFormulieren.OntwerpFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            Fouten fouten = new Fouten();
            LocalDate datum = leesDatum(fouten, "datum", formulier.datum());
            fouten.gooiAlsNietLeeg();
            regelingen.ontwerpVerzonden(id, datum, Versie.uitFormulier(formulier.versie()));
            return "redirect:/samenwerkingen/" + id + "/regeling?opgeslagen#ontwerp";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            Map<String, String> w = new HashMap<>();
            w.put("datum", formulier.datum());
            return toon(id, new RegelingTerug(null, "ok", Formulieren.fouten(binding), "ontwerp", w), model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return toon(id, RegelingTerug.niets("regeling.fout.conflict").metSoort("warning"), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return toon(id, RegelingTerug.niets(e.sleutel()).metSoort("warning"), model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/regeling/raadsbesluiten")
    String raadsbesluit(
            @PathVariable long id,
            @ModelAttribute RegelingFormulieren.RaadsbesluitFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            Fouten fouten = new Fouten();
            RaadsbesluitSoort soort = RaadsbesluitSoort.lees(formulier.soort() == null ? "" : formulier.soort())
                    .orElse(null);
            if (soort == null) {
                fouten.voeg("soort", "fout.verplicht");
            }
            if (formulier.gemeente() == null || formulier.gemeente().isBlank()) {
                fouten.voeg("gemeente", "fout.verplicht");
            }
            LocalDate datum = leesDatum(fouten, "datum", formulier.datum());
            fouten.gooiAlsNietLeeg();
            regelingen.legRaadsbesluitVast(
                    id,
                    java.util.Objects.requireNonNull(formulier.gemeente()),
                    java.util.Objects.requireNonNull(soort),
                    datum,
                    formulier.document(),
                    formulier.url(),
                    Versie.uitFormulier(formulier.versie()));
            return "redirect:/samenwerkingen/" + id + "/regeling?opgeslagen#raden";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return toon(
                    id,
                    new RegelingTerug(null, "ok", Formulieren.fouten(binding), "raadsbesluit", formulier.waarden()),
                    model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return toon(
                    id,
                    new RegelingTerug("regeling.fout.conflict", "warning", null, "raadsbesluit", formulier.waarden()),
                    model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return toon(
                    id, new RegelingTerug(e.sleutel(), "warning", null, "raadsbesluit", formulier.waarden()), model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/regeling/raadsbesluiten/wissen")
    String wis(
            @PathVariable long id,
            @ModelAttribute RegelingFormulieren.WisFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        RaadsbesluitSoort soort = RegelingApi.soort(formulier.soort() == null ? "" : formulier.soort());
        try {
            regelingen.wisRaadsbesluit(
                    id,
                    formulier.gemeente() == null ? "" : formulier.gemeente(),
                    soort,
                    Versie.uitFormulier(formulier.versie()));
            return "redirect:/samenwerkingen/" + id + "/regeling?opgeslagen#raden";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return toon(
                    id, new RegelingTerug(null, "ok", Formulieren.fouten(binding), "raadsbesluit", Map.of()), model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return toon(id, RegelingTerug.niets("regeling.fout.conflict").metSoort("warning"), model);
        }
    }

    private static @Nullable LocalDate leesDatum(Fouten fouten, String veld, @Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        return Gebeurdatum.uitFormulier(fouten, veld, tekst);
    }
}
