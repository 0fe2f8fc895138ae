package nl.samenspel.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The signed-in user as the domain sees it. {@code gemeenteCode} is null for roles not bound to one. */
public record Gebruiker(
        long accountId,
        String gebruikersnaam,
        Set<Rol> rollen,
        @Nullable String gemeenteCode) {

    public Gebruiker {
        rollen = Set.copyOf(rollen);
    }

    public boolean heeft(Rol rol) {
        return rollen.contains(rol);
    }

    public boolean heeftEenVan(Rol... gezocht) {
        for (Rol rol : gezocht) {
            if (rollen.contains(rol)) {
                return true;
            }
        }
        return false;
    }

    /** A user that acts for this municipality (civil servant, alderman or council member of it). */
    public boolean vanGemeente(@Nullable String code) {
        return gemeenteCode != null && gemeenteCode.equals(code);
    }
}
