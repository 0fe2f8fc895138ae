package nl.samenspel.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks every request parameter (form fields and query string) with {@link Tekens} before any controller runs,
 * so no module can forget it and nothing is stored. JSON bodies are checked by {@link JsonInvoer}.
 *
 * <p>The API answers with the usual 400 problem ({@link ApiProblemen}, field in {@code invalidParams}). A page
 * shows the form again: the refused fields with the text as typed and the reason next to it, the other fields
 * unchanged as hidden fields, posting to the same address, so that correcting the text and sending it again is
 * all it takes.
 */
@Configuration(proxyBeanMethods = false)
public class TekenControle implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Controle()).order(Ordered.HIGHEST_PRECEDENCE);
    }

    /** Refused characters in one or more parameters; {@code waarden} are all parameters as sent. */
    static final class OngeldigeTekensException extends OngeldigeInvoerException {

        private final transient Map<String, String[]> waarden;

        OngeldigeTekensException(Fouten fouten, Map<String, String[]> waarden) {
            super(fouten);
            this.waarden = waarden;
        }
    }

    static final class Controle implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            // Only the request itself: an error dispatch carries the same parameters and must render its page.
            if (!(handler instanceof HandlerMethod) || request.getDispatcherType() != DispatcherType.REQUEST) {
                return true;
            }
            Fouten fouten = new Fouten();
            for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
                Tekens.controleer(fouten, Tekens.toegestaan(p.getKey()) ? p.getKey() : "?", p.getKey());
                for (String waarde : p.getValue()) {
                    Tekens.controleer(fouten, p.getKey(), waarde);
                }
            }
            if (!fouten.leeg()) {
                throw new OngeldigeTekensException(fouten, request.getParameterMap());
            }
            return true;
        }
    }

    /** One field of the re-shown form. */
    public record Veld(String naam, String waarde, boolean geweigerd) {

        public boolean wachtwoord() {
            return naam.toLowerCase(java.util.Locale.ROOT).contains("wachtwoord");
        }
    }

    /** Pages only: API controllers are answered first by {@link ApiProblemen}. */
    @ControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    static class Pagina {

        private final UiAdvice.UiFactory ui;

        Pagina(UiAdvice.UiFactory ui) {
            this.ui = ui;
        }

        @ExceptionHandler(OngeldigeTekensException.class)
        ModelAndView opnieuw(OngeldigeTekensException e, HttpServletRequest request) {
            List<Veld> velden = new ArrayList<>();
            String csrf = ui.voor(request).csrfNaam();
            e.waarden.forEach((naam, waarden) -> {
                boolean geweigerd = e.fouten().heeft(naam);
                if (naam.equals(csrf) || !Tekens.toegestaan(naam)) {
                    return;
                }
                if (naam.toLowerCase(java.util.Locale.ROOT).contains("wachtwoord")) {
                    // Never echo a password into a page; a refused one is asked for again.
                    if (geweigerd) {
                        velden.add(new Veld(naam, "", true));
                    }
                    return;
                }
                for (String waarde : waarden) {
                    velden.add(new Veld(naam, waarde, geweigerd));
                }
            });
            ModelAndView view = new ModelAndView("pages/invoer-geweigerd", HttpStatus.BAD_REQUEST);
            view.addObject("ui", ui.voor(request));
            view.addObject("fouten", e.fouten());
            view.addObject("velden", velden);
            view.addObject("post", "POST".equalsIgnoreCase(request.getMethod()));
            view.addObject(
                    "actie",
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            return view;
        }
    }
}
