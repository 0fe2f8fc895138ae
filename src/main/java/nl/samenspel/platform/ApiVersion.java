package nl.samenspel.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Logius API Design Rules: every API response names the full semver of the API. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiVersion extends OncePerRequestFilter {

    public static final String HEADER = "API-Version";
    public static final String VERSIE = "1.5.0";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            response.setHeader(HEADER, VERSIE);
        }
        chain.doFilter(request, response);
    }
}
