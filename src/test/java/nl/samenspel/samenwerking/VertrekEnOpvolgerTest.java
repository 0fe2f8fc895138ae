package nl.samenspel.samenwerking;

import static nl.samenspel.samenwerking.TestData.BUNNIK;
import static nl.samenspel.samenwerking.TestData.DE_BILT;
import static nl.samenspel.samenwerking.TestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.gemeente.GemeenteCode;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, the history side: a party that leaves is kept as "vertrokken" (never silently dropped), its shared
 * position stays readable but no longer writable, and a samenwerking can name its successor so that both read as one
 * story.
 */
@SamenspelTest
class VertrekEnOpvolgerTest {

    private static final String REDEN = "uit de samenwerking gehaald bij het bewerken";

    @LocalServerPort
    int port;

    @Autowired
    Samenwerkingen samenwerkingen;

    private static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    private long metGedeeldePositieVanZeist(String titel) {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek(titel), ZEIST, DE_BILT, BUNNIK));
        Http.Antwoord positie = Http.api(port, "ambtenaar1")
                .putJson(
                        pad(id) + "/posities/" + ZEIST,
                        Map.of("watWillenWij", "Een sterke belastingdienst", "gedeeld", true),
                        null);
        assertThat(positie.status()).as(positie.body()).isEqualTo(201);
        return id;
    }

    private Http.Antwoord zetGemeenten(long id, String... gemeenten) {
        Http r = Http.api(port, "regisseur");
        Http.Antwoord huidig = r.get(pad(id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("titel", huidig.json().path("titel").asString());
        body.put("omschrijving", huidig.json().path("omschrijving").asString());
        body.put("gemeenten", List.of(gemeenten));
        Http.Antwoord a = r.putJson(pad(id), body, huidig.header("ETag"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    private Http.Antwoord zetOpvolger(String wie, long id, Object opvolger) {
        Http api = Http.api(port, wie);
        Http.Antwoord huidig = Http.api(port, "regisseur").get(pad(id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("titel", huidig.json().path("titel").asString());
        body.put("omschrijving", huidig.json().path("omschrijving").asString());
        body.put("gemeenten", List.of(ZEIST, DE_BILT));
        body.put("opvolger", opvolger);
        return api.putJson(pad(id), body, huidig.header("ETag"));
    }

    private static void isVertrokkenZeist(JsonNode samenwerking) {
        assertThat(samenwerking.path("gemeenten").findValuesAsString("code")).doesNotContain(ZEIST);
        JsonNode vertrokken = samenwerking.path("vertrokken");
        assertThat(vertrokken.size()).as(samenwerking.toString()).isEqualTo(1);
        assertThat(vertrokken.get(0).path("code").asString()).isEqualTo(ZEIST);
        assertThat(vertrokken.get(0).path("naam").asString()).isEqualTo("Zeist");
        assertThat(vertrokken.get(0).path("datum").asString())
                .isEqualTo(LocalDate.now(Tijdstip.NEDERLAND).toString());
    }

    /** The leaver's shared position: readable as before, shown as "vertrokken", refused for writing. */
    private void positieIsGeschiedenis(long id) {
        String positie = pad(id) + "/posities/" + ZEIST;
        Http.Antwoord deBilt = Http.api(port, "ambtenaar2").get(positie);
        assertThat(deBilt.status()).as(deBilt.body()).isEqualTo(200);
        assertThat(deBilt.json().path("watWillenWij").asString()).isEqualTo("Een sterke belastingdienst");
        Http r = Http.api(port, "regisseur");
        assertThat(r.get(positie).status()).isEqualTo(200);

        String overzicht = Http.browser(port, "regisseur")
                .get("/samenwerkingen/" + id + "/posities")
                .body();
        assertThat(overzicht).contains("Zeist").contains("vertrokken op");
        Http.Antwoord pagina = Http.browser(port, "ambtenaar2").get("/samenwerkingen/" + id + "/posities/" + ZEIST);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains("Een sterke belastingdienst").contains("vertrokken op");

        // Nobody writes it any more: the municipality no longer sees the samenwerking, the regisseur may not
        // record on behalf of a party that left.
        Http.Antwoord zelf = Http.api(port, "ambtenaar1").putJson(positie, Map.of("watWillenWij", "Anders"), "\"0\"");
        assertThat(zelf.status()).isEqualTo(404);
        Http.Antwoord namens = r.putJson(positie, Map.of("watWillenWij", "Anders", "namens", true), "\"0\"");
        assertThat(namens.status()).isIn(404, 409);
        assertThat(Http.api(port, "ambtenaar2")
                        .get(positie)
                        .json()
                        .path("watWillenWij")
                        .asString())
                .isEqualTo("Een sterke belastingdienst");
    }

    @Test
    void eenGemeenteUitDeLijstHalenIsVertrekEnGeenStilVerdwijnen() {
        long id = metGedeeldePositieVanZeist("Belastingen");

        Http.Antwoord na = zetGemeenten(id, DE_BILT, BUNNIK);

        isVertrokkenZeist(na.json());
        assertThat(na.json().path("vertrokken").get(0).path("reden").asString()).isEqualTo(REDEN);
        isVertrokkenZeist(Http.api(port, "regisseur").get(pad(id)).json());
        positieIsGeschiedenis(id);
        String pagina =
                Http.browser(port, "regisseur").get("/samenwerkingen/" + id).body();
        assertThat(pagina).contains("Vertrokken partijen").contains(REDEN);
        // Audited: the history names who left.
        JsonNode historie =
                Http.api(port, "regisseur").get(pad(id) + "/historie").json();
        assertThat(historie.toString()).contains("\"veld\":\"vertrokken\"");

        // Named again, Zeist takes part again and writes its own position.
        JsonNode terug = zetGemeenten(id, DE_BILT, BUNNIK, ZEIST).json();
        assertThat(terug.path("gemeenten").findValuesAsString("code")).contains(ZEIST);
        assertThat(terug.path("vertrokken").isEmpty()).isTrue();
        Http.Antwoord weer = Http.api(port, "ambtenaar1")
                .putJson(pad(id) + "/posities/" + ZEIST, Map.of("watWillenWij", "Weer mee"), "\"0\"");
        assertThat(weer.status()).as(weer.body()).isEqualTo(200);
    }

    @Test
    void vertrekDoorDeUittredingBewaartDePartijAlsGeschiedenis() {
        long id = metGedeeldePositieVanZeist("Uittreding");

        // The call the evaluatie module makes when an uittreding takes effect.
        als(
                new Gebruiker(1, "regisseur", Set.of(Rol.REGISSEUR), null),
                () -> samenwerkingen.vertrek(
                        id, new GemeenteCode(ZEIST), LocalDate.now(Tijdstip.NEDERLAND), "Uittreding per 1 januari"));

        JsonNode s = Http.api(port, "regisseur").get(pad(id)).json();
        isVertrokkenZeist(s);
        assertThat(s.path("vertrokken").get(0).path("reden").asString()).isEqualTo("Uittreding per 1 januari");
        positieIsGeschiedenis(id);
        assertThat(Http.browser(port, "regisseur")
                        .get("/samenwerkingen/" + id + "/voor-de-raad?gemeente=" + DE_BILT)
                        .body())
                .contains("Vertrokken partijen")
                .contains("Zeist")
                .contains("Uittreding per 1 januari");
        JsonNode raad = Http.api(port, "regisseur")
                .get(pad(id) + "/raadsoverzicht?gemeente=" + DE_BILT)
                .json();
        assertThat(raad.path("vertrokken").findValuesAsString("code"))
                .as(raad.toString())
                .containsExactly(ZEIST);
        assertThat(raad.path("partijen").findValuesAsString("code")).doesNotContain(ZEIST);
    }

    @Test
    void deMarkeringenVanEenVertrokkenPartijBlijvenZichtbaar() {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Markeringen"), ZEIST, DE_BILT, BUNNIK));
        Http r = Http.api(port, "regisseur");
        String wat = pad(id) + "/stappen/wat";
        Http.Antwoord gevuld = r.putJson(
                wat,
                Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "Samen de WOZ uitvoeren"))),
                r.get(wat).header("ETag"));
        assertThat(gevuld.status()).as(gevuld.body()).isEqualTo(200);
        Http.Antwoord besproken = Http.api(port, "ambtenaar1").postJson(wat + "/besproken", Map.of());
        assertThat(besproken.status()).as(besproken.body()).isEqualTo(200);

        zetGemeenten(id, DE_BILT, BUNNIK);

        String pagina = Http.browser(port, "regisseur")
                .get("/samenwerkingen/" + id + "/stappen/wat")
                .body();
        int rij = pagina.indexOf("samenspel-vertrokken");
        assertThat(rij).as("a row for the party that left").isPositive();
        assertThat(pagina.substring(rij))
                .contains("Zeist")
                .contains("vertrokken op")
                .contains("ambtenaar1");
        // The step's completion counts only the active parties.
        JsonNode stand = r.get(wat).json();
        assertThat(stand.path("nogNietBesproken").toString()).doesNotContain(ZEIST);
    }

    @Test
    void eenOpvolgerZettenWissenEnDeVoorgangerZien() {
        long oud = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Oude regeling"), ZEIST, DE_BILT));
        String nieuwTitel = TestData.uniek("Inkoop bij Zeist");
        long nieuw = TestData.id(TestData.maak(port, "regisseur", nieuwTitel, ZEIST, DE_BILT));

        Http.Antwoord gezet = zetOpvolger("regisseur", oud, nieuw);
        assertThat(gezet.status()).as(gezet.body()).isEqualTo(200);
        assertThat(gezet.json().path("opvolger").path("id").asLong()).isEqualTo(nieuw);
        assertThat(gezet.json().path("opvolger").path("titel").asString()).isEqualTo(nieuwTitel);
        JsonNode voorgangers =
                Http.api(port, "regisseur").get(pad(nieuw)).json().path("voorgangers");
        assertThat(voorgangers.size()).isEqualTo(1);
        assertThat(voorgangers.get(0).path("id").asLong()).isEqualTo(oud);
        // Also in a list, and readable by a party.
        assertThat(Http.api(port, "ambtenaar1")
                        .get(pad(oud))
                        .json()
                        .path("opvolger")
                        .path("id")
                        .asLong())
                .isEqualTo(nieuw);

        // Both pages link each other.
        assertThat(Http.browser(port, "regisseur").get("/samenwerkingen/" + oud).body())
                .contains("Voortgezet als")
                .contains("href=\"/samenwerkingen/" + nieuw + "\"");
        assertThat(Http.browser(port, "regisseur")
                        .get("/samenwerkingen/" + nieuw)
                        .body())
                .contains("Voortzetting van")
                .contains("href=\"/samenwerkingen/" + oud + "\"");

        // Leaving it out keeps it; sending back what GET gave keeps it; null clears it.
        Http r = Http.api(port, "regisseur");
        Http.Antwoord huidig = r.get(pad(oud));
        Map<String, Object> zonder = new LinkedHashMap<>(Map.of(
                "titel", huidig.json().path("titel").asString(),
                "omschrijving", "Anders omschreven",
                "gemeenten", List.of(ZEIST, DE_BILT)));
        Http.Antwoord ongemoeid = r.putJson(pad(oud), zonder, huidig.header("ETag"));
        assertThat(ongemoeid.json().path("opvolger").path("id").asLong()).isEqualTo(nieuw);
        Map<String, Object> rondje = new LinkedHashMap<>(zonder);
        rondje.put("opvolger", Map.of("id", nieuw, "titel", nieuwTitel));
        assertThat(r.putJson(pad(oud), rondje, ongemoeid.header("ETag"))
                        .json()
                        .path("opvolger")
                        .path("id")
                        .asLong())
                .isEqualTo(nieuw);

        Http.Antwoord gewist = zetOpvolger("regisseur", oud, null);
        assertThat(gewist.status()).as(gewist.body()).isEqualTo(200);
        assertThat(gewist.json().path("opvolger").isNull()).isTrue();
        assertThat(r.get(pad(nieuw)).json().path("voorgangers").isEmpty()).isTrue();
        assertThat(r.get(pad(oud) + "/historie").json().toString()).contains("\"veld\":\"opvolger\"");
    }

    @Test
    void eenOngeldigeOpvolgerWordtGeweigerd() {
        long a = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Kring A"), ZEIST, DE_BILT));
        long b = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Kring B"), ZEIST, DE_BILT));
        assertThat(zetOpvolger("regisseur", a, b).status()).isEqualTo(200);

        assertThat(fout(zetOpvolger("regisseur", a, a))).contains("eigen opvolger");
        assertThat(fout(zetOpvolger("regisseur", b, a))).contains("rondgaan");
        assertThat(fout(zetOpvolger("regisseur", b, 999_999_999L))).contains("bestaat niet");
        assertThat(fout(zetOpvolger("regisseur", b, "twaalf"))).contains("nummer");
        // One the regisseur cannot see (another regisseur's, without a municipality of theirs) is as unknown.
        String ander = TestData.account(accounts, "regisseur-ander", Rol.REGISSEUR, null);
        long vreemd = TestData.id(TestData.maak(port, ander, TestData.uniek("Elders"), ZEIST, BUNNIK));
        assertThat(fout(zetOpvolger("regisseur", b, vreemd))).contains("bestaat niet");
        assertThat(Http.api(port, "regisseur")
                        .get(pad(b))
                        .json()
                        .path("opvolger")
                        .isNull())
                .isTrue();

        // Only the regisseur of this samenwerking names its successor.
        Http.Antwoord ambtenaar = zetOpvolger("ambtenaar1", b, null);
        assertThat(ambtenaar.status()).isEqualTo(403);
        Http.Antwoord andereRegisseur = zetOpvolger(ander, b, vreemd);
        assertThat(andereRegisseur.status()).isIn(403, 404);
        assertThat(Http.api(port, "regisseur")
                        .get(pad(a))
                        .json()
                        .path("opvolger")
                        .path("id")
                        .asLong())
                .isEqualTo(b);
    }

    @Test
    void deHistorieVanDeOpvolgerVerteltOokDeVoorgeschiedenis() {
        String oudTitel = TestData.uniek("Gemeenschappelijke regeling");
        long oud = TestData.id(TestData.maak(port, "regisseur", oudTitel, ZEIST, DE_BILT));
        Http r = Http.api(port, "regisseur");
        Http.Antwoord fase = r.postJson(
                pad(oud) + "/fase",
                Map.of("fase", "ONDERHANDELEN"),
                r.get(pad(oud)).header("ETag"));
        assertThat(fase.status()).as(fase.body()).isIn(200, 409);
        long nieuw = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Dienstverlening"), ZEIST, DE_BILT));
        assertThat(zetOpvolger("regisseur", oud, nieuw).status()).isEqualTo(200);

        JsonNode historie = r.get(pad(nieuw) + "/historie").json();
        List<Long> van = new ArrayList<>();
        historie.forEach(e -> van.add(e.path("samenwerking").path("id").asLong()));
        assertThat(van).contains(nieuw, oud);
        List<String> datums = new ArrayList<>();
        historie.forEach(e -> datums.add(e.path("datum").asString()));
        assertThat(datums).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        String pagina = Http.browser(port, "regisseur")
                .get("/samenwerkingen/" + nieuw + "/historie")
                .body();
        assertThat(pagina).contains("Voorgeschiedenis: " + oudTitel);
        // Someone who may not read the predecessor's history does not get it through the successor either.
        assertThat(Http.api(port, "ambtenaar1").get(pad(nieuw) + "/historie").status())
                .isEqualTo(403);
    }

    @Autowired
    nl.samenspel.account.AccountService accounts;

    private static String fout(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        JsonNode params = a.json().path("invalidParams");
        assertThat(params.findValuesAsString("name")).as(a.body()).containsExactly("opvolger");
        return params.get(0).path("reason").asString();
    }

    private static void als(Gebruiker g, Runnable werk) {
        nl.samenspel.security.HeeftGebruiker principal = () -> g;
        var auth = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of());
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(auth);
        try {
            werk.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
