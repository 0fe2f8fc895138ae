package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.BUNNIK;
import static nl.samenspel.verkenning.VerkenningTestData.DE_BILT;
import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static nl.samenspel.verkenning.VerkenningTestData.behoefte;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The route form of a task: the advice as default, a round trip without JavaScript, errors in the summary. */
@SamenspelTest
class RoutePaginaTest {

    @LocalServerPort
    int port;

    @Test
    void deRegisseurLegtDeRouteVastViaHetFormulier() {
        long id = VerkenningTestData.samenwerking(port, ZEIST, DE_BILT, BUNNIK);
        long woz = VerkenningTestData.taak(port, id, "WOZ-waardering");
        for (String[] p : List.of(
                new String[] {"ambtenaar1", ZEIST, DE_BILT, BUNNIK},
                new String[] {"ambtenaar3", BUNNIK, DE_BILT, ZEIST})) {
            assertThat(VerkenningTestData.positie(
                                    port,
                                    p[0],
                                    id,
                                    p[1],
                                    true,
                                    List.of(behoefte(woz, p[2], "STERK"), behoefte(woz, p[3], "NIET")))
                            .status())
                    .isEqualTo(201);
        }
        assertThat(VerkenningTestData.positie(
                                port,
                                "ambtenaar2",
                                id,
                                DE_BILT,
                                true,
                                List.of(behoefte(woz, ZEIST, "NIET"), behoefte(woz, BUNNIK, "NIET")))
                        .status())
                .isEqualTo(201);
        Http regie = Http.browser(port, "regisseur");
        String analyse = regie.get("/samenwerkingen/" + id + "/behoefteanalyse").body();
        assertThat(analyse)
                .contains("Advies van de analyse: Inkopen.")
                .contains("Kopers: Zeist, Bunnik. Leverancier: De Bilt.")
                .contains("Nog geen route vastgelegd")
                .contains("/samenwerkingen/" + id + "/taken/" + woz + "/route");

        String pad = "/samenwerkingen/" + id + "/taken/" + woz + "/route";
        String formulier = regie.get(pad).body();
        assertThat(formulier)
                .contains("id=\"veld-route\"")
                .contains("id=\"veld-kopers\"")
                .contains("name=\"versie\" value=\"0\"");

        // Errors: INKOPEN without buyers, supplier, vehicle or reason; what was typed stays.
        Http.Antwoord fout = regie.formulier(pad, "route=INKOPEN", "versie=0", "reden=");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body())
                .contains("samenspel-error-summary")
                .contains("href=\"#veld-kopers\"")
                .contains("href=\"#veld-leverancier\"")
                .contains("href=\"#veld-vehikel\"")
                .contains("href=\"#veld-reden\"")
                .contains("Kies bij inkopen minstens een gemeente die de taak inkoopt.")
                .contains("value=\"INKOPEN\" checked");
        Http.Antwoord alleenInkopen =
                regie.formulier(pad, "route=SAMENWERKEN", "kopers=" + ZEIST, "versie=0", "reden=Samen");
        assertThat(alleenInkopen.status()).isEqualTo(400);
        assertThat(alleenInkopen.body()).contains("Vul dit alleen in bij de route inkopen.");

        Http.Antwoord goed = regie.formulier(
                pad,
                "route=INKOPEN",
                "kopers=" + ZEIST,
                "kopers=" + BUNNIK,
                "leverancier=" + DE_BILT,
                "vehikel=CENTRUMREGELING",
                "reden=De Bilt levert, de anderen kopen in.",
                "versie=0");
        assertThat(goed.status()).as(goed.body()).isEqualTo(302);
        String na = regie.get("/samenwerkingen/" + id + "/behoefteanalyse?melding=route")
                .body();
        assertThat(na)
                .contains("De route is vastgelegd.")
                .contains("Gekozen route: Inkopen.")
                .contains("Kopers: Zeist, Bunnik. Leverancier: De Bilt. Vehikel: Centrumregeling.")
                .contains("Reden: De Bilt levert, de anderen kopen in.");
        assertThat(regie.get(pad).body()).contains("value=\"" + DE_BILT + "\" selected");

        // A stale form is refused, nothing changes.
        Http.Antwoord oud = regie.formulier(pad, "route=NIET_SAMEN", "versie=0", "reden=Toch niet");
        assertThat(oud.status()).isEqualTo(409);
        assertThat(regie.get("/samenwerkingen/" + id + "/behoefteanalyse").body())
                .contains("Gekozen route: Inkopen.");

        // Others see the route but get no form; posting it anyway is refused.
        Http zeist = Http.browser(port, "ambtenaar1");
        String gelezen = zeist.get(pad).body();
        assertThat(gelezen).contains("Gekozen route: Inkopen.").contains("Alleen de regisseur legt de route vast.");
        assertThat(gelezen).doesNotContain("id=\"veld-route\"");
        assertThat(zeist.formulier(pad, "route=NIET_SAMEN", "versie=1", "reden=Wij willen niet")
                        .status())
                .isEqualTo(403);
    }
}
