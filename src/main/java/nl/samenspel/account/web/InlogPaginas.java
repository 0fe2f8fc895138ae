package nl.samenspel.account.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenspel.account.*;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.Gemeenten;
import nl.samenspel.platform.Teksten;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InlogPaginas {

    /**
     * The demo accounts of nl.samenspel.demo.DemoAccounts (that module depends on this one, so the names are
     * repeated here). Only accounts that really exist and are active are shown.
     */
    static final List<String> DEMO_ACCOUNTS = List.of(
            "beheerder",
            "regisseur",
            "ambtenaar1",
            "ambtenaar2",
            "ambtenaar3",
            "bestuurder1",
            "raadslid1",
            "uitvoerder");

    static final String DEMO_WACHTWOORD = "samenspel";

    private final boolean demo;
    private final AccountService accounts;
    private final Gemeenten gemeenten;
    private final Teksten teksten;

    InlogPaginas(
            @Value("${samenspel.demo.enabled:false}") boolean demo,
            AccountService accounts,
            Gemeenten gemeenten,
            Teksten teksten) {
        this.demo = demo;
        this.accounts = accounts;
        this.gemeenten = gemeenten;
        this.teksten = teksten;
    }

    @GetMapping("/inloggen")
    String inloggen(HttpServletRequest request, Model model) {
        if (request.getParameter("fout") != null) {
            model.addAttribute("melding", "inloggen.fout");
            model.addAttribute("meldingSoort", "error");
        } else if (request.getParameter("wacht") != null) {
            model.addAttribute("melding", teksten.t("inloggen.wacht", wachtSeconden(request.getParameter("wacht"))));
            model.addAttribute("meldingSoort", "error");
        } else if (request.getParameter("rechten-gewijzigd") != null) {
            model.addAttribute("melding", "inloggen.rechten-gewijzigd");
            model.addAttribute("meldingSoort", "warning");
        } else if (request.getParameter("uitgelogd") != null) {
            model.addAttribute("melding", "inloggen.uitgelogd");
            model.addAttribute("meldingSoort", "ok");
        }
        if (demo) {
            model.addAttribute("demoAccounts", demoAccounts());
            model.addAttribute("demoWachtwoord", DEMO_WACHTWOORD);
        }
        return "pages/inloggen";
    }

    /** The waiting time the throttle put in the address; anything odd reads as one second (it is only a hint). */
    static long wachtSeconden(String waarde) {
        try {
            long seconden = Long.parseLong(waarde);
            return seconden < 1 || seconden > 3600 ? 1 : seconden;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** User name → short description ("Ambtenaar, Zeist"). */
    Map<String, String> demoAccounts() {
        Map<String, String> lijst = new LinkedHashMap<>();
        for (String naam : DEMO_ACCOUNTS) {
            accounts.vindOpNaam(naam).filter(Account::actief).ifPresent(a -> {
                String rollen = a.rollen().stream()
                        .map(r -> teksten.t("rol." + r.name()))
                        .collect(Collectors.joining(", "));
                String gemeente = a.gemeenteCode() == null
                        ? null
                        : gemeenten.vind(a.gemeenteCode()).map(Gemeente::naam).orElse(a.gemeenteCode());
                lijst.put(naam, gemeente == null ? rollen : rollen + ", " + gemeente);
            });
        }
        return lijst;
    }
}
