package nl.samenspel.toets;

import static nl.samenspel.toets.ToetsData.HOUTEN;
import static nl.samenspel.toets.ToetsData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.account.AccountService;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.toets.ToetsData.Antwoord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Rule 5 follows the route the parties chose (issue 10): buying where the need is one-sided is the model case and
 * raises nothing; a shared arrangement on one-sided need is the finding. Rule 6.3: an insider regisseur is
 * AANDACHT, RISICO only while the own municipality supplies the others.
 */
@SamenspelTest
class RouteToetsTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private JsonNode toets(String gebruiker, long id) {
        Http.Antwoord a = Http.api(port, gebruiker).get("/api/v1/samenwerkingen/" + id + "/toets");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private static List<JsonNode> open(JsonNode toets, String controle) {
        return ToetsApiTest.bevindingen(toets, controle).stream()
                .filter(b -> !b.path("status").asString().equals("OPGELOST"))
                .toList();
    }

    private void route(String regie, long id, long taak, Map<String, Object> body) {
        Http api = Http.api(port, regie);
        String pad = "/api/v1/samenwerkingen/" + id + "/taken/" + taak;
        Http.Antwoord a = api.putJson(pad + "/route", body, api.get(pad).header("ETag"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    @Test
    void inkopenBijEenzijdigeBehoefteIsInOrdeSamenwerkenIsDeBevinding() {
        // The regisseur works for Houten, which takes part: an insider.
        String regie = ToetsData.account(accounts, Rol.REGISSEUR, HOUTEN);
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        long woz = ToetsData.taak(port, regie, id, "WOZ-waardering");
        // Zeist needs Houten for the WOZ, Houten does not need Zeist: one-sided, advice INKOPEN.
        ToetsData.positie(
                port,
                ToetsData.account(accounts, Rol.AMBTENAAR, ZEIST),
                id,
                ZEIST,
                "De WOZ op orde",
                "Geen nieuwe bestuurslaag",
                "Beperkt",
                true,
                new Antwoord(woz, HOUTEN, "STERK"));
        ToetsData.positie(
                port,
                ToetsData.account(accounts, Rol.AMBTENAAR, HOUTEN),
                id,
                HOUTEN,
                "Kosten delen",
                "Geen fusie",
                "Ruim",
                true,
                new Antwoord(woz, ZEIST, "NIET"));
        ToetsData.fase(port, regie, id, "ONDERHANDELEN");

        JsonNode voor = toets(regie, id);
        assertThat(open(voor, "R5.1"))
                .as("no route recorded yet")
                .singleElement()
                .satisfies(b -> assertThat(b.path("omschrijving").asString())
                        .contains("WOZ-waardering")
                        .contains("geen route vastgelegd"));
        assertThat(open(voor, "R5.4")).hasSize(1);
        assertThat(open(voor, "R6.3"))
                .singleElement()
                .satisfies(b -> assertThat(b.path("ernst").asString()).isEqualTo("AANDACHT"));

        // The model case: Zeist buys the WOZ from Houten under a service agreement.
        route(
                regie,
                id,
                woz,
                Map.of(
                        "route",
                        "INKOPEN",
                        "kopers",
                        List.of(ZEIST),
                        "leverancier",
                        HOUTEN,
                        "vehikel",
                        "DIENSTVERLENINGSOVEREENKOMST",
                        "reden",
                        "Houten doet de WOZ al goed; Zeist neemt haar af."));
        JsonNode inkopen = toets(regie, id);
        assertThat(open(inkopen, "R5.1")).isEmpty();
        assertThat(open(inkopen, "R5.4")).isEmpty();
        assertThat(ToetsApiTest.regel(inkopen, 5).path("status").asString()).isNotEqualTo("RISICO");
        assertThat(open(inkopen, "R6.3"))
                .as("the regisseur's municipality is now the supplier")
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.path("ernst").asString()).isEqualTo("RISICO");
                    assertThat(b.path("omschrijving").asString())
                            .contains("leverancier")
                            .contains("WOZ-waardering");
                });
        assertThat(ToetsApiTest.regel(inkopen, 6).path("status").asString()).isEqualTo("RISICO");

        // A shared arrangement on one-sided need contradicts the analysis.
        route(regie, id, woz, Map.of("route", "SAMENWERKEN", "reden", "Toch samen, voor de band."));
        JsonNode samen = toets(regie, id);
        assertThat(open(samen, "R5.1")).singleElement().satisfies(b -> {
            assertThat(b.path("ernst").asString()).isEqualTo("RISICO");
            assertThat(b.path("omschrijving").asString())
                    .contains("WOZ-waardering")
                    .contains("kozen toch voor samenwerken");
        });
        assertThat(open(samen, "R5.4")).hasSize(1);
        assertThat(open(samen, "R6.3"))
                .singleElement()
                .satisfies(b -> assertThat(b.path("ernst").asString()).isEqualTo("AANDACHT"));
    }
}
