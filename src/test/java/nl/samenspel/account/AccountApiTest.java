package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.audit.Actie;
import nl.samenspel.audit.AuditEvent;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.audit.Wijziging;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SamenspelTest
class AccountApiTest {

    private static final String HONDERD_KB = "a".repeat(100_000);

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void mijGeeftDeAmbtenaarZijnGemeenteEnRol() {
        JsonNode mij = Http.api(port, "ambtenaar1").get("/api/v1/mij").json();
        assertThat(mij.path("gebruikersnaam").asString()).isEqualTo("ambtenaar1");
        assertThat(mij.path("weergavenaam").asString()).isEqualTo("Test Ambtenaar (Zeist)");
        assertThat(mij.path("gemeenteCode").asString()).isEqualTo("GM0355");
        assertThat(mij.path("rollen").values().stream().map(JsonNode::asString)).containsExactly("AMBTENAAR");
        assertThat(mij.has("wachtwoord")).isFalse();
        assertThat(mij.has("id")).isFalse();
    }

    @Test
    void mijVoorDeRegisseurHeeftGeenGemeente() {
        JsonNode mij = Http.api(port, "regisseur").get("/api/v1/mij").json();
        assertThat(mij.path("rollen").values().stream().map(JsonNode::asString)).containsExactly("REGISSEUR");
        assertThat(mij.path("gemeenteCode").isMissingNode()
                        || mij.path("gemeenteCode").isNull())
                .isTrue();
    }

    @Test
    void beheerderMaaktEenAccountEnKrijgtLocationEnEtag() {
        String naam = uniek();
        Http api = Http.api(port, "beheerder");
        Http.Antwoord gemaakt = api.postJson("/api/v1/accounts", nieuw(naam, List.of("AMBTENAAR"), "GM0310"));

        assertThat(gemaakt.status()).isEqualTo(201);
        assertThat(gemaakt.header("ETag")).isEqualTo("\"0\"");
        String locatie = gemaakt.header("Location");
        assertThat(locatie).matches("/api/v1/accounts/\\d+");
        assertThat(gemaakt.json().path("gebruikersnaam").asString()).isEqualTo(naam);
        assertGeenWachtwoord(gemaakt.body());

        Http.Antwoord opgehaald = api.get(locatie);
        assertThat(opgehaald.status()).isEqualTo(200);
        assertThat(opgehaald.header("ETag")).isEqualTo("\"0\"");
        assertThat(opgehaald.json().path("gemeenteCode").asString()).isEqualTo("GM0310");
        assertThat(opgehaald.json().path("actief").asBoolean()).isTrue();
        assertGeenWachtwoord(opgehaald.body());

        // The new account can sign in with the password it was given.
        assertThat(Http.api(port, naam)
                        .get("/api/v1/mij")
                        .json()
                        .path("gemeenteCode")
                        .asString())
                .isEqualTo("GM0310");

        long id = Long.parseLong(locatie.substring(locatie.lastIndexOf('/') + 1));
        List<AuditEvent> historie = audit.voorEntiteit("account", id);
        assertThat(historie).extracting(AuditEvent::actie).containsExactly(Actie.AANGEMAAKT);
        assertThat(historie.get(0).gebruiker()).isEqualTo("beheerder");
        assertThat(historie.get(0).wijzigingen())
                .extracting(Wijziging::veld)
                .contains("gebruikersnaam", "rollen", "gemeenteCode")
                .doesNotContain("wachtwoord", "wachtwoordHash");
        assertGeenWachtwoord(auditJson(id));
    }

