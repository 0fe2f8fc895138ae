package nl.samenspel.scan;

import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Everyone signed in reads (the service decides which samenwerking and hides unsubmitted answers). Writing: the
 * regisseur opens, closes and keeps the action plan; a municipality's civil servant or alderman and an uitvoerder
 * reach the service to fill in their own party's answers and to mark an action done, which decides with
 * {@link ScanRechten}. A council member writes nothing.
 */
@Component
class ScanToegang implements ToegangsRegels {

    private static final String API = "/api/v1/samenwerkingen/*/";
    private static final String PAGINA = "/samenwerkingen/*/";

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, API + "scans"),
                Toegang.ingelogd(HttpMethod.GET, API + "scans/**"),
                Toegang.rollen(HttpMethod.POST, API + "scans", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.PUT, API + "scans/*", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.DELETE, API + "scans/*", Rol.REGISSEUR),
                Toegang.rollen(
                        HttpMethod.PUT, API + "scans/*/antwoorden/*", Rol.AMBTENAAR, Rol.BESTUURDER, Rol.UITVOERDER),
                Toegang.rollen(HttpMethod.POST, API + "scans/*/acties", Rol.REGISSEUR),
                Toegang.rollen(
                        HttpMethod.PUT,
                        API + "scans/*/acties/*",
                        Rol.REGISSEUR,
                        Rol.AMBTENAAR,
                        Rol.BESTUURDER,
                        Rol.UITVOERDER),
                Toegang.rollen(HttpMethod.DELETE, API + "scans/*/acties/*", Rol.REGISSEUR),
                Toegang.ingelogd(HttpMethod.GET, PAGINA + "scans"),
                Toegang.ingelogd(HttpMethod.GET, PAGINA + "scans/**"),
                Toegang.rollen(HttpMethod.POST, PAGINA + "scans", Rol.REGISSEUR),
                Toegang.rollen(HttpMethod.POST, PAGINA + "scans/*/afronden", Rol.REGISSEUR),
                Toegang.rollen(
                        HttpMethod.POST,
                        PAGINA + "scans/*/antwoorden/*",
                        Rol.AMBTENAAR,
                        Rol.BESTUURDER,
                        Rol.UITVOERDER),
                Toegang.rollen(HttpMethod.POST, PAGINA + "scans/*/acties", Rol.REGISSEUR),
                Toegang.rollen(
                        HttpMethod.POST,
                        PAGINA + "scans/*/acties/*/afronden",
                        Rol.REGISSEUR,
                        Rol.AMBTENAAR,
                        Rol.BESTUURDER,
                        Rol.UITVOERDER));
    }
}
