package nl.samenspel.account.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.samenspel.account.AanvraagBron;
import nl.samenspel.account.Account;
import nl.samenspel.account.AccountAanvraag;
import nl.samenspel.account.AccountAanvragen;
import nl.samenspel.account.AccountService;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.Gemeenten;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Optie;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account requests on pages: the regisseur's form (from the samenwerking page), and for the beheerder one request
 * with "make the account" (one form: the proposed user name, editable) and "refuse", and the page that shows the
 * one-time password once.
 */
@Controller
class AccountAanvraagPaginas {

    private final AccountAanvragen aanvragen;
    private final AccountService accounts;
    private final Gemeenten gemeenten;
    private final Teksten teksten;

    AccountAanvraagPaginas(AccountAanvragen aanvragen, AccountService accounts, Gemeenten gemeenten, Teksten teksten) {
        this.aanvragen = aanvragen;
        this.accounts = accounts;
        this.gemeenten = gemeenten;
        this.teksten = teksten;
    }

    @GetMapping("/account-aanvragen/nieuw")
    String nieuw(
            @RequestParam long samenwerking, @RequestParam(required = false) @Nullable String gemeente, Model model) {
        AanvraagBron.Bron s = aanvragen.samenwerkingVoorAanvraag(samenwerking);
        vulNieuw(model, s, new AanvraagFormulier(null, null, null, null, gemeente, null), null);
        return "pages/account/aanvraag-nieuw";
    }

    @PostMapping("/account-aanvragen/nieuw")
    String vraagAan(
            @ModelAttribute AanvraagFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        long id = Versie.uitFormulier(formulier.samenwerking());
        AanvraagBron.Bron s = aanvragen.samenwerkingVoorAanvraag(id);
        try {
            AccountAanvraag a = aanvragen.vraagAan(new AccountAanvragen.Invoer(
                    s.id(),
                    formulier.weergavenaam(),
                    formulier.email(),
                    formulier.rol(),
                    formulier.gemeenteCode(),
                    formulier.toelichting()));
            redirect.addFlashAttribute("accountAangevraagd", a.weergavenaam());
            return "redirect:/samenwerkingen/" + s.id() + "#accounts";
        } catch (OngeldigeInvoerException | ConflictException e) {
            response.setStatus(
                    e instanceof ConflictException
                            ? HttpServletResponse.SC_CONFLICT
                            : HttpServletResponse.SC_BAD_REQUEST);
            Fouten fouten = e instanceof OngeldigeInvoerException o
                    ? o.fouten()
                    : new Fouten().voeg("weergavenaam", ((ConflictException) e).sleutel());
            Formulieren.weiger(binding, fouten);
            vulNieuw(model, s, formulier, Formulieren.fouten(binding));
            return "pages/account/aanvraag-nieuw";
        }
    }

    @GetMapping("/beheer/account-aanvragen/{id}")
    String aanvraag(@PathVariable long id, Model model) {
        vulAanvraag(model, aanvragen.vind(id), null, null, null);
        return "pages/account/aanvraag";
    }

    /** One step: the account with the request's name, role and municipality and a one-time password. */
    @PostMapping("/beheer/account-aanvragen/{id}/aanmaken")
    String maak(
            @PathVariable long id,
            @ModelAttribute AfhandelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            AccountAanvragen.Aangemaakt a =
                    aanvragen.maakAccount(id, Versie.uitFormulier(formulier.versie()), formulier.gebruikersnaam());
            // Shown once: a flash attribute lives until the next page only, and is never written anywhere.
            redirect.addFlashAttribute(
                    "eenmalig",
                    new EenmaligWachtwoordWeergave(
                            a.account().gebruikersnaam(), a.account().weergavenaam(), a.eenmaligWachtwoord()));
            return "redirect:/beheer/account-aanvragen/" + id + "/aangemaakt";
        } catch (OngeldigeInvoerException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Formulieren.weiger(binding, e.fouten());
            vulAanvraag(model, aanvragen.vind(id), Formulieren.fouten(binding), formulier.gebruikersnaam(), null);
            return "pages/account/aanvraag";
        } catch (ConflictException | VersieConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            vulAanvraag(model, aanvragen.vind(id), null, null, conflictSleutel(e));
            return "pages/account/aanvraag";
        }
    }

    @PostMapping("/beheer/account-aanvragen/{id}/afwijzen")
    String wijsAf(
            @PathVariable long id,
            @ModelAttribute AfhandelFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            aanvragen.wijsAf(id, Versie.uitFormulier(formulier.versie()), formulier.reden());
        } catch (OngeldigeInvoerException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Formulieren.weiger(binding, e.fouten());
            vulAanvraag(model, aanvragen.vind(id), Formulieren.fouten(binding), null, null);
            return "pages/account/aanvraag";
        } catch (ConflictException | VersieConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            vulAanvraag(model, aanvragen.vind(id), null, null, conflictSleutel(e));
            return "pages/account/aanvraag";
        }
        redirect.addFlashAttribute("melding", "account.aanvraag.melding.afgewezen");
        return "redirect:/beheer/account-aanvragen/" + id;
    }

    /**
     * The confirmation page: the one-time password only right after "make" (the flash attribute); a reload, the
     * back button or a link later shows the account without it.
     */
    @GetMapping("/beheer/account-aanvragen/{id}/aangemaakt")
    String aangemaakt(@PathVariable long id, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        AccountAanvraag a = aanvragen.vind(id);
        model.addAttribute("a", weergave(a));
        if (a.accountId() != null) {
            Account account = accounts.vind(a.accountId());
            model.addAttribute("accountId", account.id());
            model.addAttribute("gebruikersnaam", account.gebruikersnaam());
        }
        return "pages/account/aangemaakt";
    }

    private static String conflictSleutel(RuntimeException e) {
        return e instanceof ConflictException c ? c.sleutel() : "fout.versie-conflict";
    }

    private void vulNieuw(Model model, AanvraagBron.Bron s, AanvraagFormulier f, @Nullable Fouten fouten) {
        List<Gemeente> partijen = gemeenten.vindAlle(s.gemeenteCodes());
        model.addAttribute("samenwerkingId", s.id());
        model.addAttribute("samenwerkingTitel", s.titel());
        model.addAttribute("gemeenten", partijen);
        model.addAttribute(
                "rollen",
                Optie.van(AccountAanvragen.aanvraagbareRollen(), Enum::name, r -> teksten.t("rol." + r.name())));
        model.addAttribute("f", f);
        model.addAttribute("fouten", fouten);
    }

    private void vulAanvraag(
            Model model,
            AccountAanvraag a,
            @Nullable Fouten fouten,
            @Nullable String gebruikersnaam,
            @Nullable String conflict) {
        AanvraagWeergave w = weergave(a);
        model.addAttribute("a", w);
        model.addAttribute("fouten", fouten);
        model.addAttribute("gebruikersnaam", gebruikersnaam == null ? w.voorstel() : gebruikersnaam);
        model.addAttribute("conflict", conflict);
    }

    AanvraagWeergave weergave(AccountAanvraag a) {
        String gemeente = gemeenten.vind(a.gemeenteCode()).map(Gemeente::naam).orElse(a.gemeenteCode());
        String titel = aanvragen
                .samenwerking(a.samenwerkingId())
                .map(AanvraagBron.Bron::titel)
                .orElse("");
        String door = accounts.vindOpNaam(a.aangevraagdDoor())
                .map(Account::weergavenaam)
                .orElse(a.aangevraagdDoor());
        return new AanvraagWeergave(a, gemeente, titel, door, a.open() ? aanvragen.voorstel(a) : "");
    }
}