    @Test
    void deLijstIsGepagineerdEnToontGeenWachtwoorden() {
        Http.Antwoord lijst = Http.api(port, "beheerder").get("/api/v1/accounts?pagina=1&paginaGrootte=3");
        assertThat(lijst.status()).isEqualTo(200);
        JsonNode json = lijst.json();
        assertThat(json.path("accounts").size()).isEqualTo(3);
        assertThat(json.path("pagina").asInt()).isEqualTo(1);
        assertThat(json.path("paginaGrootte").asInt()).isEqualTo(3);
        assertThat(json.path("totaal").asLong()).isGreaterThanOrEqualTo(8);
        assertGeenWachtwoord(lijst.body());

        JsonNode tweede = Http.api(port, "beheerder")
                .get("/api/v1/accounts?pagina=2&paginaGrootte=3")
                .json();
        assertThat(tweede.path("accounts").get(0).path("gebruikersnaam").asString())
                .isGreaterThan(
                        json.path("accounts").get(2).path("gebruikersnaam").asString());
        assertThat(Http.api(port, "beheerder")
                        .get("/api/v1/accounts?paginaGrootte=5000")
                        .json()
                        .path("paginaGrootte")
                        .asInt())
                .isEqualTo(100);
        assertThat(Http.api(port, "beheerder")
                        .get("/api/v1/accounts?pagina=twee")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void ongeldigeInvoerGeeftNederlandseMeldingenEnSlaatNietsOp() {
        long voor = aantal();
        Http api = Http.api(port, "beheerder");

        verwachtFout(
                api.postJson("/api/v1/accounts", "{}"),
                Map.of(
                        "gebruikersnaam",
                        "Vul dit veld in.",
                        "weergavenaam",
                        "Vul dit veld in.",
                        "wachtwoord",
                        "Kies een wachtwoord van minstens 8 tekens.",
                        "rollen",
                        "Kies minstens één rol."));
        verwachtFout(
                api.postJson("/api/v1/accounts", nieuw(HONDERD_KB, List.of("REGISSEUR"), null)),
                Map.of("gebruikersnaam", "Gebruik maximaal 100 tekens."));
        Map<String, Object> lang = nieuw(uniek(), List.of("REGISSEUR"), HONDERD_KB);
        lang.put("weergavenaam", HONDERD_KB);
        lang.put("wachtwoord", HONDERD_KB);
        verwachtFout(
                api.postJson("/api/v1/accounts", lang),
                Map.of(
                        "weergavenaam",
                        "Gebruik maximaal 200 tekens.",
                        "wachtwoord",
                        "Gebruik maximaal 200 tekens.",
                        "gemeenteCode",
                        "Deze gemeentecode bestaat niet."));
        verwachtFout(
                api.postJson("/api/v1/accounts", nieuw("Jan Jansen!", List.of("REGISSEUR"), null)),
                Map.of(
                        "gebruikersnaam",
                        "Gebruik 3 tot 100 kleine letters, cijfers, punten, streepjes of liggende streepjes."));
        verwachtFout(
                api.postJson("/api/v1/accounts", nieuw("regisseur", List.of("REGISSEUR"), null)),
                Map.of("gebruikersnaam", "Deze gebruikersnaam is al in gebruik."));
        verwachtFout(
                api.postJson("/api/v1/accounts", nieuw(uniek(), List.of("AMBTENAAR"), "GM9999")),
                Map.of("gemeenteCode", "Deze gemeentecode bestaat niet."));
        verwachtFout(
                api.postJson("/api/v1/accounts", nieuw(uniek(), List.of("AMBTENAAR"), null)),
                Map.of("gemeenteCode", "Deze rol hoort bij een gemeente; kies de gemeente."));
        verwachtFout(
                api.postJson("/api/v1/accounts", nieuw(uniek(), List.of("RAADSLID"), " ")),
                Map.of("gemeenteCode", "Deze rol hoort bij een gemeente; kies de gemeente."));
        verwachtFout(
                api.postJson("/api/v1/accounts", nieuw(uniek(), List.of("KONING"), null)),
                Map.of("rollen", "Kies alleen rollen uit de lijst."));

        // A value of the wrong JSON type names its field (never coerced); only what is not JSON at all is "unreadable".
        verwachtFout(
                api.postJson("/api/v1/accounts", "{\"gebruikersnaam\": \"x\", \"rollen\": \"REGISSEUR\"}"),
                Map.of("rollen", "Dit veld moet een lijst zijn (een JSON-array)."));
        verwachtFout(
                api.postJson("/api/v1/accounts", "{\"gebruikersnaam\": {\"genest\": true}}"),
                Map.of("gebruikersnaam", "Dit veld moet tekst zijn (een JSON-string)."));
        for (String kapot : List.of("{", "niet eens json", "[1, 2]", "null", "")) {
            Http.Antwoord antwoord = api.postJson("/api/v1/accounts", kapot);
            assertThat(antwoord.status()).as(kapot).isEqualTo(400);
            assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
            assertThat(antwoord.json().path("title").asString()).isEqualTo("Onleesbaar verzoek");
        }
        Http.Antwoord xml = api.send("POST", "/api/v1/accounts", "application/xml", "<account/>", Map.of());
        assertThat(xml.status()).isEqualTo(415);

        assertThat(aantal()).as("er is niets opgeslagen").isEqualTo(voor);
    }

    @Test
    void wijzigenVraagtIfMatchEnWeigertEenVerouderdeVersie() {
        String naam = uniek();
        Http api = Http.api(port, "beheerder");
        String locatie = api.postJson("/api/v1/accounts", nieuw(naam, List.of("AMBTENAAR"), "GM0355"))
                .header("Location");
        long id = Long.parseLong(locatie.substring(locatie.lastIndexOf('/') + 1));
        Map<String, Object> wijziging = new LinkedHashMap<>();
        wijziging.put("weergavenaam", "Nieuwe Naam");
        wijziging.put("rollen", List.of("BESTUURDER"));
        wijziging.put("gemeenteCode", "GM0312");
        wijziging.put("actief", true);

        Http.Antwoord zonder = api.putJson(locatie, wijziging, null);
        assertThat(zonder.status()).isEqualTo(428);
        assertThat(zonder.json().path("title").asString()).isEqualTo("Versie ontbreekt");
        assertThat(api.putJson(locatie, wijziging, "\"7\"").status()).isEqualTo(412);
        // Not an entity tag at all (no quotes): a 400 with a Dutch message, not a stale version (RFC 9110).
        assertThat(api.putJson(locatie, wijziging, "onzin").status()).isEqualTo(400);
        assertThat(api.get(locatie).json().path("weergavenaam").asString()).isEqualTo("Test Persoon");

        Http.Antwoord gewijzigd = api.putJson(locatie, wijziging, "\"0\"");
        assertThat(gewijzigd.status()).isEqualTo(200);
        assertThat(gewijzigd.header("ETag")).isEqualTo("\"1\"");
        assertThat(gewijzigd.json().path("gemeenteCode").asString()).isEqualTo("GM0312");
        assertThat(gewijzigd.json().path("rollen").values().stream().map(JsonNode::asString))
                .containsExactly("BESTUURDER");
        assertGeenWachtwoord(gewijzigd.body());

        Http.Antwoord nogmaals = api.putJson(locatie, wijziging, "\"0\"");
        assertThat(nogmaals.status()).isEqualTo(412);
        assertThat(nogmaals.json().path("title").asString()).isEqualTo("Gegevens intussen gewijzigd");

        AuditEvent laatste = audit.voorEntiteit("account", id).get(0);
        assertThat(laatste.actie()).isEqualTo(Actie.GEWIJZIGD);
        assertThat(laatste.gebruiker()).isEqualTo("beheerder");
        assertThat(laatste.wijzigingen())
                .extracting(Wijziging::veld)
                .containsExactlyInAnyOrder("weergavenaam", "rollen", "gemeenteCode");
        assertThat(laatste.wijzigingen())
                .filteredOn(w -> w.veld().equals("gemeenteCode"))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.voor()).isEqualTo("GM0355");
                    assertThat(w.na()).isEqualTo("GM0312");
                });
    }

    /** What GET returns may go back unchanged: id, gebruikersnaam, geblokkeerdTot and versie are read-only. */
    @Test
    void eenAccountGaatTerugZoalsGetHetGeeft() {
        Http api = Http.api(port, "beheerder");
        String locatie = api.postJson("/api/v1/accounts", nieuw(uniek(), List.of("AMBTENAAR"), "GM0355"))
                .header("Location");
        Http.Antwoord gelezen = api.get(locatie);

        Http.Antwoord terug = api.send(
                "PUT", locatie, "application/json", gelezen.body(), Map.of("If-Match", gelezen.header("ETag")));

        assertThat(terug.status()).as(terug.body()).isEqualTo(200);
        assertThat(terug.json().path("weergavenaam")).isEqualTo(gelezen.json().path("weergavenaam"));
        assertThat(terug.json().path("gemeenteCode").asString()).isEqualTo("GM0355");
    }

    @Test
    void wijzigenMetOngeldigeInvoerSlaatNietsOp() {
        Http api = Http.api(port, "beheerder");
        String locatie = api.postJson("/api/v1/accounts", nieuw(uniek(), List.of("REGISSEUR"), null))
                .header("Location");

        Map<String, Object> zonderGemeente = new LinkedHashMap<>();
        zonderGemeente.put("weergavenaam", "");
        zonderGemeente.put("rollen", List.of("AMBTENAAR"));
        zonderGemeente.put("actief", null);
        verwachtFout(
                api.putJson(locatie, zonderGemeente, "\"0\""),
                Map.of(
                        "weergavenaam",
                        "Vul dit veld in.",
                        "gemeenteCode",
                        "Deze rol hoort bij een gemeente; kies de gemeente.",
                        "actief",
                        "Vul dit veld in."));
        assertThat(api.send(
                                "PUT",
                                locatie,
                                "application/json",
                                "{\"weergavenaam\": \"x\", \"actief\": \"ja\"}",
                                Map.of("If-Match", "\"0\""))
                        .status())
                .isEqualTo(400);
        assertThat(api.get(locatie).header("ETag")).isEqualTo("\"0\"");
        assertThat(api.putJson(
                                "/api/v1/accounts/987654321",
                                Map.of("weergavenaam", "x", "rollen", List.of("REGISSEUR"), "actief", true),
                                "\"0\"")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/accounts/987654321").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/accounts/abc").status()).isEqualTo(400);
    }

    @Test
    void eenBeheerderKanZichzelfNietBuitensluiten() {
        String naam = uniek();
        accounts.maak(new NieuwAccount(naam, "Tweede Beheerder", "samenspel", Set.of(Rol.BEHEERDER), null));
        long id = accounts.vindOpNaam(naam).orElseThrow().id();
        Http zelf = Http.api(port, naam);

        Map<String, Object> inactief =
                new LinkedHashMap<>(Map.of("weergavenaam", "Tweede", "rollen", List.of("BEHEERDER"), "actief", false));
        verwachtFout(
                zelf.putJson("/api/v1/accounts/" + id, inactief, "\"0\""),
                Map.of(
                        "actief",
                        "U kunt uw eigen account niet op inactief zetten; dan kunt u zelf niet meer inloggen."));
        Map<String, Object> geenBeheerder =
                new LinkedHashMap<>(Map.of("weergavenaam", "Tweede", "rollen", List.of("REGISSEUR"), "actief", true));
        verwachtFout(
                zelf.putJson("/api/v1/accounts/" + id, geenBeheerder, "\"0\""),
                Map.of(
                        "rollen",
                        "U kunt uzelf de rol Beheerder niet afnemen; laat dat zo nodig een andere beheerder doen."));
        assertThat(zelf.get("/api/v1/mij").status()).isEqualTo(200);

        // Another BEHEERDER may do it.
        assertThat(Http.api(port, "beheerder")
                        .putJson("/api/v1/accounts/" + id, inactief, "\"0\"")
                        .status())
                .isEqualTo(200);
        assertThat(zelf.get("/api/v1/mij").status()).isEqualTo(401);
    }

    private void verwachtFout(Http.Antwoord antwoord, Map<String, String> verwacht) {
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        JsonNode json = antwoord.json();
        assertThat(json.path("title").asString()).isEqualTo("Ongeldige invoer");
        Map<String, String> gevonden = new LinkedHashMap<>();
        json.path("invalidParams")
                .forEach(p ->
                        gevonden.put(p.path("name").asString(), p.path("reason").asString()));
        assertThat(gevonden).containsAllEntriesOf(verwacht);
    }

    private static void assertGeenWachtwoord(String tekst) {
        assertThat(tekst)
                .doesNotContainIgnoringCase("wachtwoord")
                .doesNotContain("{bcrypt}")
                .doesNotContain("$2a$");
    }

    private String auditJson(long id) {
        return String.join(
                "\n",
                jdbc.sql("SELECT wijzigingen FROM audit_event WHERE entiteit_type = 'account' AND entiteit_id = ?")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .list());
    }

    private long aantal() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    static Map<String, Object> nieuw(String naam, List<String> rollen, String gemeente) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gebruikersnaam", naam);
        m.put("weergavenaam", "Test Persoon");
        m.put("wachtwoord", "samenspel");
        m.put("rollen", new ArrayList<>(rollen));
        m.put("gemeenteCode", gemeente);
        return m;
    }

    static String uniek() {
        return "api-" + Long.toString(System.nanoTime(), 36);
    }
}
