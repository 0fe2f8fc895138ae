package nl.samenspel.account;

import java.time.Instant;
import java.util.Set;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;
import org.jspecify.annotations.Nullable;

/**
 * An account as stored; the password hash never leaves this module. {@code moetWachtwoordWijzigen}: the account
 * was given a one-time password and its user must choose their own before doing anything else.
 */
public record Account(
        long id,
        String gebruikersnaam,
        String weergavenaam,
        @Nullable String gemeenteCode,
        Set<Rol> rollen,
        boolean actief,
        int misluktePogingen,
        @Nullable Instant geblokkeerdTot,
        long versie,
        boolean moetWachtwoordWijzigen) {

    public Gebruiker alsGebruiker() {
        return new Gebruiker(id, gebruikersnaam, rollen, gemeenteCode);
    }

    public boolean geblokkeerdOp(Instant moment) {
        return geblokkeerdTot != null && geblokkeerdTot.isAfter(moment);
    }
}
