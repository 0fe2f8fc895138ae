package nl.samenspel.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.samenspel.platform.Problemen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Requests the firewall refuses ({@code ..}, {@code ;}, encoded slashes, control characters): a 400 like every other
 * error, problem+json on API URLs and the Dutch error page on page URLs, with the same security headers as any
 * response (the firewall runs before the filter chain that normally writes them).
 */
@Component
class AfgewezenVerzoeken implements RequestRejectedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AfgewezenVerzoeken.class);
    static final String SOORT = "adres-geweigerd";

    private final Problemen problemen;
    private final Beveiligingsheaders headers;

    AfgewezenVerzoeken(Problemen problemen, Beveiligingsheaders headers) {
        this.problemen = problemen;
        this.headers = headers;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException, ServletException {
        // The path itself is not logged: it is what the firewall refused (it may hold control characters).
        LOG.debug("event=verzoek-geweigerd methode={}", request.getMethod());
        request.setAttribute(Problemen.SOORT, SOORT);
        headers.metHeaders(
                request, response, (req, res) -> antwoord((HttpServletRequest) req, (HttpServletResponse) res));
    }

    private void antwoord(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (Problemen.wilProbleem(request)) {
            problemen.schrijf(request, response, HttpStatus.BAD_REQUEST, SOORT);
        } else {
            // The error page (FoutController) renders the Dutch page for the kind set above.
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
