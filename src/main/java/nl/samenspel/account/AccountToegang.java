package nl.samenspel.account;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Account management is for the BEHEERDER only; everyone signed in may ask who they are. */
@Component
class AccountToegang implements ToegangsRegels {

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/mij"),
                Toegang.rollen("/api/v1/accounts/**", Rol.BEHEERDER),
                Toegang.rollen("/beheer/accounts/**", Rol.BEHEERDER));
    }
}
