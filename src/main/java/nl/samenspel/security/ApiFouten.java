package nl.samenspel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.samenspel.platform.DatabaseOnbereikbaar;
import nl.samenspel.platform.Problemen;
import nl.samenspel.platform.Teksten;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The API's answers from the security filters as Dutch problem+json instead of a login redirect: 401 (with
 * {@code WWW-Authenticate}), 403, 415 for a write that is not JSON, 429 for a throttled login and 503 when the
 * database cannot be reached while checking a password.
 */
@Component
class ApiFouten implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Basic realm=\"Samenspel\"";

    private final Problemen problemen;
    private final Teksten teksten;
    private final AuthenticationTrustResolver vertrouwen = new AuthenticationTrustResolverImpl();

    ApiFouten(Problemen problemen, Teksten teksten) {
        this.problemen = problemen;
        this.teksten = teksten;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException && DatabaseOnbereikbaar.is(e)) {
            schrijf(request, response, 503, "onbeschikbaar");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
        schrijf(request, response, 401, "niet-ingelogd");
    }

    /** Denied without being signed in (e.g. a write without CSRF token and without credentials) is a 401. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        var wie = SecurityContextHolder.getContext().getAuthentication();
        if (wie == null || vertrouwen.isAnonymous(wie)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
            schrijf(request, response, 401, "niet-ingelogd");
        } else {
            schrijf(request, response, 403, "geen-toegang");
        }
    }

    void geenJson(HttpServletRequest request, HttpServletResponse response) throws IOException {
        schrijf(request, response, 415, "json-vereist");
    }

    void teVaak(HttpServletRequest request, HttpServletResponse response, long seconden) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconden));
        ProblemDetail p = problemen.probleem(HttpStatus.TOO_MANY_REQUESTS, "inloggen-te-vaak", request);
        p.setDetail(teksten.t("probleem.inloggen-te-vaak.detail", seconden));
        problemen.schrijf(request, response, p);
    }

    private void schrijf(HttpServletRequest request, HttpServletResponse response, int status, String soort)
            throws IOException {
        problemen.schrijf(request, response, HttpStatus.valueOf(status), soort);
    }
}
