package nl.samenspel.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.samenspel.platform.Problemen;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a one-time password can do nothing but choose their own password: every page sends them to
 * {@value #PAGINA}, every API request but {@value #API} gets 403 problem+json that says so. Runs after the security chain (it reads
 * the signed-in account), so sign-in itself, its throttling and the login form are untouched.
 */
final class WachtwoordWijzigenFilter extends OncePerRequestFilter {

    static final String PAGINA = "/wachtwoord-wijzigen";
    static final String API = "/api/v1/mij/wachtwoord";

    /**
     * What such a user still needs: the page itself and its API twin, signing out, the stylesheets and scripts, the
     * error page.
     */
    private static final List<String> VRIJ = List.of(PAGINA, API, "/uitloggen", "/inloggen", "/error", "/favicon.ico");

    private final Problemen problemen;

    WachtwoordWijzigenFilter(Problemen problemen) {
        this.problemen = problemen;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (moetWijzigen() && !vrij(request.getRequestURI())) {
            if (Problemen.isApi(request)) {
                problemen.schrijf(request, response, HttpStatus.FORBIDDEN, "wachtwoord-wijzigen");
            } else {
                response.sendRedirect(PAGINA);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean moetWijzigen() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getPrincipal() instanceof AccountDetails details
                && details.moetWachtwoordWijzigen();
    }

    static boolean vrij(String pad) {
        return VRIJ.contains(pad) || pad.startsWith("/assets/");
    }
}
