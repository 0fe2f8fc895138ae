package nl.samenspel.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the signed-in user of the current request. */
public final class HuidigeGebruiker {

    private HuidigeGebruiker() {}

    public static Optional<Gebruiker> optioneel() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof HeeftGebruiker principal) {
            return Optional.of(principal.gebruiker());
        }
        return Optional.empty();
    }

    /** The signed-in user; the security chain guarantees one for every non-public endpoint. */
    public static Gebruiker get() {
        return optioneel()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("niet ingelogd"));
    }

    /** Name for the audit trail: the user, or "systeem" for start-up work without a user. */
    public static String naamVoorHistorie() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "systeem" : auth.getName();
    }
}
