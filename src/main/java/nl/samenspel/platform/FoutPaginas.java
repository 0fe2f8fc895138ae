package nl.samenspel.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Dutch error pages for the browser, rendered with the normal layout; never a stack trace. */
@Component
class FoutPaginas implements ErrorViewResolver {

    private final UiAdvice.UiFactory ui;

    FoutPaginas(UiAdvice.UiFactory ui) {
        this.ui = ui;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String soort = switch (status.value()) {
            case 403 -> "geen-toegang";
            case 404 -> "niet-gevonden";
            case 400 -> "onleesbaar";
            case 405 -> "methode";
            case 409 -> "conflict";
            default -> "onverwacht";
        };
        ModelAndView view = new ModelAndView("pages/fout", status);
        view.addObject("ui", ui.voor(request));
        view.addObject("status", status.value());
        view.addObject("soort", soort);
        return view;
    }
}
