package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.DE_BILT;
import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static nl.samenspel.verkenning.VerkenningTestData.behoefte;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.support.Browser;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The route form in a real browser, with axe on every page: errors first, then Zeist buys from De Bilt. */
@SamenspelTest
class RouteBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void regisseurLegtInkopenVastBijEenzijdigeBehoefte() {
        long id = VerkenningTestData.samenwerking(port, ZEIST, DE_BILT);
        long woz = VerkenningTestData.taak(port, id, "WOZ-waardering");
        assertThat(VerkenningTestData.positie(
                                port, "ambtenaar1", id, ZEIST, true, List.of(behoefte(woz, DE_BILT, "STERK")))
                        .status())
                .isEqualTo(201);
        assertThat(VerkenningTestData.positie(
                                port, "ambtenaar2", id, DE_BILT, true, List.of(behoefte(woz, ZEIST, "NIET")))
                        .status())
                .isEqualTo(201);
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open("/samenwerkingen/" + id + "/behoefteanalyse");
            assertThat(regisseur.tekst()).contains("Advies van de analyse: Inkopen.");
            regisseur.klikLink("Route vastleggen");
            regisseur.vinkAan("route", "INKOPEN").klikKnop("Route vastleggen");
            assertThat(regisseur.tekst())
                    .contains("Kies bij inkopen minstens een gemeente die de taak inkoopt.")
                    .contains("Leg uit waarom de partijen voor deze route kiezen.");
            regisseur.screenshot("route-fout");
            regisseur
                    .vinkAan("kopers", ZEIST)
                    .kies("leverancier", "De Bilt")
                    .kies("vehikel", "Dienstverleningsovereenkomst")
                    .typ("reden", "De Bilt heeft de taxateurs; Zeist neemt de WOZ af.")
                    .klikKnop("Route vastleggen");
            assertThat(regisseur.tekst())
                    .contains("De route is vastgelegd.")
                    .contains("Gekozen route: Inkopen.")
                    .contains("Kopers: Zeist. Leverancier: De Bilt. Vehikel: Dienstverleningsovereenkomst.");
            regisseur.screenshot("route-gekozen");
            regisseur.open("/samenwerkingen/" + id + "/taken/" + woz + "/route");
            regisseur.screenshot("route-formulier");
        }
    }
}
