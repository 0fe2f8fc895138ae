package nl.samenspel.rapportage;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in reads (the service decides which reports); writes come from a regisseur or an uitvoerder (the
 * service decides whether it is theirs).
 */
@Component
class RapportageToegang implements ToegangsRegels {

    private static final Rol[] SCHRIJVERS = {Rol.REGISSEUR, Rol.UITVOERDER};

    @Override
    public List<Toegang> regels() {
        List<Toegang> regels = new ArrayList<>();
        for (String pad : List.of(
                "/api/v1/samenwerkingen/*/rapportages",
                "/api/v1/samenwerkingen/*/rapportages/**",
                "/samenwerkingen/*/rapportages",
                "/samenwerkingen/*/rapportages/**")) {
            regels.add(Toegang.ingelogd(HttpMethod.GET, pad));
            regels.add(Toegang.rollen(HttpMethod.POST, pad, SCHRIJVERS));
            if (pad.startsWith("/api/")) {
                regels.add(Toegang.rollen(HttpMethod.PUT, pad, SCHRIJVERS));
                regels.add(Toegang.rollen(HttpMethod.DELETE, pad, SCHRIJVERS));
            }
        }
        return regels;
    }
}
