package nl.samenspel.stappen;

import static nl.samenspel.stappen.StappenData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A step holds at most {@value Stappen#MAX_DOELEN} goals or behaviour items, however they come in: the API's
 * full replacement and the page's "add one" refuse the 101st with the same Dutch message and store nothing.
 */
@SamenspelTest
class StappenGrensTest {

    private static final String TE_VEEL = "Hoogstens " + Stappen.MAX_DOELEN + " onderdelen.";

    @LocalServerPort
    int port;

    @Test
    void eenPaginaVoegtGeenHonderdEersteDoelToe() {
        long id = StappenData.nieuweSamenwerking(port);
        Http r = Http.api(port, "regisseur");
        String pad = "/api/v1/samenwerkingen/" + id + "/stappen/wat";
        List<Map<String, String>> doelen = IntStream.rangeClosed(1, Stappen.MAX_DOELEN)
                .mapToObj(i -> Map.of("soort", "DOEL", "tekst", "Doel " + i, "bronGemeente", ZEIST))
                .toList();
        assertThat(r.putJson(pad, Map.of("doelen", doelen), StappenData.etag(r, pad))
                        .status())
                .isEqualTo(200);

        Http zeist = Http.browser(port, "ambtenaar1");
        String pagina = "/samenwerkingen/" + id + "/stappen/wat";
        zeist.get(pagina);
        Http.Antwoord meer = zeist.formulier(pagina + "/doelen", Map.of("soort", "DOEL", "tekst", "Doel 101"));
        assertThat(meer.status()).as(meer.body()).isEqualTo(400);
        assertThat(meer.body()).contains(TE_VEEL);
        assertThat(r.get(pad).json().path("doelen")).hasSize(Stappen.MAX_DOELEN);

        List<Map<String, String>> teVeel = new java.util.ArrayList<>(doelen);
        teVeel.add(Map.of("soort", "DOEL", "tekst", "Doel 101"));
        Http.Antwoord api = r.putJson(pad, Map.of("doelen", teVeel), StappenData.etag(r, pad));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains(TE_VEEL);
    }

    @Test
    void eenPaginaVoegtGeenHonderdEersteDynamiekToe() {
        long id = StappenData.nieuweSamenwerking(port);
        Http r = Http.api(port, "regisseur");
        String pad = "/api/v1/samenwerkingen/" + id + "/stappen/vanzelfdynamiek";
        List<Map<String, String>> items = IntStream.rangeClosed(1, Stappen.MAX_DOELEN)
                .mapToObj(i -> Map.of("gedrag", "STILLE_BUFFER", "botsing", "Botsing " + i, "omgang", "o"))
                .toList();
        assertThat(r.putJson(pad, Map.of("items", items), StappenData.etag(r, pad))
                        .status())
                .isEqualTo(200);

        Http zeist = Http.browser(port, "ambtenaar1");
        String pagina = "/samenwerkingen/" + id + "/stappen/vanzelfdynamiek";
        zeist.get(pagina);
        Http.Antwoord meer = zeist.formulier(
                pagina + "/items", Map.of("gedrag", "STILLE_BUFFER", "botsing", "Botsing 101", "omgang", "o"));
        assertThat(meer.status()).as(meer.body()).isEqualTo(400);
        assertThat(meer.body()).contains(TE_VEEL);
        assertThat(r.get(pad).json().path("items")).hasSize(Stappen.MAX_DOELEN);
    }
}
