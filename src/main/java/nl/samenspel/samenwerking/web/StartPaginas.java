package nl.samenspel.samenwerking.web;

import nl.samenspel.platform.Pagina;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: the user's own samenwerkingen first. */
@Controller
class StartPaginas {

    static final int MAX_OP_START = 10;

    private final Samenwerkingen samenwerkingen;

    StartPaginas(Samenwerkingen samenwerkingen) {
        this.samenwerkingen = samenwerkingen;
    }

    @GetMapping("/")
    String start(Model model) {
        Pagina<Samenwerking> mijn = samenwerkingen.zichtbaar(false, 1, MAX_OP_START);
        model.addAttribute("mijn", mijn);
        model.addAttribute("kanAanmaken", samenwerkingen.kanAanmaken(nl.samenspel.security.HuidigeGebruiker.get()));
        return "pages/samenwerking/start";
    }
}
