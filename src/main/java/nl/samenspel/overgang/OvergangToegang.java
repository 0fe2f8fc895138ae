package nl.samenspel.overgang;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in reads (the service decides which samenwerking); the roles that can have a write right may write
 * (the service decides with {@link OvergangRechten} whether they have it for this samenwerking and this item).
 */
@Component
class OvergangToegang implements ToegangsRegels {

    private static final String API = "/api/v1/samenwerkingen/*";

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, API + "/overgang"),
                Toegang.rollen(HttpMethod.PUT, API + "/overgang", Rol.REGISSEUR),
                Toegang.ingelogd(HttpMethod.GET, API + "/maatregelen"),
                Toegang.ingelogd(HttpMethod.GET, API + "/maatregelen/**"),
                Toegang.rollen(HttpMethod.POST, API + "/maatregelen", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.PUT, API + "/maatregelen/**", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.DELETE, API + "/maatregelen/**", Rol.REGISSEUR),
                Toegang.ingelogd(HttpMethod.GET, API + "/overdrachtsinventaris"),
                Toegang.ingelogd(HttpMethod.GET, API + "/overdrachtsinventaris/**"),
                Toegang.rollen(
                        HttpMethod.POST, API + "/overdrachtsinventaris", Rol.REGISSEUR, Rol.UITVOERDER, Rol.AMBTENAAR),
                Toegang.rollen(
                        HttpMethod.PUT,
                        API + "/overdrachtsinventaris/**",
                        Rol.REGISSEUR,
                        Rol.UITVOERDER,
                        Rol.AMBTENAAR),
                Toegang.rollen(
                        HttpMethod.DELETE,
                        API + "/overdrachtsinventaris/**",
                        Rol.REGISSEUR,
                        Rol.UITVOERDER,
                        Rol.AMBTENAAR),
                Toegang.ingelogd(HttpMethod.GET, API + "/verwachtingen"),
                Toegang.ingelogd(HttpMethod.GET, API + "/verwachtingen/**"),
                Toegang.rollen(HttpMethod.POST, API + "/verwachtingen", Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER),
                Toegang.rollen(HttpMethod.PUT, API + "/verwachtingen/**", Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER),
                Toegang.rollen(
                        HttpMethod.DELETE, API + "/verwachtingen/**", Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/overgang"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/overgang/**"),
                Toegang.rollen(
                        HttpMethod.POST,
                        "/samenwerkingen/*/overgang/**",
                        Rol.REGISSEUR,
                        Rol.UITVOERDER,
                        Rol.AMBTENAAR,
                        Rol.BESTUURDER));
    }
}
