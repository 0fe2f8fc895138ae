package nl.samenspel.kalender;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in reads the calendar and its feeds (the service decides which samenwerkingen). Recording a
 * zienswijze: the regisseur and the civil servants and aldermen of the parties ({@link
 * KalenderRechten#zienswijzeVastleggen}); every other write: a regisseur (the service decides whether it is this
 * samenwerking's).
 */
@Component
class KalenderToegang implements ToegangsRegels {

    private static final Rol[] ZIENSWIJZE = {Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER};

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/pc-kalender"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/pc-kalender.ics"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/pc-kalender/**"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/gemeenten/*/pc-kalender.ics"),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/pc-kalender", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/pc-kalender/zienswijzen", ZIENSWIJZE),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/pc-kalender/zienswijzen/**", Rol.REGISSEUR),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/pc-kalender"),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/pc-kalender", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/pc-kalender/zienswijzen", ZIENSWIJZE),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/pc-kalender/zienswijzen/**", Rol.REGISSEUR));
    }
}
