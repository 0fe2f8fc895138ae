package nl.samenspel.gedoe;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in reads the gedoelog (the service decides which samenwerking). Raising an item: the roles that
 * may raise one ({@link GedoeRechten#melden}); every other write: a regisseur (the service decides whether it is
 * this samenwerking's regisseur).
 */
@Component
class GedoeToegang implements ToegangsRegels {

    private static final Rol[] MELDERS = {Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER, Rol.UITVOERDER};

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/gedoe"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/gedoe/**"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/gedoe-instellingen"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/vangnet/**"),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/gedoe", MELDERS),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/gedoe/**", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/gedoe/**", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/gedoe-instellingen", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/vangnet/**", Rol.REGISSEUR),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/gedoe"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/gedoe/**"),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/gedoe", MELDERS),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/gedoe/**", Rol.REGISSEUR));
    }
}
