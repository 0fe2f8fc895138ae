package nl.samenspel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.samenspel.platform.Problemen;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 for the API as Dutch problem+json instead of a login redirect. */
@Component
class ApiFouten implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problemen problemen;

    ApiFouten(Problemen problemen) {
        this.problemen = problemen;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Samenspel\"");
        schrijf(request, response, 401, "niet-ingelogd");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        schrijf(request, response, 403, "geen-toegang");
    }

    private void schrijf(HttpServletRequest request, HttpServletResponse response, int status, String soort)
            throws IOException {
        problemen.schrijf(request, response, HttpStatus.valueOf(status), soort);
    }
}
