package nl.samenspel.account.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.account.*;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.Gemeenten;
import nl.samenspel.platform.Formulieren;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Tijdstip;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account management pages for the BEHEERDER; all rules live in {@link AccountService}. Each form binds to a form
 * record (package {@code web}); errors go through its binding result ({@link Formulieren}).
 */
@Controller
@RequestMapping("/beheer/accounts")
class AccountBeheerPaginas {

    private final AccountService accounts;
    private final Gemeenten gemeenten;

    AccountBeheerPaginas(AccountService accounts, Gemeenten gemeenten) {
        this.accounts = accounts;
        this.gemeenten = gemeenten;
    }

    @GetMapping
    String lijst(Model model) {
        List<Account> alle = accounts.alle();
        Map<String, String> gemeenteNamen = new LinkedHashMap<>();
        gemeenten
                .vindAlle(alle.stream()
                        .map(Account::gemeenteCode)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .forEach(g -> gemeenteNamen.put(g.code(), g.naam()));
        Map<Long, String> geblokkeerd = new LinkedHashMap<>();
        for (Account a : alle) {
            Instant tot = accounts.wachtTot(a);
            if (tot != null) {
                geblokkeerd.put(a.id(), Tijdstip.KORT.format(tot));
            }
        }
        model.addAttribute("accounts", alle);
        model.addAttribute("gemeenteNamen", gemeenteNamen);
        model.addAttribute("geblokkeerd", geblokkeerd);
        return "pages/account/lijst";
    }

    @GetMapping("/nieuw")
    String nieuw(Model model) {
        model.addAttribute("gemeenten", alleGemeenten());
        return "pages/account/nieuw";
    }

    @PostMapping("/nieuw")
    String maak(
            @ModelAttribute NieuwAccountFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.maak(new AccountService.Invoer(
                    formulier.gebruikersnaam(),
                    formulier.weergavenaam(),
                    formulier.wachtwoord(),
                    formulier.rollen(),
                    formulier.gemeenteCode()));
        } catch (OngeldigeInvoerException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Formulieren.weiger(binding, e.fouten());
            model.addAttribute("fouten", Formulieren.fouten(binding));
            model.addAttribute("gebruikersnaam", formulier.gebruikersnaam());
            model.addAttribute("weergavenaam", formulier.weergavenaam());
            model.addAttribute("gekozenRollen", formulier.gekozenRollen());
            model.addAttribute("gemeenteCode", formulier.gemeenteCode());
            model.addAttribute("gemeenten", alleGemeenten());
            return "pages/account/nieuw";
        }
        redirect.addFlashAttribute("melding", "account.melding.aangemaakt");
        redirect.addFlashAttribute("meldingNaam", formulier.gebruikersnaam());
        return "redirect:/beheer/accounts";
    }

    @GetMapping("/{id}")
    String bewerk(@PathVariable long id, Model model) {
        Account a = accounts.vind(id);
        vulFormulier(
                model, a, a.weergavenaam(), a.rollen().stream().map(Enum::name).toList(), a.gemeenteCode(), a.actief());
        return "pages/account/bewerk";
    }

    @PostMapping("/{id}")
    String wijzig(
            @PathVariable long id,
            @ModelAttribute AccountFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean isActief = formulier.isActief();
        List<String> gekozen = formulier.gekozenRollen();
        String weergavenaam = formulier.weergavenaam();
        String gemeenteCode = formulier.gemeenteCode();
        try {
            accounts.wijzig(
                    id,
                    Versie.uitFormulier(formulier.versie()),
                    new AccountService.Wijziging(weergavenaam, gekozen, gemeenteCode, isActief));
        } catch (OngeldigeInvoerException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Formulieren.weiger(binding, e.fouten());
            model.addAttribute("fouten", Formulieren.fouten(binding));
            vulFormulier(model, accounts.vind(id), weergavenaam, gekozen, gemeenteCode, isActief);
            model.addAttribute("versie", Versie.uitFormulier(formulier.versie()));
            return "pages/account/bewerk";
        } catch (VersieConflictException e) {
            // The user's input stays; the form now carries the current version, so saving again is a deliberate choice.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Account actueel = accounts.vind(id);
            vulFormulier(model, actueel, weergavenaam, gekozen, gemeenteCode, isActief);
            model.addAttribute("conflict", true);
            model.addAttribute("actueel", actueel);
            return "pages/account/bewerk";
        }
        redirect.addFlashAttribute("melding", "account.melding.opgeslagen");
        return "redirect:/beheer/accounts/" + id;
    }

    @PostMapping("/{id}/wachtwoord")
    String wachtwoord(
            @PathVariable long id,
            @ModelAttribute WachtwoordFormulier formulier,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.wijzigWachtwoord(id, Versie.uitFormulier(formulier.versie()), formulier.wachtwoord());
        } catch (OngeldigeInvoerException | VersieConflictException e) {
            Account a = accounts.vind(id);
            vulFormulier(
                    model,
                    a,
                    a.weergavenaam(),
                    a.rollen().stream().map(Enum::name).toList(),
                    a.gemeenteCode(),
                    a.actief());
            if (e instanceof OngeldigeInvoerException o) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                Formulieren.weiger(binding, o.fouten());
            } else {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                Formulieren.weiger(binding, new Fouten().voeg("wachtwoord", "fout.versie-conflict"));
            }
            model.addAttribute("wachtwoordFouten", Formulieren.fouten(binding));
            return "pages/account/bewerk";
        }
        redirect.addFlashAttribute("melding", "account.melding.wachtwoord");
        return "redirect:/beheer/accounts/" + id;
    }

    @PostMapping("/{id}/deblokkeren")
    String deblokkeer(@PathVariable long id, RedirectAttributes redirect) {
        accounts.deblokkeer(id);
        redirect.addFlashAttribute("melding", "account.melding.gedeblokkeerd");
        return "redirect:/beheer/accounts/" + id;
    }

    private void vulFormulier(
            Model model,
            Account a,
            String weergavenaam,
            List<String> rollen,
            @Nullable String gemeenteCode,
            boolean actief) {
        model.addAttribute("account", a);
        model.addAttribute("versie", a.versie());
        model.addAttribute("weergavenaam", weergavenaam);
        model.addAttribute("gekozenRollen", rollen);
        model.addAttribute("gemeenteCode", gemeenteCode);
        model.addAttribute("actief", actief);
        model.addAttribute("gemeenten", alleGemeenten());
        Instant wachtTot = accounts.wachtTot(a);
        if (wachtTot != null) {
            model.addAttribute("geblokkeerdTot", Tijdstip.KORT.format(wachtTot));
        }
        gemeenten
                .vind(a.gemeenteCode() == null ? "" : a.gemeenteCode())
                .ifPresent(g -> model.addAttribute("gemeenteNaam", g.naam()));
    }

    private List<Gemeente> alleGemeenten() {
        return gemeenten.zoek(null, null, 1, 1000).items();
    }
}
