package nl.samenspel.toets;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The check's endpoints. Reading is for anyone signed in (the service decides which samenwerking or
 * municipality); acknowledging for regisseurs (their own samenwerking, checked in the service); a full evaluation
 * for BEHEERDER. Before the samenwerking module's broader rules by specificity (security RegelVolgorde).
 */
@Component
class ToetsToegang implements ToegangsRegels {

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/controles"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/toets"),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/toets/*/erkenning", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/api/v1/toets/evaluatie", Rol.BEHEERDER),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/gemeenten/*/toets"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/toets"),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/toets/erkenning", Rol.REGISSEUR),
                Toegang.ingelogd(HttpMethod.GET, "/gemeenten/*/toets"));
    }
}
