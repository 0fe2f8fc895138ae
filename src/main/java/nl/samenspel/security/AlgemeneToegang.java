package nl.samenspel.security;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Access to what belongs to no single module: assets, login, health, the API description. */
@Component
class AlgemeneToegang implements ToegangsRegels {

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.publiek("/assets/**"),
                Toegang.publiek("/favicon.ico"),
                Toegang.publiek("/inloggen"),
                Toegang.publiek("/error"),
                Toegang.publiek("/actuator/health"),
                Toegang.publiek("/actuator/health/**"),
                Toegang.rollen("/actuator/**", Rol.BEHEERDER),
                Toegang.publiek("/api/v1/openapi.json"),
                // springdoc also serves the same description as YAML; as public as the JSON.
                Toegang.publiek(HttpMethod.GET, "/api/v1/openapi.json.yaml"),
                Toegang.ingelogd("/"));
    }
}
