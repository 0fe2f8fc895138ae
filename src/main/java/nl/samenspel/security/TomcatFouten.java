package nl.samenspel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.samenspel.platform.Problemen;
import nl.samenspel.platform.Teksten;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors Tomcat answers before the application sees the request (a {@code %00} or {@code %2F} in the path, a header
 * that is too large, a request line it cannot read) get the same answer as every other error: problem+json on API
 * URLs, a plain Dutch page elsewhere, both with the security headers. This replaces Tomcat's English error report
 * valve on the host; everything the application answers itself is left untouched.
 */
@Component
class TomcatFouten implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Problemen problemen;
    private final Teksten teksten;
    private final Beveiligingsheaders headers;

    TomcatFouten(Problemen problemen, Teksten teksten, Beveiligingsheaders headers) {
        this.problemen = problemen;
        this.teksten = teksten;
        this.headers = headers;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            // Just before the host starts, after every other customizer added its valves.
            host.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    vervangFoutrapport(host);
                }
            });
        });
    }

    private void vervangFoutrapport(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof Foutrapport)) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof StandardHost standaard) {
            standaard.setErrorReportValveClass(Foutrapport.class.getName());
        }
        host.getPipeline().addValve(new Foutrapport());
    }

    /** Tomcat's error report with our answer. */
    private final class Foutrapport extends ErrorReportValve {

        Foutrapport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean kanSchrijven = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, kanSchrijven);
            if (!kanSchrijven.get()) {
                return;
            }
            try {
                headers.metHeaders(
                        request.getRequest(),
                        response.getResponse(),
                        (req, res) -> schrijf((HttpServletRequest) req, (HttpServletResponse) res, status));
                response.finishResponse();
            } catch (IOException | RuntimeException | jakarta.servlet.ServletException e) {
                // The client is gone or the response is unusable; there is nobody left to tell.
            }
        }

        private void schrijf(HttpServletRequest request, HttpServletResponse response, int waarde) throws IOException {
            HttpStatus status = HttpStatus.resolve(waarde);
            if (status == null) {
                status = HttpStatus.BAD_REQUEST;
            }
            String soort = Problemen.soort(status.value());
            if (Problemen.wilProbleem(request)) {
                problemen.schrijf(request, response, status, soort);
                return;
            }
            String titel = HtmlUtils.htmlEscape(teksten.t("probleem." + soort + ".titel"));
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<!DOCTYPE html>\n<html lang=\"nl\">\n<head><meta charset=\"utf-8\"><title>"
                            + titel + " \u2013 " + HtmlUtils.htmlEscape(teksten.t("app.naam"))
                            + "</title></head>\n<body>\n<h1>"
                            + titel + "</h1>\n<p>" + HtmlUtils.htmlEscape(teksten.t("foutpagina." + soort))
                            + "</p>\n<p>"
                            + HtmlUtils.htmlEscape(teksten.t("fout.statuscode", status.value()))
                            + "</p>\n<p><a href=\"/\">"
                            + HtmlUtils.htmlEscape(teksten.t("fout.naar-start")) + "</a></p>\n</body>\n</html>\n");
        }
    }
}
