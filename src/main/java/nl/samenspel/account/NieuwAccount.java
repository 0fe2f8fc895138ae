package nl.samenspel.account;

import java.util.Set;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;

/** What it takes to create an account. The municipality is required for municipality-bound roles. */
public record NieuwAccount(
        String gebruikersnaam,
        String weergavenaam,
        String wachtwoord,
        Set<Rol> rollen,
        @Nullable String gemeenteCode) {}
