package nl.samenspel.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The servlet error page ({@code /error}) for everything no controller advice answered: unknown paths, trailing
 * slashes, wrong methods and media types, refused requests, access denied on pages, and exceptions outside MVC.
 * API URLs get problem+json ({@link Problemen}); page URLs the Dutch error page with the normal layout, unless the
 * client asks for JSON only ({@link Problemen#wilProbleem}). Never a stack trace. Asked for directly, {@code /error}
 * does not exist (404).
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class FoutController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(FoutController.class);

    private final Problemen problemen;
    private final Teksten teksten;
    private final UiAdvice.UiFactory ui;

    FoutController(Problemen problemen, Teksten teksten, UiAdvice.UiFactory ui) {
        this.problemen = problemen;
        this.teksten = teksten;
        this.ui = ui;
    }

    @RequestMapping
    @Nullable
    ModelAndView fout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        String soort = request.getAttribute(Problemen.SOORT) instanceof String s ? s : Problemen.soort(status.value());
        String detail = request.getAttribute(Problemen.DETAIL) instanceof String d ? d : null;
        if (status.is5xxServerError() && detail == null) {
            String kenmerk = Long.toString(System.nanoTime(), 36);
            Object fout = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (fout instanceof Throwable t) {
                LOG.error(
                        "event=onverwachte-fout kenmerk={} status={} pad={}",
                        kenmerk,
                        status.value(),
                        Problemen.pad(request),
                        t);
            } else {
                LOG.error(
                        "event=onverwachte-fout kenmerk={} status={} pad={}",
                        kenmerk,
                        status.value(),
                        Problemen.pad(request));
            }
            detail = teksten.t("probleem.onverwacht.detail", kenmerk);
        }
        if (Problemen.wilProbleem(request)) {
            ProblemDetail p = problemen.probleem(status, soort, request);
            if (detail != null) {
                p.setDetail(detail);
            }
            problemen.schrijf(request, response, p);
            return null;
        }
        ModelAndView view = new ModelAndView("pages/fout", status);
        view.addObject("ui", ui.voor(request));
        view.addObject("status", status.value());
        view.addObject("titel", teksten.t("probleem." + soort + ".titel"));
        view.addObject("detail", detail != null ? detail : teksten.t("foutpagina." + soort));
        return view;
    }

    /** The status of the error being shown; a direct request for {@code /error} is a 404. */
    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer waarde)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = Problemen.status(waarde);
        return status.isError() ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
