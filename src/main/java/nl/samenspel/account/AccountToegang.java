package nl.samenspel.account;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Account management is for the BEHEERDER only; everyone signed in may ask who they are and change their own
 * password; account requests come from a regisseur.
 */
@Component
class AccountToegang implements ToegangsRegels {

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/mij"),
                Toegang.ingelogd(HttpMethod.PUT, "/api/v1/mij/wachtwoord"),
                // Account requests: the regisseur asks (the service checks it is their samenwerking), the
                // beheerder handles.
                Toegang.rollen(HttpMethod.GET, "/api/v1/account-aanvragen", Rol.REGISSEUR, Rol.BEHEERDER),
                Toegang.rollen(HttpMethod.POST, "/api/v1/account-aanvragen", Rol.REGISSEUR, Rol.BEHEERDER),
                Toegang.rollen(HttpMethod.GET, "/api/v1/account-aanvragen/*", Rol.REGISSEUR, Rol.BEHEERDER),
                Toegang.rollen("/api/v1/account-aanvragen/*/afhandeling", Rol.BEHEERDER),
                Toegang.rollen("/account-aanvragen/nieuw", Rol.REGISSEUR, Rol.BEHEERDER),
                Toegang.rollen("/beheer/account-aanvragen/**", Rol.BEHEERDER),
                // Choosing one's own password (required after a one-time password).
                Toegang.ingelogd("/wachtwoord-wijzigen"),
                Toegang.rollen("/api/v1/accounts/**", Rol.BEHEERDER),
                Toegang.rollen("/beheer/accounts/**", Rol.BEHEERDER));
    }
}
