package nl.samenspel.evaluatie;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in reads (the service decides which samenwerking). Writing: the regisseur; an uitvoerder (marking
 * an action done) and a municipality's civil servant or alderman (its own uittreding) reach the service, which
 * decides with {@link EvaluatieRechten}. A council member writes nothing.
 */
@Component
class EvaluatieToegang implements ToegangsRegels {

    private static final String API = "/api/v1/samenwerkingen/*/";

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, API + "evaluaties"),
                Toegang.ingelogd(HttpMethod.GET, API + "evaluaties/**"),
                Toegang.ingelogd(HttpMethod.GET, API + "uittredingen"),
                Toegang.ingelogd(HttpMethod.GET, API + "uittredingen/**"),
                Toegang.ingelogd(HttpMethod.GET, API + "opheffing"),
                Toegang.rollen(HttpMethod.POST, API + "evaluaties", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, API + "evaluaties/**", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.PUT, API + "evaluaties/*", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.PUT, API + "evaluaties/*/acties/*", Rol.REGISSEUR, Rol.UITVOERDER),
                Toegang.rollen(HttpMethod.DELETE, API + "evaluaties/**", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, API + "uittredingen", Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER),
                Toegang.rollen(HttpMethod.PUT, API + "uittredingen/*", Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER),
                Toegang.rollen(HttpMethod.PUT, API + "opheffing", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.DELETE, API + "opheffing", Rol.REGISSEUR),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/evaluaties"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/evaluaties/**"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/uittredingen"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/uittredingen/**"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/opheffing"),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/evaluaties", Rol.REGISSEUR),
                Toegang.rollen(
                        HttpMethod.POST,
                        "/samenwerkingen/*/evaluaties/*/acties/*/afronden",
                        Rol.REGISSEUR,
                        Rol.UITVOERDER),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/evaluaties/**", Rol.REGISSEUR),
                Toegang.rollen(
                        HttpMethod.POST,
                        "/samenwerkingen/*/uittredingen",
                        Rol.REGISSEUR,
                        Rol.AMBTENAAR,
                        Rol.BESTUURDER),
                Toegang.rollen(
                        HttpMethod.POST,
                        "/samenwerkingen/*/uittredingen/**",
                        Rol.REGISSEUR,
                        Rol.AMBTENAAR,
                        Rol.BESTUURDER),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/opheffing", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/opheffing/**", Rol.REGISSEUR));
    }
}
