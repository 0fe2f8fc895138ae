package nl.samenspel.stappen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page on another site can make a browser that cached Basic credentials send a form or a plain-text POST
 * (no CORS preflight for those). Such a request must change nothing: only JSON writes are accepted.
 */
@SamenspelTest
class BesprokenVanAndereSiteTest {

    @LocalServerPort
    int port;

    @Test
    void eenFormulierOfTekstPostMetBasicMarkeertNietsAlsBesproken() {
        long id = StappenData.nieuweSamenwerking(port);
        StappenData.vulVierStappen(port, id);
        Http zeist = Http.api(port, "ambtenaar1");
        String besproken = "/api/v1/samenwerkingen/" + id + "/stappen/wat/besproken";

        for (String soort :
                new String[] {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"}) {
            Http.Antwoord a = zeist.send("POST", besproken, soort, "", Map.of());
            assertThat(a.status()).as(soort).isEqualTo(415);
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            assertThat(a.json().path("detail").asString()).contains("Content-Type: application/json");
        }
        Http.Antwoord zonderType = zeist.send("POST", besproken, null, null, Map.of());
        assertThat(zonderType.status())
                .as("zonder Content-Type en zonder X-Requested-With")
                .isEqualTo(415);
        assertThat(zeist.get("/api/v1/samenwerkingen/" + id + "/stappen/wat")
                        .json()
                        .path("besproken")
                        .size())
                .as("niets besproken")
                .isZero();

        // A script says it is JSON, or (without a body) sends X-Requested-With; a browser cannot do either cross-site.
        assertThat(zeist.send("POST", besproken, null, null, Map.of("X-Requested-With", "curl"))
                        .status())
                .isEqualTo(200);
        assertThat(zeist.postJson(besproken, Map.of()).status()).isEqualTo(200);
    }
}
