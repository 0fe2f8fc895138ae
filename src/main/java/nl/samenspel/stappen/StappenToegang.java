package nl.samenspel.stappen;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Coarse rules for the steps: everyone signed in reads (the service decides which samenwerking); the regisseur
 * and civil servants/aldermen write step content; regisseur-only actions are named first. These more specific
 * patterns go before the samenwerking module's broader ones by specificity (RegelVolgorde), not by module order.
 */
@Component
class StappenToegang implements ToegangsRegels {

    private static final Rol[] SCHRIJVERS = {Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER};

    @Override
    public List<Toegang> regels() {
        return List.of(
                // regisseur only
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/oefenen", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/oefening-verwijderen", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/stappen/uitstel", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/stappen/vorm/ontgrendeling", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/stappen/uitstel", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/stappen/vorm/ontgrendeling", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/api/v1/oefensamenwerkingen", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.DELETE, "/api/v1/oefensamenwerkingen/*", Rol.REGISSEUR),
                // reading
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/oefenen"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/stappen"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/stappen/**"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/stappen"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/stappen/**"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/spanningen"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/spanningen/*"),
                // step content and discussed-marks
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/stappen/**", SCHRIJVERS),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/stappen/*", SCHRIJVERS),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/stappen/*/besproken", SCHRIJVERS),
                Toegang.rollen(HttpMethod.DELETE, "/api/v1/samenwerkingen/*/stappen/*/besproken", SCHRIJVERS),
                // a decision of a municipality's deciding body: the regisseur or an alderman (StappenRechten)
                Toegang.rollen(
                        HttpMethod.POST,
                        "/api/v1/samenwerkingen/*/stappen/*/vaststellingen",
                        Rol.REGISSEUR,
                        Rol.BESTUURDER),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/spanningen", SCHRIJVERS),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/spanningen/*", SCHRIJVERS),
                Toegang.rollen(HttpMethod.DELETE, "/api/v1/samenwerkingen/*/spanningen/*", SCHRIJVERS));
    }
}
