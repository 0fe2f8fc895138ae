package nl.samenspel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.DemoTest;
import nl.samenspel.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The second demo case (issue 14) has been running since 2025: it exists once, is in UITVOEREN, every client has an
 * agreed DVO for the first and the current year, Zeist's indicators grow, a gedoe item revised Zeist's current DVO,
 * a second start changes nothing, every demo account sees it, and the first demo case is still the one it was.
 */
@DemoTest
class DemoLopendTest {

    private static final List<String> GEMEENTEN = List.of(DemoCasus.ZEIST, DemoCasus.DE_BILT, DemoCasus.BUNNIK);

    @LocalServerPort
    int port;

    @Autowired
    DemoLopend lopend;

    /** The ids of the practice cases with this title, as the regisseur lists them. */
    private List<Long> metTitel(String titel) {
        JsonNode lijst = Http.api(port, "regisseur")
                .get("/api/v1/samenwerkingen?oefen=true&paginaGrootte=100")
                .json();
        List<Long> uit = new ArrayList<>();
        for (JsonNode s : lijst.path("samenwerkingen")) {
            if (s.path("titel").asString().equals(titel)) {
                uit.add(s.path("id").asLong());
            }
        }
        return uit;
    }

    private long lopendeCasus() {
        List<Long> ids = metTitel(DemoLopend.TITEL);
        assertThat(ids).as("the running demo case, once").hasSize(1);
        return ids.get(0);
    }

    private JsonNode get(String gebruiker, String pad) {
        Http.Antwoord a = Http.api(port, gebruiker).get(pad);
        assertThat(a.status()).as(gebruiker + " " + pad + ": " + a.body()).isEqualTo(200);
        return a.json();
    }

    /** The DVOs of one year by municipality code. */
    private Map<String, JsonNode> dvos(long id, int jaar) {
        Map<String, JsonNode> uit = new LinkedHashMap<>();
        for (JsonNode d :
                get("regisseur", "/api/v1/samenwerkingen/" + id + "/dvo").path("dvos")) {
            if (d.path("jaar").asInt() == jaar) {
                uit.put(d.path("gemeente").asString(), d);
            }
        }
        return uit;
    }

    private static int indicatoren(JsonNode dvo) {
        int n = 0;
        for (JsonNode r : dvo.path("regels")) {
            n += r.path("indicatoren").size();
        }
        return n;
    }

