package nl.samenspel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt that must still wait ({@link InlogRem}) before any password is checked: the login
 * form goes back to the form with the waiting time, HTTP Basic gets 429 with {@code Retry-After}.
 */
final class InlogRemFilter extends OncePerRequestFilter {

    private final InlogRem rem;
    private final ApiFouten apiFouten;

    InlogRemFilter(InlogRem rem, ApiFouten apiFouten) {
        this.rem = rem;
        this.apiFouten = apiFouten;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean formulier = "POST".equals(request.getMethod()) && "/inloggen".equals(request.getRequestURI());
        String naam = formulier ? request.getParameter("gebruikersnaam") : basicNaam(request);
        if (naam != null) {
            Duration wacht = rem.wachttijd(naam, request.getRemoteAddr());
            if (!wacht.isZero() && !wacht.isNegative()) {
                long seconden = seconden(wacht);
                if (formulier) {
                    response.sendRedirect("/inloggen?wacht=" + seconden);
                } else {
                    apiFouten.teVaak(request, response, seconden);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Rounded up: waiting the announced time is always enough. */
    static long seconden(Duration wacht) {
        return Math.max(1, (wacht.toMillis() + 999) / 1000);
    }

    /** The user name of a Basic header, or null without (a well-formed) one. */
    static @Nullable String basicNaam(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String paar =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int dubbelepunt = paar.indexOf(':');
            return dubbelepunt < 0 ? null : paar.substring(0, dubbelepunt);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
