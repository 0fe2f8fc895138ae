package nl.samenspel.samenwerking;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Coarse rules for the samenwerking pages and API: anyone signed in may read (the service decides which
 * samenwerkingen), only REGISSEUR and BEHEERDER may send changes. Which samenwerking a user may change is
 * decided per record in {@link Samenwerkingen}.
 */
@Component
class SamenwerkingToegang implements ToegangsRegels {

    private static final Rol[] SCHRIJVERS = {Rol.REGISSEUR, Rol.BEHEERDER};

    @Override
    public List<Toegang> regels() {
        return List.of(
                // Only a regisseur changes a phase (which one: decided in the service).
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/fase", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/fase", Rol.REGISSEUR),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/**"),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/**", SCHRIJVERS),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/**"),
                // What the caller must do: every signed-in user (a council member gets an empty list).
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/mijn-taken"),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen", SCHRIJVERS),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/**", SCHRIJVERS),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/**", SCHRIJVERS));
    }
}
