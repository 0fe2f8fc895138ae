package nl.samenspel.samenwerking.web;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.platform.Pagina;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.samenwerking.Toetsstatus;
import nl.samenspel.samenwerking.VolgendeStap;
import nl.samenspel.samenwerking.VolgendeStappen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import nl.samenspel.security.Rol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page after sign-in, answering "what should I do now?": the user's own samenwerkingen first, with
 * phase, check status and the next step with who it waits for; then the practice cases apart (clearly practice).
 * Staff and aldermen of a municipality first see what their municipality still has to do; a council member gets
 * the link to their municipality's overview and no next steps (they act on nothing). Staff of a shared organisation
 * (UITVOERDER) see the samenwerkingen they carry out, read-only, or how they come to see one.
 */
@Controller
class StartPaginas {

    static final int MAX_OP_START = 10;

    private final Samenwerkingen samenwerkingen;
    private final VolgendeStappen volgendeStappen;
    private final ObjectProvider<Toetsstatus> toetsstatus;
    private final AccountOverzichten accountOverzichten;

    StartPaginas(
            Samenwerkingen samenwerkingen,
            VolgendeStappen volgendeStappen,
            ObjectProvider<Toetsstatus> toetsstatus,
            AccountOverzichten accountOverzichten) {
        this.accountOverzichten = accountOverzichten;
        this.samenwerkingen = samenwerkingen;
        this.volgendeStappen = volgendeStappen;
        this.toetsstatus = toetsstatus;
    }

    @GetMapping("/")
    String start(Model model) {
        Gebruiker g = HuidigeGebruiker.get();
        Pagina<Samenwerking> mijn = samenwerkingen.zichtbaar(false, false, 1, MAX_OP_START);
        Pagina<Samenwerking> oefen = samenwerkingen.zichtbaar(false, true, 1, MAX_OP_START);
        // Who acts on a samenwerking sees its next step; a council member only reads.
        boolean handelt = g.heeftEenVan(Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER, Rol.BEHEERDER);
        List<StartRegel> regels = regels(g, mijn.items(), handelt);
        model.addAttribute("mijn", mijn);
        model.addAttribute("regels", regels);
        model.addAttribute("oefen", regels(g, oefen.items(), handelt));
        model.addAttribute("kanAanmaken", samenwerkingen.kanAanmaken(g));
        model.addAttribute("kanOefenen", SamenwerkingRechten.oefeningMaken(g));
        String gemeente = g.heeft(Rol.RAADSLID) ? g.gemeenteCode() : null;
        model.addAttribute("raadGemeente", gemeente == null ? "" : gemeente);
        // Staff and aldermen: what their municipality must still do, per samenwerking.
        boolean voorGemeente = g.heeftEenVan(Rol.AMBTENAAR, Rol.BESTUURDER) && g.gemeenteCode() != null;
        model.addAttribute("voorGemeente", voorGemeente);
        model.addAttribute(
                "taken", regels.stream().filter(r -> !r.mijnPunten().isEmpty()).toList());
        model.addAttribute("beheer", g.heeft(Rol.BEHEERDER) ? accountOverzichten.voorBeheerder() : null);
        // Staff of a shared organisation see what they carry out, or how that comes about (no empty count).
        model.addAttribute("uitvoerder", alleenUitvoerder(g));
        return "pages/samenwerking/start";
    }

    /** Staff of a shared organisation who see samenwerkingen through a seat on the execution line only. */
    static boolean alleenUitvoerder(Gebruiker g) {
        return g.heeft(Rol.UITVOERDER)
                && !g.heeftEenVan(Rol.BEHEERDER, Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER, Rol.RAADSLID);
    }

    private List<StartRegel> regels(Gebruiker g, List<Samenwerking> lijst, boolean handelt) {
        Toetsstatus status = toetsstatus.getIfAvailable();
        List<VolgendeStap> stappen = handelt ? volgendeStappen.van(lijst) : List.of();
        List<StartRegel> uit = new ArrayList<>();
        for (int i = 0; i < lijst.size(); i++) {
            Samenwerking s = lijst.get(i);
            VolgendeStap v = handelt ? stappen.get(i) : null;
            uit.add(new StartRegel(
                    s, status == null ? null : status.van(s.id()).orElse(null), v, v == null ? List.of() : v.voor(g)));
        }
        return uit;
    }
}
