package nl.samenspel.verkenning;

import java.util.ArrayList;
import java.util.List;
import nl.samenspel.security.Rol;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Coarse rules for tasks, positions and the analysis; before the samenwerking module's broader rules (by
 * specificity, security RegelVolgorde), so a civil servant may write here. RAADSLID never writes. Which
 * samenwerking and which position is decided per record in {@link Verkenning}.
 */
@Component
class VerkenningToegang implements ToegangsRegels {

    private static final Rol[] TAKEN = {Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER};
    /** The regisseur writes a position only on behalf of a municipality ("namens"); the service checks that. */
    private static final Rol[] POSITIES = {Rol.REGISSEUR, Rol.AMBTENAAR, Rol.BESTUURDER};

    private static final Rol[] BEVESTIGEN = {Rol.AMBTENAAR, Rol.BESTUURDER};

    @Override
    public List<Toegang> regels() {
        List<Toegang> regels = new ArrayList<>();
        regels.add(Toegang.ingelogd(HttpMethod.GET, "/api/v1/taakvelden"));
        for (String sectie : List.of("taken", "posities", "behoefteanalyse")) {
            regels.add(Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/" + sectie + "/**"));
            regels.add(Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/" + sectie + "/**"));
        }
        regels.add(Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/taken/**", TAKEN));
        regels.add(Toegang.rollen(HttpMethod.POST, "/samenwerkingen/*/posities/**", POSITIES));
        for (HttpMethod m : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
            regels.add(Toegang.rollen(m, "/api/v1/samenwerkingen/*/taken/**", TAKEN));
        }
        regels.add(Toegang.rollen(HttpMethod.PUT, "/api/v1/samenwerkingen/*/posities/*", POSITIES));
        regels.add(Toegang.rollen(HttpMethod.POST, "/api/v1/samenwerkingen/*/posities/*/bevestiging", BEVESTIGEN));
        return regels;
    }
}
