package nl.samenspel.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one producer of API errors: RFC 9457 problem+json with a Dutch title and detail from
 * {@code probleem.<soort>.*}. Controller advice answers with {@link #antwoord}; filters, security handlers
 * and the error controller write straight to the response with {@link #schrijf}. Which URLs are API URLs
 * and how a status maps to a kind of problem is decided here as well, so pages and API never disagree.
 */
@Component
public class Problemen {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    /** Request attribute with the kind of problem ({@code soort}) when it is known better than the status says. */
    public static final String SOORT = Problemen.class.getName() + ".soort";
    /** Request attribute with a ready Dutch detail text to show instead of the standard one. */
    public static final String DETAIL = Problemen.class.getName() + ".detail";

    /** One invalid parameter, field or header (Logius API Design Rules: {@code invalidParams}). */
    public record OngeldigeParameter(String name, String reason) {}

    private final Teksten teksten;
    private final JsonMapper json = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    public Problemen(Teksten teksten) {
        this.teksten = teksten;
    }

    /** The path the client asked for, also while the error page for it is being rendered. */
    public static String pad(HttpServletRequest request) {
        Object origineel = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return origineel instanceof String s ? s : request.getRequestURI();
    }

    /** API URLs always get problem+json, whatever the client accepts. */
    public static boolean isApi(HttpServletRequest request) {
        String pad = pad(request);
        return pad != null && (pad.equals("/api") || pad.startsWith("/api/"));
    }

    /**
     * Errors on page URLs are a Dutch HTML page, unless the client named JSON in Accept and did not name HTML
     * (a wildcard names neither): then the same problem+json as the API. Browsers always get HTML.
     */
    public static boolean wilProbleem(HttpServletRequest request) {
        if (isApi(request)) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> soorten;
        try {
            soorten = MediaType.parseMediaTypes(accept);
        } catch (RuntimeException e) {
            return false;
        }
        boolean json = false;
        for (MediaType m : soorten) {
            if (m.isWildcardType() || m.isWildcardSubtype()) {
                continue;
            }
            if ((m.getType().equals("text") && m.getSubtype().equals("html"))
                    || m.getSubtype().equals("xhtml+xml")) {
                return false;
            }
            json |= m.getSubtype().equals("json") || m.getSubtype().endsWith("+json");
        }
        return json;
    }

    /** The kind of problem for a status without a more specific reason; names the message keys. */
    public static String soort(int status) {
        return switch (status) {
            case 400 -> "onleesbaar";
            case 401 -> "niet-ingelogd";
            case 403 -> "geen-toegang";
            case 404 -> "niet-gevonden";
            case 405 -> "methode";
            case 406 -> "niet-aanvaardbaar";
            case 409 -> "conflict";
            case 412 -> "versie-conflict";
            case 413 -> "te-groot";
            case 415 -> "mediatype";
            case 428 -> "versie-vereist";
            case 429 -> "te-vaak";
            case 503 -> "niet-beschikbaar";
            default -> status >= 500 ? "onverwacht" : "verzoek";
        };
    }

    /** A problem with the Dutch title and detail of {@code probleem.<soort>.*}. */
    public ProblemDetail probleem(HttpStatusCode status, String soort, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create("https://samenspel.nl/problemen/" + soort));
        p.setTitle(teksten.t("probleem." + soort + ".titel"));
        p.setDetail(teksten.t("probleem." + soort + ".detail"));
        p.setInstance(instance(request));
        return p;
    }

    /** A problem of the standard kind for this status. */
    public ProblemDetail probleem(HttpStatusCode status, HttpServletRequest request) {
        return probleem(status, soort(status.value()), request);
    }

    /** Adds the Logius {@code invalidParams} and a detail that names them. */
    public ProblemDetail metParameters(ProblemDetail p, List<OngeldigeParameter> parameters) {
        if (!parameters.isEmpty()) {
            p.setProperty("invalidParams", parameters);
            p.setDetail(String.join(
                    "; ",
                    parameters.stream().map(v -> v.name() + ": " + v.reason()).toList()));
        }
        return p;
    }

    /** For controller advice. */
    public static ResponseEntity<ProblemDetail> antwoord(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(PROBLEM_JSON).body(p);
    }

    /** For controller advice, with headers the status asks for ({@code Allow} with 405, {@code Accept} with 415). */
    public static ResponseEntity<ProblemDetail> antwoord(ProblemDetail p, HttpHeaders headers) {
        return ResponseEntity.status(p.getStatus())
                .headers(headers)
                .contentType(PROBLEM_JSON)
                .body(p);
    }

    /**
     * Writes the problem straight to the response, whatever the client accepts: for filters, security handlers
     * and the error controller. Headers already on the response (security headers, Allow) stay.
     */
    public void schrijf(HttpServletRequest request, HttpServletResponse response, ProblemDetail p) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(p.getStatus());
        if (isApi(request)) {
            response.setHeader(ApiVersion.HEADER, ApiVersion.VERSIE);
        }
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(p));
    }

    /** Shorthand for {@code schrijf(request, response, probleem(status, soort, request))}. */
    public void schrijf(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String soort)
            throws IOException {
        schrijf(request, response, probleem(status, soort, request));
    }

    private static @Nullable URI instance(HttpServletRequest request) {
        try {
            return URI.create(pad(request));
        } catch (IllegalArgumentException e) {
            // A path the firewall refused may not even be a valid URI; the problem then names no instance.
            return null;
        }
    }

    static HttpStatus status(int waarde) {
        HttpStatus s = HttpStatus.resolve(waarde);
        return s == null ? HttpStatus.INTERNAL_SERVER_ERROR : s;
    }
}
