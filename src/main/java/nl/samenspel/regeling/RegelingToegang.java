package nl.samenspel.regeling;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Coarse rules: everyone signed in reads (the service decides which samenwerking); the checklist and the draft's day
 * are the regisseur's; a raad's decision the regisseur's or its municipality's staff's ({@link RegelingRechten}).
 */
@Component
class RegelingToegang implements ToegangsRegels {

    private static final Rol[] RAADSBESLUIT = {Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER};

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/regeling"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/regeling-inhoud"),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/regeling/onderdelen/*", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/regeling/ontwerp", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/regeling/raadsbesluiten", RAADSBESLUIT),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/regeling/raadsbesluiten/wissen", RAADSBESLUIT),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/regeling-inhoud/ontwerp", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/regeling-inhoud/onderdelen/*", Rol.REGISSEUR),
                Toegang.rollen(
                        HttpMethod.DELETE, "/api/v1/samenwerkingen/*/regeling-inhoud/onderdelen/*", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/raadsbesluiten/*/*", RAADSBESLUIT),
                Toegang.rollen(HttpMethod.DELETE, "/api/v1/samenwerkingen/*/raadsbesluiten/*/*", RAADSBESLUIT));
    }
}
