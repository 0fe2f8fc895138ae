package nl.samenspel.scan;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The samenwerkingsscan through the API (issue 14 point 5): the regisseur opens a round; each party fills in its
 * own answers; before a party submits, the others see only that it has not answered; the differences show every
 * submitted score side by side with the spread and the tensions, never an average; the round closes with an
 * action plan or a reason; bad input is refused in Dutch with nothing stored; who may write what.
 */
@SamenspelTest
class ScanApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Autowired
    ScanFeiten feiten;

    static final LocalDate VANDAAG = LocalDate.now(java.time.Clock.system(Tijdstip.NEDERLAND));

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id + "/scans";
    }

    /** Answers with every statement scored {@code standaard}, except those in {@code anders}. */
    static Map<String, Object> antwoorden(int standaard, Map<Stelling, Integer> anders, boolean indienen) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (Stelling st : Stelling.values()) {
            scores.add(Map.of("stelling", st.veld(), "score", anders.getOrDefault(st, standaard)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scores", scores);
        body.put("open", List.of(Map.of("thema", "STURING", "tekst", "We horen het vaak pas laat.")));
        body.put("indienen", indienen);
        return body;
    }

    static long open(int port, long id) {
        Http.Antwoord gemaakt = Http.api(port, "regisseur").postJson(pad(id), Map.of());
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        return gemaakt.json().path("id").asLong();
    }

    static List<String> velden(Http.Antwoord a) {
        List<String> uit = new ArrayList<>();
        a.json().path("invalidParams").forEach(p -> uit.add(p.path("name").asString()));
        return uit;
    }

    @Test
    void partijenVullenInVerschillenBlijvenZichtbaarEnDeScanEindigtInEenActieplan() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http regisseur = Http.api(port, "regisseur");
        Http zeist = Http.api(port, "ambtenaar1");
        Http bilt = Http.api(port, "ambtenaar2");

        Http.Antwoord gemaakt = regisseur.postJson(pad(id), Map.of());
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(gemaakt.header("ETag")).isEqualTo("\"1\"");
        assertThat(gemaakt.json().path("gestartOp").asString()).isEqualTo(VANDAAG.toString());
        String scan = pad(id) + "/" + gemaakt.json().path("id").asLong();
        assertThat(gemaakt.header("Location")).endsWith(scan);
        List<String> partijen = new ArrayList<>();
        gemaakt.json()
                .path("partijen")
                .forEach(p -> partijen.add(p.path("partij").asString()));
        assertThat(partijen)
                .as("zonder uitvoeringsorganisatie alleen de gemeenten")
                .containsExactly(ZEIST, DE_BILT);

        Http.Antwoord tweede = regisseur.postJson(pad(id), Map.of());
        assertThat(tweede.status()).as("één ronde tegelijk").isEqualTo(409);
        assertThat(tweede.body()).contains("Er is al een scan open");

        // Zeist saves a draft: only Zeist sees it; De Bilt and the regisseur see only that Zeist has not answered.
        Map<String, Object> concept = antwoorden(4, Map.of(Stelling.WAARDE1, 5), false);
        assertThat(zeist.putJson(scan + "/antwoorden/" + ZEIST, concept, null).status())
                .isEqualTo(428);
        Http.Antwoord opgeslagen = zeist.putJson(scan + "/antwoorden/" + ZEIST, concept, "\"0\"");
        assertThat(opgeslagen.status()).as(opgeslagen.body()).isEqualTo(200);
        assertThat(opgeslagen.json().path("status").asString()).isEqualTo("CONCEPT");
        assertThat(opgeslagen.header("ETag")).isEqualTo("\"1\"");
        assertThat(zeist.get(scan + "/antwoorden/" + ZEIST).json().path("scores"))
                .hasSize(12);
        for (Http ander : List.of(bilt, regisseur, Http.api(port, "raadslid1"))) {
            JsonNode gezien = ander.get(scan + "/antwoorden/" + ZEIST).json();
            assertThat(gezien.path("status").asString()).isEqualTo("NOG_NIET");
            assertThat(gezien.path("scores")).isEmpty();
            assertThat(gezien.path("open")).isEmpty();
            assertThat(ander.get(scan).body()).doesNotContain("CONCEPT");
        }
        assertThat(bilt.get(scan + "/verschillen")
                        .json()
                        .path("stellingen")
                        .get(0)
                        .path("scores"))
                .as("een concept telt niet mee")
                .isEmpty();

        // Writing for another party, or as a council member, is refused; nothing changes.
        assertThat(zeist.putJson(scan + "/antwoorden/" + DE_BILT, concept, "\"0\"")
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1")
                        .putJson(scan + "/antwoorden/" + ZEIST, concept, "\"1\"")
                        .status())
                .isEqualTo(403);
        assertThat(regisseur
                        .putJson(scan + "/antwoorden/" + ZEIST, concept, "\"1\"")
                        .status())
                .as("de regisseur vult voor geen partij in")
                .isEqualTo(403);
        assertThat(zeist.putJson(scan + "/antwoorden/GM0344", concept, "\"0\"").status())
                .as("geen partij")
                .isEqualTo(404);

        // Submitting needs every statement scored, each 1 to 5: 400 naming the statements, nothing stored.
        Map<String, Object> onvolledig = antwoorden(4, Map.of(), true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> scores = new ArrayList<>((List<Map<String, Object>>) onvolledig.get("scores"));
        scores.remove(0);
        scores.set(0, Map.of("stelling", "waarde2", "score", 7));
        onvolledig.put("scores", scores);
        Http.Antwoord fout = zeist.putJson(scan + "/antwoorden/" + ZEIST, onvolledig, "\"1\"");
        assertThat(fout.status()).as(fout.body()).isEqualTo(400);
        assertThat(fout.header("Content-Type")).startsWith("application/problem+json");
        assertThat(velden(fout)).contains("waarde1", "waarde2");
        assertThat(fout.body())
                .contains("Geef een score bij deze stelling")
                .contains("Kies een score van 1 tot en met 5");
        assertThat(zeist.get(scan + "/antwoorden/" + ZEIST)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("CONCEPT");
        Http.Antwoord onbekend = zeist.putJson(
                scan + "/antwoorden/" + ZEIST,
                Map.of("scores", List.of(Map.of("stelling", "geluk1", "score", 3))),
                "\"1\"");
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.body()).contains("Er is geen stelling 'geluk1'");

        // Both submit; they differ by 4 on the first statement.
        Http.Antwoord ingediend =
                zeist.putJson(scan + "/antwoorden/" + ZEIST, antwoorden(4, Map.of(Stelling.WAARDE1, 5), true), "\"1\"");
        assertThat(ingediend.status()).as(ingediend.body()).isEqualTo(200);
        assertThat(ingediend.json().path("status").asString()).isEqualTo("INGEDIEND");
        assertThat(zeist.putJson(scan + "/antwoorden/" + ZEIST, concept, "\"2\"")
                        .status())
                .as("ingediend ligt vast")
                .isEqualTo(409);
        assertThat(bilt.get(scan + "/antwoorden/" + ZEIST).json().path("scores"))
                .hasSize(12);
        assertThat(bilt.putJson(
                                scan + "/antwoorden/" + DE_BILT,
                                antwoorden(4, Map.of(Stelling.WAARDE1, 1, Stelling.STURING2, 3), true),
                                "\"0\"")
                        .status())
                .isEqualTo(200);

        JsonNode verschillen = regisseur.get(scan + "/verschillen").json();
        JsonNode waarde1 = verschillen.path("stellingen").get(0);
        assertThat(waarde1.path("stelling").asString()).isEqualTo("waarde1");
        assertThat(waarde1.path("tekst").asString()).isNotBlank();
        assertThat(waarde1.path("scores")).hasSize(2);
        assertThat(waarde1.path("scores").get(0).path("naam").asString()).isEqualTo("Zeist");
        assertThat(waarde1.path("scores").get(0).path("score").asInt()).isEqualTo(5);
        assertThat(waarde1.path("scores").get(1).path("score").asInt()).isEqualTo(1);
        assertThat(waarde1.path("spreiding").asInt()).isEqualTo(4);
        assertThat(waarde1.path("spanning").asBoolean()).isTrue();
        assertThat(waarde1.has("gemiddelde")).as("niet weggemiddeld").isFalse();
        assertThat(verschillen.path("spanningen").asInt())
                .as("alleen waarde1; sturing2 verschilt één punt")
                .isEqualTo(1);
        assertThat(verschillen.path("nogNietIngediend")).isEmpty();

        // Closing: If-Match, then an action or a reason.
        assertThat(regisseur.putJson(scan, Map.of("afgerond", true), null).status())
                .isEqualTo(428);
        assertThat(regisseur.putJson(scan, Map.of("afgerond", true), "\"9\"").status())
                .isEqualTo(412);
        Http.Antwoord zonder = regisseur.putJson(scan, Map.of("afgerond", true), "\"1\"");
        assertThat(zonder.status()).as(zonder.body()).isEqualTo(400);
        assertThat(velden(zonder)).containsExactly("afsluitreden");
        assertThat(zonder.body()).contains("minstens één actie");
        assertThat(zeist.postJson(
                                scan + "/acties",
                                Map.of("omschrijving", "x", "eigenaar", "y", "deadline", "2027-01-01"))
                        .status())
                .as("alleen de regisseur maakt het actieplan")
                .isEqualTo(403);
        Http.Antwoord actieFout =
                regisseur.postJson(scan + "/acties", Map.of("omschrijving", " ", "eigenaar", "Directeur"));
        assertThat(actieFout.status()).isEqualTo(400);
        assertThat(velden(actieFout)).contains("omschrijving", "deadline");
        Http.Antwoord actie = regisseur.postJson(
                scan + "/acties",
                Map.of(
                        "omschrijving",
                        "Bespreek in het AB wat de samenwerking elk van ons oplevert",
                        "eigenaar",
                        "Voorzitter AB",
                        "deadline",
                        VANDAAG.minusDays(1).toString()));
        assertThat(actie.status()).as(actie.body()).isEqualTo(201);
        assertThat(actie.json().path("overTijd").asBoolean()).isTrue();
        String actiePad = scan + "/acties/" + actie.json().path("id").asLong();

        Http.Antwoord afgerond = regisseur.putJson(scan, Map.of("afgerond", true), "\"1\"");
        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(200);
        assertThat(afgerond.json().path("afgerond").asBoolean()).isTrue();
        assertThat(afgerond.json().path("afgerondOp").asString()).isEqualTo(VANDAAG.toString());
        assertThat(afgerond.json().path("acties")).hasSize(1);
        assertThat(bilt.putJson(scan + "/antwoorden/" + DE_BILT, concept, "\"1\"")
                        .status())
                .as("na afronden ligt alles vast")
                .isEqualTo(409);
        assertThat(regisseur.putJson(scan, Map.of("afgerond", false), "\"2\"").status())
                .as("niet opnieuw te openen")
                .isEqualTo(409);
        assertThat(regisseur.delete(actiePad, "\"1\"").status())
                .as("de enige actie van een afgeronde scan zonder reden blijft")
                .isEqualTo(409);

        // A party marks the action done; it changes nothing else.
        Http.Antwoord klaar = bilt.putJson(
                actiePad,
                Map.of(
                        "omschrijving",
                        "Iets anders",
                        "eigenaar",
                        "Iemand anders",
                        "deadline",
                        VANDAAG.minusDays(1).toString(),
                        "afgerond",
                        VANDAAG.toString()),
                "\"1\"");
        assertThat(klaar.status()).as(klaar.body()).isEqualTo(200);
        assertThat(klaar.json().path("afgerond").asString()).isEqualTo(VANDAAG.toString());
        assertThat(klaar.json().path("eigenaar").asString()).isEqualTo("Voorzitter AB");
        assertThat(klaar.json().path("overTijd").asBoolean()).isFalse();

        // What the check reads: the submitted parties and the plan.
        ScanFeiten.Stand stand = feiten.lees(List.of(id)).get(0);
        assertThat(stand.scans()).hasSize(1);
        assertThat(stand.scans().get(0).ingevuldDoor()).containsExactlyInAnyOrder(ZEIST, DE_BILT);
        assertThat(stand.scans().get(0).afgerondOp()).isEqualTo(VANDAAG);
        assertThat(stand.scans().get(0).actieplan()).hasSize(1);
        assertThat(stand.scans().get(0).actieplan().get(0).afgerondOp()).isEqualTo(VANDAAG);

        // Audited: opened, closed; answers; the action.
        List<String> entiteiten = new ArrayList<>();
        regisseur
                .get("/api/v1/samenwerkingen/" + id + "/historie")
                .json()
                .forEach(h -> entiteiten.add(
                        h.path("entiteit").asString() + ":" + h.path("actie").asString()));
        assertThat(entiteiten)
                .contains(
                        "scan_scan:AANGEMAAKT",
                        "scan_scan:GEWIJZIGD",
                        "scan_partij:AANGEMAAKT",
                        "scan_actie:GEWIJZIGD");
    }

    @Test
    void deUitvoeringsorganisatieIsEenPartijAlsZeErIsEnVultZelfIn() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String scan = pad(id) + "/" + open(port, id);
        Http uitvoerder = Http.api(port, "uitvoerder");
        assertThat(uitvoerder.get(scan).status())
                .as("zonder zetel ziet zij de samenwerking niet")
                .isEqualTo(404);
        assertThat(Http.api(port, "regisseur")
                        .get(scan + "/antwoorden/" + ScanFeiten.ORGANISATIE)
                        .status())
                .as("zonder uitvoeringsorganisatie is ORGANISATIE geen partij")
                .isEqualTo(404);

        samenwerkingen.zetUitvoerders(id, Set.of("uitvoerder"));
        List<String> partijen = new ArrayList<>();
        uitvoerder
                .get(scan)
                .json()
                .path("partijen")
                .forEach(p -> partijen.add(p.path("partij").asString()));
        assertThat(partijen).containsExactly(ZEIST, DE_BILT, ScanFeiten.ORGANISATIE);
        Http.Antwoord ingediend = uitvoerder.putJson(
                scan + "/antwoorden/" + ScanFeiten.ORGANISATIE, antwoorden(3, Map.of(), true), "\"0\"");
        assertThat(ingediend.status()).as(ingediend.body()).isEqualTo(200);
        assertThat(ingediend.json().path("naam").asString()).isEqualTo("De uitvoeringsorganisatie");
        assertThat(uitvoerder
                        .putJson(scan + "/antwoorden/" + ZEIST, antwoorden(3, Map.of(), false), "\"0\"")
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar1")
                        .putJson(
                                scan + "/antwoorden/" + ScanFeiten.ORGANISATIE, antwoorden(3, Map.of(), false), "\"1\"")
                        .status())
                .isEqualTo(403);
        JsonNode verschillen =
                Http.api(port, "ambtenaar1").get(scan + "/verschillen").json();
        assertThat(verschillen.path("stellingen").get(0).path("scores")).hasSize(1);
        List<String> wachten = new ArrayList<>();
        verschillen
                .path("nogNietIngediend")
                .forEach(p -> wachten.add(p.path("partij").asString()));
        assertThat(wachten).containsExactly(ZEIST, DE_BILT);

        // Closing with a reason and no actions; the uitvoerder opens no round.
        assertThat(uitvoerder.postJson(pad(id), Map.of()).status()).isEqualTo(403);
        Http.Antwoord afgerond = Http.api(port, "regisseur")
                .putJson(scan, Map.of("afgerond", true, "afsluitreden", "Eerst de tweede ronde afwachten"), "\"1\"");
        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(200);
        assertThat(afgerond.json().path("afsluitreden").asString()).isEqualTo("Eerst de tweede ronde afwachten");
        assertThat(open(port, id)).as("na afronden kan een nieuwe ronde open").isPositive();
        assertThat(Http.api(port, "regisseur")
                        .get(pad(id))
                        .json()
                        .path("totaal")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void ongeldigeStartdatumEnOnbekendeScanGevenEenNederlandseFout() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http regisseur = Http.api(port, "regisseur");
        Http.Antwoord toekomst = regisseur.postJson(
                pad(id), Map.of("gestartOp", VANDAAG.plusDays(3).toString()));
        assertThat(toekomst.status()).isEqualTo(400);
        assertThat(velden(toekomst)).containsExactly("gestartOp");
        Http.Antwoord onleesbaar = regisseur.postJson(pad(id), Map.of("gestartOp", "gisteren"));
        assertThat(onleesbaar.status()).isEqualTo(400);
        assertThat(regisseur.get(pad(id)).json().path("totaal").asInt())
                .as("niets opgeslagen")
                .isZero();
        assertThat(regisseur.get(pad(id) + "/999999").status()).isEqualTo(404);
        assertThat(Http.api(port, "ambtenaar3").get(pad(id)).status())
                .as("Bunnik is geen partij")
                .isEqualTo(404);
    }
}
