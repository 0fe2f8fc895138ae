package nl.samenspel.account;

import nl.samenspel.platform.Tijdstip;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.Gemeenten;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.VersieConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account management pages for the BEHEERDER; all rules live in {@link AccountService}. */
@Controller
@RequestMapping("/beheer/accounts")
class AccountBeheerController {


    private final AccountService accounts;
    private final Gemeenten gemeenten;

    AccountBeheerController(AccountService accounts, Gemeenten gemeenten) {
        this.accounts = accounts;
        this.gemeenten = gemeenten;
    }

    @GetMapping
    String lijst(Model model) {
        List<Account> alle = accounts.alle();
        Map<String, String> gemeenteNamen = new LinkedHashMap<>();
        gemeenten.vindAlle(alle.stream().map(Account::gemeenteCode).filter(Objects::nonNull).distinct().toList())
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
    String maak(@RequestParam(required = false) String gebruikersnaam, @RequestParam(required = false) String weergavenaam,
            @RequestParam(required = false) String wachtwoord, @RequestParam(required = false) List<String> rollen,
            @RequestParam(required = false) String gemeenteCode, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.maak(new AccountService.Invoer(gebruikersnaam, weergavenaam, wachtwoord, rollen, gemeenteCode));
        } catch (OngeldigeInvoerException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fouten", e.fouten());
            model.addAttribute("gebruikersnaam", gebruikersnaam);
            model.addAttribute("weergavenaam", weergavenaam);
            model.addAttribute("gekozenRollen", rollen == null ? List.of() : rollen);
            model.addAttribute("gemeenteCode", gemeenteCode);
            model.addAttribute("gemeenten", alleGemeenten());
            return "pages/account/nieuw";
        }
        redirect.addFlashAttribute("melding", "account.melding.aangemaakt");
        redirect.addFlashAttribute("meldingNaam", gebruikersnaam);
        return "redirect:/beheer/accounts";
    }

    @GetMapping("/{id}")
    String bewerk(@PathVariable long id, Model model) {
        Account a = accounts.vind(id);
        vulFormulier(model, a, a.weergavenaam(), a.rollen().stream().map(Enum::name).toList(), a.gemeenteCode(), a.actief());
        return "pages/account/bewerk";
    }

    @PostMapping("/{id}")
    String wijzig(@PathVariable long id, @RequestParam(required = false) String weergavenaam,
            @RequestParam(required = false) List<String> rollen, @RequestParam(required = false) String gemeenteCode,
            @RequestParam(required = false) String actief, @RequestParam(required = false) String versie, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        boolean isActief = "true".equals(actief);
        List<String> gekozen = rollen == null ? List.of() : rollen;
        try {
            accounts.wijzig(id, versie(versie), new AccountService.Wijziging(weergavenaam, gekozen, gemeenteCode, isActief));
        } catch (OngeldigeInvoerException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fouten", e.fouten());
            vulFormulier(model, accounts.vind(id), weergavenaam, gekozen, gemeenteCode, isActief);
            model.addAttribute("versie", versie(versie));
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
    String wachtwoord(@PathVariable long id, @RequestParam(required = false) String wachtwoord,
            @RequestParam(required = false) String versie, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.wijzigWachtwoord(id, versie(versie), wachtwoord);
        } catch (OngeldigeInvoerException | VersieConflictException e) {
            Account a = accounts.vind(id);
            vulFormulier(model, a, a.weergavenaam(), a.rollen().stream().map(Enum::name).toList(), a.gemeenteCode(), a.actief());
            if (e instanceof OngeldigeInvoerException o) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("wachtwoordFouten", o.fouten());
            } else {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("wachtwoordFouten", new Fouten().voeg("wachtwoord", "fout.versie-conflict"));
            }
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


    private void vulFormulier(Model model, Account a, String weergavenaam, List<String> rollen, @Nullable String gemeenteCode,
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
        gemeenten.vind(a.gemeenteCode() == null ? "" : a.gemeenteCode())
                .ifPresent(g -> model.addAttribute("gemeenteNaam", g.naam()));
    }

    private List<Gemeente> alleGemeenten() {
        return gemeenten.zoek(null, null, 1, 1000).items();
    }

    /** A missing or mangled version cannot match any stored one: treat it as a conflict. */
    private static long versie(String versie) {
        try {
            return Long.parseLong(versie == null ? "" : versie.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
