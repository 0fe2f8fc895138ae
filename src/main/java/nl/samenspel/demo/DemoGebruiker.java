package nl.samenspel.demo;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs demo seeding as a demo account, so the modules' services check, audit and publish as for a real user. */
final class DemoGebruiker {

    private DemoGebruiker() {}

    /** Runs {@code werk} signed in as the demo regisseur, and restores whatever context there was after. */
    static <T> T alsRegisseur(UserDetailsService gebruikers, Supplier<T> werk) {
        return als(gebruikers, DemoOntwerp.REGISSEUR, werk);
    }

    /** Runs {@code werk} signed in as demo account {@code naam}, and restores whatever context there was after. */
    static <T> T als(UserDetailsService gebruikers, String naam, Supplier<T> werk) {
        SecurityContext vorige = SecurityContextHolder.getContext();
        UserDetails regisseur = gebruikers.loadUserByUsername(naam);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(regisseur, null, regisseur.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return werk.get();
        } finally {
            SecurityContextHolder.setContext(vorige);
        }
    }
}
