package nl.samenspel.samenwerking.web;

import java.util.List;
import nl.samenspel.platform.Pagina;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.samenwerking.Toetsstatus;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.security.Rol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page after sign-in: the user's own samenwerkingen first, with phase and check status, then the
 * practice cases apart (clearly practice); a council member also gets the link to their municipality's overview.
 */
@Controller
class StartPaginas {

    static final int MAX_OP_START = 10;

    private final Samenwerkingen samenwerkingen;
    private final ObjectProvider<Toetsstatus> toetsstatus;
    private final AccountOverzichten accountOverzichten;

    StartPaginas(
            Samenwerkingen samenwerkingen,
            ObjectProvider<Toetsstatus> toetsstatus,
            AccountOverzichten accountOverzichten) {
        this.accountOverzichten = accountOverzichten;
        this.samenwerkingen = samenwerkingen;
        this.toetsstatus = toetsstatus;
    }

    @GetMapping("/")
    String start(Model model) {
        Gebruiker g = HuidigeGebruiker.get();
        Pagina<Samenwerking> mijn = samenwerkingen.zichtbaar(false, false, 1, MAX_OP_START);
        Pagina<Samenwerking> oefen = samenwerkingen.zichtbaar(false, true, 1, MAX_OP_START);
        model.addAttribute("mijn", mijn);
        model.addAttribute("regels", regels(mijn.items()));
        model.addAttribute("oefen", regels(oefen.items()));
        model.addAttribute("kanAanmaken", samenwerkingen.kanAanmaken(g));
        model.addAttribute("kanOefenen", SamenwerkingRechten.oefeningMaken(g));
        String gemeente = g.heeft(Rol.RAADSLID) ? g.gemeenteCode() : null;
        model.addAttribute("raadGemeente", gemeente == null ? "" : gemeente);
        model.addAttribute("beheer", g.heeft(Rol.BEHEERDER) ? accountOverzichten.voorBeheerder() : null);
        return "pages/samenwerking/start";
    }

    private List<StartRegel> regels(List<Samenwerking> lijst) {
        Toetsstatus status = toetsstatus.getIfAvailable();
        return lijst.stream()
                .map(s -> new StartRegel(
                        s, status == null ? null : status.van(s.id()).orElse(null)))
                .toList();
    }
}
