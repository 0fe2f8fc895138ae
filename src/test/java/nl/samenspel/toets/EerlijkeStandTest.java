package nl.samenspel.toets;

import static nl.samenspel.toets.ToetsData.HOUTEN;
import static nl.samenspel.toets.ToetsData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import nl.samenspel.account.AccountService;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10, point 1 and 9: the toets says what it did not look at (NIET_GETOETST), what was deviated from on purpose
 * (AFGEWEKEN) and counts open, acknowledged and resolved findings as such, on the page, the indicator, the
 * municipality overview and the API; and an account change re-evaluates the samenwerkingen it leads.
 */
@SamenspelTest
class EerlijkeStandTest {

    @LocalServerPort
    int port;

    @Autowired
    Toetser toetser;

    @Autowired
    AccountService accounts;

    String regie;
    String ambtenaarZeist;
    String raadslidZeist;
    String beheerder;

    @BeforeEach
    void accounts() {
        regie = ToetsData.regisseur(accounts);
        ambtenaarZeist = ToetsData.account(accounts, Rol.AMBTENAAR, ZEIST);
        raadslidZeist = ToetsData.account(accounts, Rol.RAADSLID, ZEIST);
        beheerder = ToetsData.account(accounts, Rol.BEHEERDER, null);
    }

    /** The rules no registered check looks at: computed the way the application does, never a fixed list. */
    Set<Integer> zonderControle() {
        Set<Integer> uit = new TreeSet<>();
        IntStream.rangeClosed(1, 7).forEach(uit::add);
        toetser.controles().forEach(c -> uit.remove(c.regel()));
        return uit;
    }

    /**
     * The rules no check looks at in the first phase: those without any check and those whose checks apply only
     * from a later phase (rule 2 from VORMGEVEN, issue 12). Computed the way the application does.
     */
    Set<Integer> nietGetoetstBijStart() {
        Set<Integer> uit = new TreeSet<>();
        IntStream.rangeClosed(1, 7).forEach(uit::add);
        toetser.controles().stream()
                .filter(c -> c.vanaf() == nl.samenspel.samenwerking.Fase.VERKENNEN)
                .forEach(c -> uit.remove(c.regel()));
        return uit;
    }

    JsonNode toets(String gebruiker, long id) {
        Http.Antwoord a = Http.api(port, gebruiker).get("/api/v1/samenwerkingen/" + id + "/toets");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    @Test
    void eenRegelZonderControleIsNietGetoetstNergensInOrde() {
        // Since issue 14 every rule has checks (zonderControle() is empty); rule 7 is checked from AFSPREKEN on, so
        // at the start it stands for a rule no check looks at yet.
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);

        JsonNode t = toets(regie, id);
        for (int r : zonderControle()) {
            JsonNode regel = t.path("regels").get(r - 1);
            assertThat(regel.path("status").asString()).as("regel " + r).isEqualTo("NIET_GETOETST");
            assertThat(regel.path("getoetst").asBoolean()).isFalse();
            assertThat(regel.path("getoetstVanaf").isNull()).isTrue();
        }
        assertThat(t.path("nietGetoetst").asInt())
                .isEqualTo(nietGetoetstBijStart().size());
        // A rule whose checks apply from a later phase only: not checked yet, and it says from when.
        assertThat(nietGetoetstBijStart()).contains(2).containsAll(zonderControle());
        assertThat(t.path("regels").get(1).path("status").asString()).isEqualTo("NIET_GETOETST");
        assertThat(t.path("regels").get(1).path("getoetst").asBoolean()).isFalse();
        assertThat(t.path("regels").get(1).path("getoetstVanaf").asString()).isEqualTo("VORMGEVEN");
        assertThat(nietGetoetstBijStart()).contains(7);
        assertThat(t.path("regels").get(6).path("status").asString()).isEqualTo("NIET_GETOETST");
        assertThat(t.path("regels").get(6).path("getoetstVanaf").asString()).isEqualTo("AFSPREKEN");
        // A rule with a check that applies from the first phase on is checked.
        assertThat(t.path("regels").get(5).path("getoetst").asBoolean()).isTrue();
        assertThat(t.path("regels").get(5).path("getoetstVanaf").asString()).isEqualTo("VERKENNEN");

        // The page says it in words, per rule and in the overall line.
        String pagina = Http.browser(port, regie)
                .get("/samenwerkingen/" + id + "/toets")
                .body();
        assertThat(pagina)
                .contains("Nog niet getoetst")
                .contains(nietGetoetstBijStart().size() + " van 7 regels nog niet getoetst")
                // Since issue 14 no rule is without checks: rules 2 and 7 say from which phase on they are checked.
                .doesNotContain("Voor deze regel bestaat nog geen controle")
                .contains("Deze regel wordt getoetst vanaf de fase Afspreken.");

        // The council member's overview: per rule, and the total never a plain "in orde".
        JsonNode rij = rij(
                Http.api(port, raadslidZeist)
                        .get("/api/v1/gemeenten/" + ZEIST + "/toets")
                        .json(),
                id);
        for (int r : zonderControle()) {
            assertThat(rij.path("perRegel").get(r - 1).asString()).isEqualTo("NIET_GETOETST");
        }
        assertThat(rij.path("nietGetoetst").asInt())
                .isEqualTo(nietGetoetstBijStart().size());
        String overzicht = Http.browser(port, raadslidZeist)
                .get("/gemeenten/" + ZEIST + "/toets")
                .body();
        assertThat(overzicht).contains("Nog niet getoetst");
    }

