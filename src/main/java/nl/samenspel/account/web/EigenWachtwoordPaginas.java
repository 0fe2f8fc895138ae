package nl.samenspel.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.EigenWachtwoord;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Choosing one's own password. After signing in with a one-time password this is the only page the user can reach
 * (the filter sends every other page here); once changed, they land on the start page.
 */
@Controller
class EigenWachtwoordPaginas {

    private final AccountService accounts;
    private final EigenWachtwoord eigen;

    EigenWachtwoordPaginas(AccountService accounts, EigenWachtwoord eigen) {
        this.accounts = accounts;
        this.eigen = eigen;
    }

    @GetMapping("/wachtwoord-wijzigen")
    String formulier(Model model) {
        vul(model, null);
        return "pages/account/wachtwoord-wijzigen";
    }

    @PostMapping("/wachtwoord-wijzigen")
    String wijzig(
            @ModelAttribute EigenWachtwoordFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            eigen.wijzig(
                    Versie.uitFormulier(formulier.versie()),
                    formulier.wachtwoord(),
                    formulier.herhaling(),
                    request,
                    response);
        } catch (OngeldigeInvoerException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Formulieren.weiger(binding, e.fouten());
            vul(model, Formulieren.fouten(binding));
            return "pages/account/wachtwoord-wijzigen";
        } catch (VersieConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Formulieren.weiger(binding, new Fouten().voeg("wachtwoord", "fout.versie-conflict"));
            vul(model, Formulieren.fouten(binding));
            return "pages/account/wachtwoord-wijzigen";
        }
        return "redirect:/";
    }

    private void vul(Model model, @Nullable Fouten fouten) {
        model.addAttribute("moetWijzigen", eigen.moetWijzigen());
        model.addAttribute(
                "versie", accounts.vind(HuidigeGebruiker.get().accountId()).versie());
        model.addAttribute("fouten", fouten);
    }
}
