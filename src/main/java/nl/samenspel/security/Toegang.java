package nl.samenspel.security;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * One access rule for a path pattern: public, any signed-in user, or some roles. Modules
 * declare their rules through {@link ToegangsRegels}; whatever no rule names is denied.
 */
public record Toegang(@Nullable HttpMethod methode, String patroon, Soort soort, Set<Rol> rollen) {

    public enum Soort {
        PUBLIEK,
        INGELOGD,
        ROLLEN
    }

    public static Toegang publiek(String patroon) {
        return new Toegang(null, patroon, Soort.PUBLIEK, Set.of());
    }

    public static Toegang publiek(HttpMethod methode, String patroon) {
        return new Toegang(methode, patroon, Soort.PUBLIEK, Set.of());
    }

    public static Toegang ingelogd(String patroon) {
        return new Toegang(null, patroon, Soort.INGELOGD, Set.of());
    }

    public static Toegang ingelogd(HttpMethod methode, String patroon) {
        return new Toegang(methode, patroon, Soort.INGELOGD, Set.of());
    }

    public static Toegang rollen(String patroon, Rol... rollen) {
        return new Toegang(null, patroon, Soort.ROLLEN, Set.of(rollen));
    }

    public static Toegang rollen(HttpMethod methode, String patroon, Rol... rollen) {
        return new Toegang(methode, patroon, Soort.ROLLEN, Set.of(rollen));
    }

    /** Writes by anyone except the read-only council member. */
    public static Toegang schrijvers(HttpMethod methode, String patroon) {
        return rollen(methode, patroon, Rol.BEHEERDER, Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER, Rol.UITVOERDER);
    }

    public static List<HttpMethod> schrijfMethoden() {
        return List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    }
}
