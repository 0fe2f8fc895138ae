package nl.samenspel.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

@ControllerAdvice
class UiAdvice {

    private final UiFactory factory;

    UiAdvice(UiFactory factory) {
        this.factory = factory;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        return factory.voor(request);
    }

    @Component
    static class UiFactory {
        private final Teksten teksten;
        private final Assets assets;

        UiFactory(Teksten teksten, Assets assets) {
            this.teksten = teksten;
            this.assets = assets;
        }

        Ui voor(HttpServletRequest request) {
            CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            String naam = null;
            Set<String> rollen = Set.of();
            if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
                naam = auth.getName();
                rollen = auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a)
                        .collect(Collectors.toUnmodifiableSet());
            }
            return new Ui(
                    teksten,
                    assets,
                    csrf,
                    request.getRequestURI(),
                    naam,
                    rollen,
                    request.getAttribute(Indicator.ATTRIBUUT) instanceof Indicator i ? i : null);
        }
    }
}
