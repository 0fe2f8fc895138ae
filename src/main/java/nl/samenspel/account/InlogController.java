package nl.samenspel.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InlogController {

    @GetMapping("/inloggen")
    String inloggen(HttpServletRequest request, Model model) {
        if (request.getParameter("fout") != null) {
            model.addAttribute("melding", "inloggen.fout");
            model.addAttribute("meldingSoort", "error");
        } else if (request.getParameter("geblokkeerd") != null) {
            model.addAttribute("melding", "inloggen.geblokkeerd");
            model.addAttribute("meldingSoort", "error");
        } else if (request.getParameter("uitgelogd") != null) {
            model.addAttribute("melding", "inloggen.uitgelogd");
            model.addAttribute("meldingSoort", "ok");
        }
        return "pages/inloggen";
    }
}
