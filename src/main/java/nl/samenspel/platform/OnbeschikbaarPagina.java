package nl.samenspel.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The Dutch page for a 503 (the database cannot be reached); every other status is {@link FoutPaginas}'s. */
@Component
@Order(-1)
class OnbeschikbaarPagina implements ErrorViewResolver {

    private final UiAdvice.UiFactory ui;

    OnbeschikbaarPagina(UiAdvice.UiFactory ui) {
        this.ui = ui;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.SERVICE_UNAVAILABLE) {
            return null;
        }
        ModelAndView view = new ModelAndView("pages/fout", status);
        view.addObject("ui", ui.voor(request));
        view.addObject("status", status.value());
        view.addObject("soort", "onbeschikbaar");
        return view;
    }
}
