package nl.samenspel.bestuur;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in reads the bodies (the service decides which samenwerking); only a regisseur writes (the
 * service decides whether it is this samenwerking's regisseur).
 */
@Component
class BestuurToegang implements ToegangsRegels {

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/organen"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/organen/**"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/organogram"),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/organen", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/organen/**", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/organen/**", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.DELETE, "/api/v1/samenwerkingen/*/organen/**", Rol.REGISSEUR),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/bestuur"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/bestuur/**"),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/bestuur/**", Rol.REGISSEUR));
    }
}
