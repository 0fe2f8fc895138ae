package nl.samenspel.financien;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in reads the money of a samenwerking (the service decides which samenwerking). That a raad was
 * informed: a regisseur, civil servant or alderman ({@link FinancienRechten#raadInformeren}); every other write: a
 * regisseur (the service decides whether it is this samenwerking's regisseur and which municipality).
 */
@Component
class FinancienToegang implements ToegangsRegels {

    private static final Rol[] INFORMEERDERS = {Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER};

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/verdeelsleutel"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/begrotingen"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/begrotingen/*"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/bijdragen"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/financiele-gebeurtenissen"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/financiele-gebeurtenissen/*"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/financien-instellingen"),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/verdeelsleutel", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/begrotingen/*", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/financiele-gebeurtenissen", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/financiele-gebeurtenissen/*", Rol.REGISSEUR),
                Toegang.rollen(
                        HttpMethod.POST,
                        "/api/v1/samenwerkingen/*/financiele-gebeurtenissen/*/raadsinformatie",
                        INFORMEERDERS),
                Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/financien-instellingen", Rol.REGISSEUR),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/financien"),
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/financien/**"),
                Toegang.rollen(
                        HttpMethod.POST, "/samenwerkingen/*/financien/gebeurtenissen/*/raadsinformatie", INFORMEERDERS),
                Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/financien/**", Rol.REGISSEUR));
    }
}
