package nl.samenspel.vorm;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Everyone signed in reads the form step (the service decides which samenwerking); the regisseur decides. */
@Component
class VormToegang implements ToegangsRegels {

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/vormbesluit"),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/vormbesluit", Rol.REGISSEUR),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/vormadvies"),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/vormadvies/antwoorden", Rol.REGISSEUR),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/wetsgronden"),
                Toegang.ingelogd(HttpMethod.GET, "/wetsgronden"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/vorm"),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/vorm/antwoorden", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/vorm/besluit", Rol.REGISSEUR));
    }
}
