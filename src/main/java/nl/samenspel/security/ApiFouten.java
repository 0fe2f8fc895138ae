package nl.samenspel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.samenspel.platform.ApiVersion;
import nl.samenspel.platform.Teksten;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for the API as Dutch problem+json instead of a login redirect. */
@Component
class ApiFouten implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Teksten teksten;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiFouten(Teksten teksten) {
        this.teksten = teksten;
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
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", "https://samenspel.nl/problemen/" + soort);
        body.put("title", teksten.t("probleem." + soort + ".titel"));
        body.put("status", status);
        body.put("detail", teksten.t("probleem." + soort + ".detail"));
        body.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setHeader(ApiVersion.HEADER, ApiVersion.VERSIE);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