    @Test
    void deIndicatorZegtNooitKaalInOrdeZolangRegelsNietGetoetstZijn() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        String pad = "/api/v1/samenwerkingen/" + id + "/toets/";
        Http regisseur = Http.api(port, regie);
        assertThat(regisseur
                        .postJson(pad + "R1.2/erkenning", Map.of("reden", "Later.", "onderwerp", ZEIST))
                        .status())
                .isEqualTo(200);
        assertThat(regisseur
                        .postJson(pad + "R1.2/erkenning", Map.of("reden", "Later.", "onderwerp", HOUTEN))
                        .status())
                .isEqualTo(200);
        assertThat(regisseur
                        .postJson(pad + "R5.3/erkenning", Map.of("reden", "Later."))
                        .status())
                .isEqualTo(200);
        assertThat(toets(regie, id).path("aantallen").path("open").asInt()).isZero();

        String pagina = Http.browser(port, regie).get("/samenwerkingen/" + id).body();
        assertThat(pagina)
                .doesNotContain("Toets: in orde")
                .contains("Toets: geen open bevindingen, 3 bewust afgeweken \u00b7 "
                        + nietGetoetstBijStart().size() + " van 7 regels nog niet getoetst")
                .contains("samenspel-indicator--afgeweken");
    }

    @Test
    void alleBevindingenVanEenRegelErkendIsBewustAfgewekenEnDeAantallenKloppen() {
        long id = ToetsData.samenwerking(port, regie, ZEIST, HOUTEN);
        Http regisseur = Http.api(port, regie);
        String pad = "/api/v1/samenwerkingen/" + id + "/toets/R5.3/erkenning";
        Http.Antwoord erkend = regisseur.postJson(pad, Map.of("reden", "De kosten bespreken we na de verkenning."));
        assertThat(erkend.status()).as(erkend.body()).isEqualTo(200);

        JsonNode t = toets(regie, id);
        JsonNode regel5 = t.path("regels").get(4);
        assertThat(regel5.path("status").asString())
                .as("R5.3 was rule 5's only finding")
                .isEqualTo("AFGEWEKEN");
        assertThat(regel5.path("aantallen").path("erkend").asInt()).isEqualTo(1);
        assertThat(regel5.path("aantallen").path("open").asInt()).isZero();
        assertThat(t.path("aantallen").path("erkend").asInt()).isEqualTo(1);
        int open = 0;
        for (JsonNode r : t.path("regels")) {
            open += r.path("aantallen").path("open").asInt();
        }
        assertThat(t.path("aantallen").path("open").asInt()).isEqualTo(open).isPositive();

        // Resolve R1.2 for Zeist: counted as resolved, and labelled so, never with its weight.
        ToetsData.positie(port, ambtenaarZeist, id, ZEIST, "Samen sterker", "Geen eigen kantoor opgeven", null, false);
        JsonNode na = toets(regie, id);
        assertThat(na.path("regels").get(0).path("aantallen").path("opgelost").asInt())
                .isEqualTo(1);
        assertThat(na.path("aantallen").path("opgelost").asInt()).isEqualTo(1);
        String pagina = Http.browser(port, regie)
                .get("/samenwerkingen/" + id + "/toets")
                .body();
        assertThat(pagina).contains("samenspel-toets-status--afgeweken\">Bewust afgeweken");
        String opgelost = pagina.substring(pagina.indexOf("samenspel-bevinding--opgelost"));
        opgelost = opgelost.substring(0, opgelost.indexOf("</article>"));
        assertThat(opgelost).contains(">Opgelost</span>").doesNotContain(">Aandacht</span>");
        String erkendArtikel = pagina.substring(pagina.indexOf("samenspel-bevinding--erkend"));
        erkendArtikel = erkendArtikel.substring(0, erkendArtikel.indexOf("</article>"));
        assertThat(erkendArtikel).contains(">Bewust afgeweken</span>").doesNotContain(">Aandacht</span>");
    }

    @Test
    void eenRegisseurDieZijnRolVerliestGeeftZonderAndereWijzigingDeR62Bevinding() {
        String leider = ToetsData.regisseur(accounts);
        long id = ToetsData.samenwerking(port, leider, ZEIST, HOUTEN);
        assertThat(ToetsApiTest.bevindingen(toets(leider, id), "R6.2")).isEmpty();

        Http beheer = Http.api(port, beheerder);
        String accountPad =
                "/api/v1/accounts/" + accounts.vindOpNaam(leider).orElseThrow().id();
        Http.Antwoord huidig = beheer.get(accountPad);
        Http.Antwoord gewijzigd = beheer.putJson(
                accountPad,
                Map.of(
                        "weergavenaam",
                        "Oud-regisseur",
                        "rollen",
                        List.of("AMBTENAAR"),
                        "gemeenteCode",
                        ZEIST,
                        "actief",
                        true),
                huidig.header("ETag"));
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);

        // Read as the BEHEERDER (the old regisseur lost the role): the shared view has the finding too.
        assertThat(ToetsApiTest.bevindingen(toets(beheerder, id), "R6.2"))
                .singleElement()
                .satisfies(b -> assertThat(b.path("status").asString()).isEqualTo("OPEN"));
    }

    static JsonNode rij(JsonNode overzicht, long id) {
        for (JsonNode s : overzicht.path("samenwerkingen")) {
            if (s.path("id").asLong() == id) {
                return s;
            }
        }
        throw new AssertionError("samenwerking " + id + " not in the overview");
    }
}
