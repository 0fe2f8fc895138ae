package nl.samenspel.raad;

import java.util.List;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The council's overview is read-only: anyone signed in may ask; {@link Raadsoverzichten} decides which samenwerking
 * (who may see it) and which municipality (a council member: their own).
 */
@Component
class RaadToegang implements ToegangsRegels {

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, "/samenwerkingen/*/voor-de-raad"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/samenwerkingen/*/raadsoverzicht"));
    }
}
