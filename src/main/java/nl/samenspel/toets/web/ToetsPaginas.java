package nl.samenspel.toets.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.toets.*;
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

/** The check's pages: one samenwerking's health per rule, and a municipality's overview. Work without JavaScript. */
@Controller
class ToetsPaginas {

    private final ToetsService toets;

    ToetsPaginas(ToetsService toets) {
        this.toets = toets;
    }

    @GetMapping("/samenwerkingen/{id}/toets")
    String samenwerking(@PathVariable long id, @RequestParam(required = false) @Nullable String erkend, Model model) {
        return pagina(id, model, erkend != null ? "toets.pagina.erkend-melding" : null, null, null, null);
    }

    @PostMapping("/samenwerkingen/{id}/toets/erkenning")
    String erken(
            @PathVariable long id,
            @ModelAttribute ErkenningFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        String onderwerp = formulier.onderwerp();
        try {
            toets.erken(id, formulier.controle(), onderwerp == null ? "" : onderwerp, formulier.reden());
            return "redirect:/samenwerkingen/" + id + "/toets?erkend";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(400);
            Formulieren.weiger(binding, e.fouten());
            return pagina(
                    id,
                    model,
                    null,
                    formulier.controle() + "|" + onderwerp,
                    Formulieren.fouten(binding),
                    formulier.reden());
        } catch (ConflictException | VersieConflictException e) {
            return "redirect:/samenwerkingen/" + id + "/toets";
        }
    }

    private String pagina(
            long id,
            Model model,
            @Nullable String melding,
            @Nullable String foutBij,
            nl.samenspel.platform.@Nullable Fouten fouten,
            @Nullable String reden) {
        model.addAttribute("t", toets.vanSamenwerking(id));
        model.addAttribute("melding", melding);
        model.addAttribute("foutBij", foutBij);
        model.addAttribute("fouten", fouten);
        model.addAttribute("reden", reden);
        return "pages/toets/samenwerking";
    }

    @GetMapping("/gemeenten/{code}/toets")
    String gemeente(@PathVariable String code, Model model) {
        model.addAttribute("t", toets.vanGemeente(code));
        return "pages/toets/gemeente";
    }

    @ExceptionHandler(NietGevondenException.class)
    void nietGevonden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
