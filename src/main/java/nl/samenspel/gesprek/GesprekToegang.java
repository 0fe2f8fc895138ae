package nl.samenspel.gesprek;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in reads (the service decides which samenwerking and which client); writes come from a regisseur,
 * an uitvoerder, or a civil servant or alderman (the service decides whether it is their client, {@link
 * GesprekRechten}).
 */
@Component
class GesprekToegang implements ToegangsRegels {

    private static final Rol[] SCHRIJVERS = {Rol.REGISSEUR, Rol.UITVOERDER, Rol.AMBTENAAR, Rol.BESTUURDER};

    @Override
    public List<Toegang> regels() {
        List<Toegang> regels = new ArrayList<>();
        for (String pad : List.of(
                "/api/v1/samenwerkingen/*/gesprekken",
                "/api/v1/samenwerkingen/*/gesprekken/**",
                "/api/v1/samenwerkingen/*/vragenbank",
                "/api/v1/samenwerkingen/*/vragenbank/**",
                "/samenwerkingen/*/gesprekken",
                "/samenwerkingen/*/gesprekken/**",
                "/samenwerkingen/*/vragenbank",
                "/samenwerkingen/*/vragenbank/**")) {
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
