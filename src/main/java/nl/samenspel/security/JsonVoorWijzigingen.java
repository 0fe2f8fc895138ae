package nl.samenspel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every write to the API ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) must say it is JSON:
 * {@code Content-Type: application/json} or a {@code +json} variant; a write without a body may send
 * {@code X-Requested-With} instead. A browser cannot send either to another site without asking it first (CORS
 * preflight, which Samenspel never grants), so a page elsewhere cannot use cached Basic credentials to change
 * anything (docs/adr/0004-toegang.md). Anything else gets 415 before any password is checked.
 */
final class JsonVoorWijzigingen extends OncePerRequestFilter {

    static final Set<String> WIJZIGINGEN = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ApiFouten apiFouten;

    JsonVoorWijzigingen(ApiFouten apiFouten) {
        this.apiFouten = apiFouten;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WIJZIGINGEN.contains(request.getMethod()) || !SecurityConfig.API.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isJson(request.getContentType())
                || (zonderInhoud(request) && heeftWaarde(request.getHeader("X-Requested-With")))) {
            chain.doFilter(request, response);
        } else {
            apiFouten.geenJson(request, response);
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return "application".equals(type.getType())
                    && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean zonderInhoud(HttpServletRequest request) {
        return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
    }

    private static boolean heeftWaarde(String header) {
        return header != null && !header.isBlank();
    }
}
