package nl.samenspel.vorm.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.BesluitOrgaan;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.VormRechten;
import nl.samenspel.vorm.Vormadvies;
import nl.samenspel.vorm.Vormen;
import nl.samenspel.vorm.Wetsgrond;
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
 * The form step's page ({@code /samenwerkingen/{id}/vorm}): the questions, the advice per form with its reasons and
 * legal references, the decision and its history; and the sources page of the legal references ({@code
 * /wetsgronden}). Works without JavaScript: plain form posts.
 */
@Controller
class VormPaginas {

    private final Vormen vormen;
    private final Samenwerkingen samenwerkingen;

    VormPaginas(Vormen vormen, Samenwerkingen samenwerkingen) {
        this.vormen = vormen;
        this.samenwerkingen = samenwerkingen;
    }

    @GetMapping("/samenwerkingen/{id}/vorm")
    String pagina(@PathVariable long id, @RequestParam(required = false) @Nullable String melding, Model model) {
        String sleutel = switch (melding == null ? "" : melding) {
            case "antwoorden" -> "vorm.pagina.melding.antwoorden";
            case "besluit" -> "vorm.pagina.melding.besluit";
            default -> null;
        };
        return toon(id, sleutel, null, Map.of(), model);
    }

    private String toon(
            long id, @Nullable String melding, @Nullable Fouten fouten, Map<String, String> waarden, Model model) {
        Samenwerking s = samenwerkingen.vind(id);
        boolean open = vormen.open(id);
        Vormadvies advies = open ? vormen.advies(id) : null;
        VormPagina p = new VormPagina(
                s,
                open,
                open ? List.of() : vormen.ontbreekt(id),
                advies,
                vormen.antwoorden(id),
                vormen.besluit(id).orElse(null),
                vormen.historie(id),
                VormRechten.besluiten(HuidigeGebruiker.get(), s).ja(),
                melding,
                fouten,
                waarden);
        model.addAttribute("p", p);
        return "pages/vorm/pagina";
    }

    @PostMapping("/samenwerkingen/{id}/vorm/antwoorden")
    String beantwoord(
            @PathVariable long id,
            @ModelAttribute VormAntwoordenFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            vormen.beantwoord(id, formulier.antwoorden(), Versie.uitFormulier(formulier.versie()));
            return "redirect:/samenwerkingen/" + id + "/vorm?melding=antwoorden#advies";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return toon(id, null, Formulieren.fouten(binding), formulier.waarden(), model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return toon(id, "vorm.pagina.melding.conflict", null, Map.of(), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return toon(id, e.sleutel(), null, Map.of(), model);
        }
    }

    @PostMapping("/samenwerkingen/{id}/vorm/besluit")
    String besluit(
            @PathVariable long id,
            @ModelAttribute VormbesluitFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        try {
            vormen.besluit(
                    id,
                    vorm(formulier.vorm()),
                    formulier.motivering(),
                    Gebeurdatum.lees("datum", formulier.datum()),
                    BesluitOrgaan.lees(formulier.besluitOrgaan()),
                    Versie.uitFormulier(formulier.versie()));
            return "redirect:/samenwerkingen/" + id + "/vorm?melding=besluit#besluit";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return toon(id, null, Formulieren.fouten(binding), formulier.waarden(), model);
        } catch (VersieConflictException e) {
            response.setStatus(409);
            return toon(id, "vorm.pagina.melding.conflict", null, Map.of(), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return toon(id, e.sleutel(), null, Map.of(), model);
        }
    }

    @GetMapping("/wetsgronden")
    String wetsgronden(Model model) {
        model.addAttribute("wetsgronden", List.of(Wetsgrond.values()));
        return "pages/vorm/wetsgronden";
    }

    /** A form as entered: empty is none (the service refuses it with "kies een vorm"), unknown is refused. */
    private static @Nullable Vorm vorm(@Nullable String naam) {
        if (naam == null || naam.isBlank()) {
            return null;
        }
        try {
            return Vorm.valueOf(naam.strip());
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException(new Fouten().voeg("vorm", "vorm.fout.vorm-onbekend"));
        }
    }
}
