package nl.samenspel.vorm;

import static nl.samenspel.support.Rollen.DE_BILT;
import static nl.samenspel.support.Rollen.UTRECHT;
import static nl.samenspel.support.Rollen.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The form advice through the API (issue 12): only once the gate is open; per form and criterion a reason with its
 * legal basis and source; the regisseur's answers change it (versioned); the check's bulk read and "what is next"
 * follow the decision.
 */
@SamenspelTest
class VormadviesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    VormFeiten vormFeiten;

    private static JsonNode vorm(JsonNode advies, String vorm) {
        for (JsonNode v : advies.path("vormen")) {
            if (v.path("vorm").asString().equals(vorm)) {
                return v;
            }
        }
        throw new AssertionError("no " + vorm + " in " + advies);
    }

    private static JsonNode criterium(JsonNode advies, String vorm, String criterium) {
        for (JsonNode c : vorm(advies, vorm).path("criteria")) {
            if (c.path("criterium").asString().equals(criterium)) {
                return c;
            }
        }
        throw new AssertionError("no " + criterium + " for " + vorm);
    }

    /** A samenwerking of three with one task that Zeist and Utrecht buy from De Bilt; the gate opened early. */
    private long eenzijdig(Http regisseur) {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT, UTRECHT);
        String pad = "/api/v1/samenwerkingen/" + id;
        Http.Antwoord taak = regisseur.postJson(
                pad + "/taken", Map.of("naam", "WOZ-waardering", "omschrijving", "Taxeren", "taakveld", "2023:0.61"));
        assertThat(taak.status()).as(taak.body()).isEqualTo(201);
        long taakId = taak.json().path("id").asLong();
        Map<String, Object> route = new HashMap<>();
        route.put("route", "INKOPEN");
        route.put("kopers", List.of(ZEIST, UTRECHT));
        route.put("leverancier", DE_BILT);
        route.put("vehikel", "DIENSTVERLENINGSOVEREENKOMST");
        route.put("reden", "De Bilt doet het al goed.");
        Http.Antwoord vast = regisseur.putJson(pad + "/taken/" + taakId + "/route", route, "\"0\"");
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        return id;
    }

    private static @org.jspecify.annotations.Nullable JsonNode kiesEenVorm(JsonNode volgendeStap) {
        for (JsonNode p : volgendeStap.path("open")) {
            if (p.path("sleutel").asString().equals("vorm.volgende.kies")) {
                return p;
            }
        }
        return null;
    }

    private static Map<String, Object> antwoorden(Object... paren) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            body.put((String) paren[i], paren[i + 1]);
        }
        return body;
    }

    @Test
    void hetAdviesVerschijntAlsDePoortOpenIsMetPerCriteriumEenRedenEnEenWetsgrondMetBron() {
        Http regisseur = Http.api(port, "regisseur");
        long id = eenzijdig(regisseur);
        String pad = "/api/v1/samenwerkingen/" + id;

        Http.Antwoord dicht = regisseur.get(pad + "/vormadvies");
        assertThat(dicht.status()).as(dicht.body()).isEqualTo(200);
        assertThat(dicht.json().path("open").asBoolean()).isFalse();
        assertThat(dicht.json().path("ontbreekt").size()).isPositive();
        assertThat(dicht.json().path("vormen").size()).isZero();
        Http.Antwoord teVroeg =
                regisseur.putJson(pad + "/vormadvies/antwoorden", antwoorden("personeel", true), "\"0\"");
        assertThat(teVroeg.status()).as(teVroeg.body()).isEqualTo(409);

        regisseur.postJson(pad + "/stappen/vorm/ontgrendeling", Map.of("reden", "Bestuurlijke haast"));
        Http.Antwoord open = Http.api(port, "ambtenaar1").get(pad + "/vormadvies");
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(open.header("ETag")).isEqualTo("\"0\"");
        JsonNode advies = open.json();
        assertThat(advies.path("open").asBoolean()).isTrue();
        assertThat(advies.path("vormen").size()).isEqualTo(7);
        assertThat(advies.path("openCriteria").toString()).contains("PERSONEEL", "RISICO");
        // one-sided need: a new body does not fit, with rule 5's reason and the contract basis
        assertThat(vorm(advies, "OPENBAAR_LICHAAM").path("geschiktheid").asString())
                .isEqualTo("PAST_NIET");
        JsonNode behoefte = criterium(advies, "OPENBAAR_LICHAAM", "BEHOEFTE");
        assertThat(behoefte.path("reden").asString()).contains("inkopen", "regel 5");
        assertThat(behoefte.path("wetsgrond").path("code").asString()).isEqualTo("CONTRACT_DVO");
        assertThat(behoefte.path("wetsgrond").path("bronUrl").asString()).startsWith("https://vng.nl/");
        assertThat(criterium(advies, "CENTRUMREGELING", "BEHOEFTE")
                        .path("geschiktheid")
                        .asString())
                .isEqualTo("PAST");
        JsonNode personeel = criterium(advies, "OPENBAAR_LICHAAM", "PERSONEEL");
        assertThat(personeel.path("open").asBoolean()).isTrue();
        assertThat(personeel.path("geschiktheid").isNull()).isTrue();
        assertThat(personeel.path("reden").asString()).contains("Nog niet beantwoord");

        Http.Antwoord beantwoord = regisseur.putJson(
                pad + "/vormadvies/antwoorden",
                antwoorden("personeel", false, "heffingen", true, "risico", "HOOG"),
                "\"0\"");
        assertThat(beantwoord.status()).as(beantwoord.body()).isEqualTo(200);
        assertThat(beantwoord.header("ETag")).isEqualTo("\"1\"");
        assertThat(beantwoord.json().path("gewijzigdDoor").asString()).isEqualTo("regisseur");

        JsonNode na = regisseur.get(pad + "/vormadvies").json();
        assertThat(na.path("antwoorden").path("heffingen").asBoolean()).isTrue();
        assertThat(na.path("antwoorden").path("risico").asString()).isEqualTo("HOOG");
        assertThat(na.path("antwoorden").path("vermogen").isNull()).isTrue();
        JsonNode heffingen = criterium(na, "BEDRIJFSVOERINGSORGANISATIE", "HEFFINGEN");
        assertThat(heffingen.path("geschiktheid").asString()).isEqualTo("PAST_NIET");
        assertThat(heffingen.path("wetsgrond").path("verwijzing").asString()).startsWith("Wgr art. 30");
        assertThat(criterium(na, "CENTRUMREGELING", "RISICO")
                        .path("geschiktheid")
                        .asString())
                .isEqualTo("PAST_NIET");
        assertThat(na.path("openCriteria").toString())
                .doesNotContain("PERSONEEL")
                .contains("VERMOGEN");

        Http.Antwoord verouderd =
                regisseur.putJson(pad + "/vormadvies/antwoorden", antwoorden("personeel", true), "\"0\"");
        assertThat(verouderd.status()).isEqualTo(412);
    }

    @Test
    void slechteAntwoordenOfEenAnderDanDeRegisseurSlaanNietsOp() {
        Http regisseur = Http.api(port, "regisseur");
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String pad = "/api/v1/samenwerkingen/" + id;
        regisseur.postJson(pad + "/stappen/vorm/ontgrendeling", Map.of("reden", "Bestuurlijke haast"));

        Http.Antwoord onzin = regisseur.putJson(pad + "/vormadvies/antwoorden", antwoorden("risico", "ENORM"), "\"0\"");
        assertThat(onzin.status()).as(onzin.body()).isEqualTo(400);
        assertThat(onzin.header("Content-Type")).contains("problem+json");
        Http.Antwoord ambtenaar = Http.api(port, "ambtenaar1")
                .putJson(pad + "/vormadvies/antwoorden", antwoorden("personeel", true), "\"0\"");
        assertThat(ambtenaar.status()).isEqualTo(403);
        Http.Antwoord zonderVersie = regisseur.send(
                "PUT", pad + "/vormadvies/antwoorden", "application/json", "{\"personeel\": true}", Map.of());
        assertThat(zonderVersie.status()).isEqualTo(428);

        JsonNode advies = regisseur.get(pad + "/vormadvies").json();
        assertThat(advies.path("antwoorden").path("versie").asLong()).isZero();
        assertThat(advies.path("antwoorden").path("personeel").isNull())
                .as(advies.toString())
                .isTrue();
    }

    @Test
    void deWetsgrondenNoemenElkeBronEnWatNietIsNagetrokken() {
        Http.Antwoord a = Http.api(port, "raadslid1").get("/api/v1/wetsgronden");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().size()).isEqualTo(Wetsgrond.values().length);
        boolean nietNagetrokken = false;
        for (JsonNode w : a.json()) {
            assertThat(w.path("bronUrl").asString()).startsWith("https://");
            assertThat(w.path("uitleg").asString()).isNotBlank().doesNotContain("vorm.wetsgrond");
            nietNagetrokken |= w.path("zekerheid").asString().equals("NIET_GEVERIFIEERD");
        }
        assertThat(nietNagetrokken).isTrue();
    }

    @Test
    void eenGekozenVormDieNietPastZonderMotiveringStaatZoInDeFeitenEnKiezenIsDeVolgendeStap() {
        Http regisseur = Http.api(port, "regisseur");
        long id = eenzijdig(regisseur);
        String pad = "/api/v1/samenwerkingen/" + id;
        regisseur.postJson(pad + "/stappen/vorm/ontgrendeling", Map.of("reden", "Bestuurlijke haast"));
        Http.Antwoord fase = regisseur.postJson(
                pad + "/fase",
                Map.of("fase", "VORMGEVEN", "reden", "Zo besloten."),
                regisseur.get(pad).header("ETag"));
        assertThat(fase.status()).as(fase.body()).isLessThan(300);
        assertThat(vormFeiten.lees(List.of(id))).containsExactly(VormFeiten.Stand.geen(id));

        JsonNode kiezen = kiesEenVorm(regisseur.get(pad + "/volgende-stap").json());
        assertThat(kiezen).as("no 'kies een vorm' while none is decided").isNotNull();
        assertThat(kiezen.path("pad").asString()).isEqualTo("/samenwerkingen/" + id + "/vorm");
        assertThat(kiezen.path("wachtOp").asString()).isEqualTo("REGISSEUR");

        Http.Antwoord gekozen = regisseur.putJson(pad + "/vormbesluit", Map.of("vorm", "OPENBAAR_LICHAAM"), "\"0\"");
        assertThat(gekozen.status()).as(gekozen.body()).isEqualTo(200);
        VormFeiten.Stand stand = vormFeiten.lees(List.of(id)).get(0);
        assertThat(stand.gekozen()).isEqualTo(Vorm.OPENBAAR_LICHAAM);
        assertThat(stand.oordeel()).isEqualTo(Geschiktheid.PAST_NIET);
        assertThat(stand.motiveringIngevuld()).isFalse();
        assertThat(regisseur
                        .get(pad + "/volgende-stap")
                        .json()
                        .path("volgende")
                        .path("sleutel")
                        .asString())
                .isNotEqualTo("vorm.volgende.kies");

        regisseur.putJson(pad + "/vormbesluit", Map.of("vorm", "CONTRACT", "motivering", "De Bilt levert."), "\"1\"");
        VormFeiten.Stand contract = vormFeiten.lees(List.of(id)).get(0);
        assertThat(contract.oordeel()).isNotEqualTo(Geschiktheid.PAST_NIET);
        assertThat(contract.motiveringIngevuld()).isTrue();
    }
}
