package nl.samenspel.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in. */
@Controller
class StartController {

    @GetMapping("/")
    String start() {
        return "pages/start";
    }
}
