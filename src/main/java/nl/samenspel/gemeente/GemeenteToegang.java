package nl.samenspel.gemeente;

import java.util.List;
import nl.samenspel.security.Toegang;
import nl.samenspel.security.ToegangsRegels;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Reference data is public knowledge, but Samenspel is not a public site: every signed-in user may read it. */
@Component
class GemeenteToegang implements ToegangsRegels {

    @Override
    public List<Toegang> regels() {
        return List.of(
                Toegang.ingelogd(HttpMethod.GET, "/gemeenten"),
                Toegang.ingelogd(HttpMethod.GET, "/gemeenten/**"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/gemeenten"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/gemeenten/**"),
                Toegang.ingelogd(HttpMethod.GET, "/api/v1/provincies"));
    }
}
