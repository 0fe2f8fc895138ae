package nl.samenspel.raad.web;

import nl.samenspel.raad.Raadsoverzichten;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The council's overview of a samenwerking: one read-only page, without forms. */
@Controller
class RaadPaginas {

    private final Raadsoverzichten overzichten;

    RaadPaginas(Raadsoverzichten overzichten) {
        this.overzichten = overzichten;
    }

    @GetMapping("/samenwerkingen/{id}/voor-de-raad")
    String overzicht(@PathVariable long id, @RequestParam(required = false) @Nullable String gemeente, Model model) {
        model.addAttribute("o", overzichten.voor(id, gemeente));
        // A council member sees their own municipality and nothing to choose; others may look at each party.
        model.addAttribute("raadslid", Raadsoverzichten.alleenRaadslid(HuidigeGebruiker.get()));
        return "pages/raad/overzicht";
    }
}