    @Test
    void deLopendeCasusStaatInUitvoerenMetEenAfgesprokenDvoPerKlantVoorBeideJaren() {
        long id = lopendeCasus();
        JsonNode s = get("regisseur", "/api/v1/samenwerkingen/" + id);
        assertThat(s.path("fase").asString()).isEqualTo("UITVOEREN");
        for (int jaar : List.of(DemoLopend.EERSTE_JAAR, DemoLopend.LOPEND_JAAR)) {
            Map<String, JsonNode> perGemeente = dvos(id, jaar);
            assertThat(perGemeente).as("DVOs " + jaar).containsOnlyKeys(GEMEENTEN);
            perGemeente.forEach((gemeente, d) -> {
                assertThat(d.path("staat").asString()).as(gemeente + " " + jaar).isEqualTo("VASTGESTELD");
                assertThat(d.path("regels").size()).as(gemeente + " " + jaar).isPositive();
            });
        }
        // The transition period ended: the start was on 1 January of the first year.
        JsonNode start = get("regisseur", "/api/v1/samenwerkingen/" + id + "/overgang");
        assertThat(start.toString()).contains(DemoLopend.START.toString(), DemoLopend.TRANSITIE_EIND.toString());
        // The form and the bodies are there, with the demo uitvoerder on the execution line.
        assertThat(get("uitvoerder", "/api/v1/samenwerkingen/" + id + "/organen")
                        .path("totaal")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void zeistVraagtElkJaarMeerIndicatorenEnDeAnderenNiet() {
        long id = lopendeCasus();
        Map<String, JsonNode> eerste = dvos(id, DemoLopend.EERSTE_JAAR);
        Map<String, JsonNode> lopend = dvos(id, DemoLopend.LOPEND_JAAR);
        assertThat(indicatoren(lopend.get(DemoCasus.ZEIST)))
                .isGreaterThan(indicatoren(eerste.get(DemoCasus.ZEIST)))
                .isPositive();
        for (String gemeente : List.of(DemoCasus.DE_BILT, DemoCasus.BUNNIK)) {
            assertThat(indicatoren(lopend.get(gemeente))).as(gemeente).isEqualTo(indicatoren(eerste.get(gemeente)));
        }
    }

    @Test
    void eenGedoeItemVanDitJaarWerdEenHerzieningVanDeDvoVanZeist() {
        long id = lopendeCasus();
        JsonNode zeist = dvos(id, DemoLopend.LOPEND_JAAR).get(DemoCasus.ZEIST);
        assertThat(zeist.path("versienummer").asInt()).isEqualTo(2);
        JsonNode tweede = null;
        for (JsonNode v : zeist.path("versies")) {
            if (v.path("nummer").asInt() == 2) {
                tweede = v;
            }
        }
        assertThat(tweede).as(zeist.toString()).isNotNull();
        assertThat(tweede.path("aanleiding").path("soort").asString()).isEqualTo("GEDOE");
        assertThat(tweede.path("aanleiding").path("titel").asString()).isEqualTo(DemoLopend.THUISWERKEN);
        // Only one DVO was revised.
        assertThat(dvos(id, DemoLopend.EERSTE_JAAR).values())
                .allMatch(d -> d.path("versienummer").asInt() == 1);
        // Two or three items, all of the current year.
        JsonNode gedoe =
                get("regisseur", "/api/v1/samenwerkingen/" + id + "/gedoe").path("gedoe");
        assertThat(gedoe.size()).isBetween(2, 3);
        gedoe.forEach(g -> assertThat(g.path("gemeldOp").asString()).startsWith(DemoLopend.LOPEND_JAAR + "-"));
    }

    @Test
    void elkDemoAccountZietDeCasusEnDeToetspaginaWerkt() {
        long id = lopendeCasus();
        for (String gebruiker : List.of("regisseur", "ambtenaar1", "ambtenaar2", "ambtenaar3", "raadslid1")) {
            get(gebruiker, "/api/v1/samenwerkingen/" + id + "/toets");
            Http.Antwoord pagina = Http.browser(port, gebruiker).get("/samenwerkingen/" + id + "/toets");
            assertThat(pagina.status()).as(gebruiker).isEqualTo(200);
            assertThat(pagina.body()).as(gebruiker).contains("ICT-samenwerking Kromme Rijn");
        }
    }

    @Test
    void eenTweedeStartVeranderdNietsEnDeEersteCasusBlijftDeDemocasus() {
        long id = lopendeCasus();
        String basis = "/api/v1/samenwerkingen/" + id;
        List<String> paden = List.of(
                basis,
                basis + "/historie",
                basis + "/dvo",
                basis + "/diensten",
                basis + "/overgang",
                basis + "/gedoe",
                basis + "/evaluaties",
                basis + "/organen");
        StringBuilder voor = new StringBuilder();
        paden.forEach(p -> voor.append(get("regisseur", p)));
        lopend.run(new DefaultApplicationArguments());
        StringBuilder na = new StringBuilder();
        paden.forEach(p -> na.append(get("regisseur", p)));
        assertThat(na.toString()).isEqualTo(voor.toString());
        assertThat(lopendeCasus()).isEqualTo(id);

        // The first demo case is still there, once, in its own phase, and still the one practice copies start from.
        List<Long> eerste = metTitel(DemoSamenwerking.TITEL);
        assertThat(eerste).hasSize(1);
        assertThat(eerste.get(0)).isLessThan(id);
        assertThat(get("regisseur", "/api/v1/samenwerkingen/" + eerste.get(0))
                        .path("fase")
                        .asString())
                .isEqualTo("AFSPREKEN");
    }
}
