package nl.samenspel.financien;

import static nl.samenspel.support.TestAccounts.BUNNIK;
import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Money per municipality through the API (issue 14 point 2): the key of each kind with its refusals in Dutch, the
 * budget split to the cent, extra contributions on top, financial events and which raad was informed when and how
 * (a municipality only for its own raad), the term, versions, and what the check reads.
 */
@SamenspelTest
class FinancienApiTest {

    @LocalServerPort
    int port;

    @Autowired
    FinancienFeiten feiten;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Autowired
    JdbcClient jdbc;

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    static List<String> velden(Http.Antwoord a) {
        List<String> uit = new ArrayList<>();
        a.json().path("invalidParams").forEach(p -> uit.add(p.path("name").asString()));
        return uit;
    }

    static String reden(Http.Antwoord a, String veld) {
        for (JsonNode p : a.json().path("invalidParams")) {
            if (p.path("name").asString().equals(veld)) {
                return p.path("reason").asString();
            }
        }
        return "";
    }

    static Map<String, Object> sleutel(String soort, Object... codeWaarde) {
        Map<String, Object> delen = new HashMap<>();
        for (int i = 0; i < codeWaarde.length; i += 2) {
            delen.put((String) codeWaarde[i], codeWaarde[i + 1]);
        }
        return Map.of("soort", soort, "delen", delen);
    }

    static Map<String, BigDecimal> bijdragen(JsonNode b) {
        Map<String, BigDecimal> uit = new HashMap<>();
        b.path("bijdragen")
                .forEach(r -> uit.put(
                        r.path("gemeente").asString(), euro(r.path("bijdrage").asString())));
        return uit;
    }

    static BigDecimal euro(String nederlands) {
        return new BigDecimal(nederlands.replace(".", "").replace(',', '.'));
    }

    @Test
    void vasteSleutelVerdeeltDeBegrotingTotOpDeCentEnWeigertWatNietKlopt() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT, BUNNIK);
        Http r = Http.api(port, "regisseur");

        Http.Antwoord leeg = r.get(pad(id) + "/verdeelsleutel");
        assertThat(leeg.status()).isEqualTo(200);
        assertThat(leeg.header("ETag")).isEqualTo("\"0\"");
        assertThat(leeg.json().path("soort").isNull()).isTrue();

        // Together 99: refused, naming the sum; a missing municipality is named at its own field.
        Http.Antwoord som =
                r.putJson(pad(id) + "/verdeelsleutel", sleutel("VAST", ZEIST, 50, DE_BILT, 30, BUNNIK, 19), "\"0\"");
        assertThat(som.status()).as(som.body()).isEqualTo(400);
        assertThat(som.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reden(som, "soort")).contains("samen 99").contains("precies 100");
        Http.Antwoord mist = r.putJson(pad(id) + "/verdeelsleutel", sleutel("VAST", ZEIST, 50, DE_BILT, 50), "\"0\"");
        assertThat(mist.status()).isEqualTo(400);
        assertThat(velden(mist)).containsExactly("deel-" + BUNNIK);
        assertThat(reden(mist, "deel-" + BUNNIK)).contains("Bunnik");
        Http.Antwoord vreemd = r.putJson(
                pad(id) + "/verdeelsleutel", sleutel("VAST", ZEIST, 50, DE_BILT, 30, BUNNIK, 20, "GM0344", 0), "\"0\"");
        assertThat(vreemd.status()).isEqualTo(400);
        assertThat(velden(vreemd)).containsExactly("deel-GM0344");
        assertThat(r.get(pad(id) + "/verdeelsleutel").json().path("versie").asLong())
                .isZero();

        assertThat(r.putJson(pad(id) + "/verdeelsleutel", sleutel("VAST", ZEIST, 50, DE_BILT, 30, BUNNIK, 20), null)
                        .status())
                .isEqualTo(428);
        Http.Antwoord goed = r.putJson(
                pad(id) + "/verdeelsleutel",
                sleutel(
                        "VAST",
                        ZEIST,
                        new BigDecimal("33.3333"),
                        DE_BILT,
                        new BigDecimal("33.3333"),
                        BUNNIK,
                        new BigDecimal("33.3334")),
                "\"0\"");
        assertThat(goed.status()).as(goed.body()).isEqualTo(200);
        assertThat(goed.header("ETag")).isEqualTo("\"1\"");
        assertThat(r.putJson(pad(id) + "/verdeelsleutel", sleutel("VAST", ZEIST, 50, DE_BILT, 30, BUNNIK, 20), "\"0\"")
                        .status())
                .isEqualTo(412);

        // A budget in Dutch notation; the parts add up to it exactly.
        Http.Antwoord punt = r.putJson(pad(id) + "/begrotingen/2027", Map.of("totaal", "1.000.000.00"), "\"0\"");
        assertThat(punt.status()).isEqualTo(400);
        assertThat(velden(punt)).containsExactly("totaal");
        Http.Antwoord begroting = r.putJson(pad(id) + "/begrotingen/2027", Map.of("totaal", "1.000.000,01"), "\"0\"");
        assertThat(begroting.status()).as(begroting.body()).isEqualTo(200);
        assertThat(begroting.json().path("totaal").asString()).isEqualTo("1.000.000,01");
        assertThat(r.get(pad(id) + "/begrotingen/2026").status()).isEqualTo(404);

        JsonNode b = r.get(pad(id) + "/bijdragen?jaar=2027").json();
        assertThat(b.path("berekenbaar").asBoolean()).isTrue();
        assertThat(b.path("soort").asString()).isEqualTo("VAST");
        Map<String, BigDecimal> delen = bijdragen(b);
        assertThat(delen.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1000000.01");
        // 33,3333 % of 1.000.000,01 is 333.333,00 exactly (plus a fraction of a cent); the cent left over goes to
        // Bunnik, whose share lost the most by rounding down.
        assertThat(delen.get(ZEIST)).isEqualByComparingTo("333333.00");
        assertThat(delen.get(BUNNIK)).isEqualByComparingTo("333334.01");

        // A raadslid and a civil servant read the same figures and change nothing.
        assertThat(Http.api(port, "raadslid1")
                        .get(pad(id) + "/bijdragen?jaar=2027")
                        .json()
                        .path("bijdragen")
                        .size())
                .isEqualTo(3);
        assertThat(Http.api(port, "ambtenaar1")
                        .putJson(pad(id) + "/begrotingen/2027", Map.of("totaal", "1"), "\"1\"")
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1")
                        .putJson(pad(id) + "/verdeelsleutel", sleutel("INWONERS"), "\"1\"")
                        .status())
                .isEqualTo(403);
        assertThat(r.get(pad(id) + "/begrotingen/2027").json().path("totaal").asString())
                .isEqualTo("1.000.000,01");
    }

    @Test
    void inwonersUitDeReferentiegegevensEnGebruikAlsEenheden() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        assertThat(r.putJson(pad(id) + "/verdeelsleutel", sleutel("INWONERS"), "\"0\"")
                        .status())
                .isEqualTo(200);
        assertThat(r.putJson(pad(id) + "/begrotingen/2028", Map.of("totaal", "500.000"), "\"0\"")
                        .status())
                .isEqualTo(200);
        JsonNode b = r.get(pad(id) + "/bijdragen?jaar=2028").json();
        JsonNode zeist = b.path("bijdragen").get(0);
        JsonNode bilt = b.path("bijdragen").get(1);
        assertThat(zeist.path("gemeente").asString()).isEqualTo(ZEIST);
        long inwonersZeist = zeist.path("grondslag").asLong();
        long inwonersBilt = bilt.path("grondslag").asLong();
        assertThat(inwonersZeist).isPositive();
        assertThat(inwonersBilt).isPositive();
        BigDecimal verwacht = new BigDecimal("500000")
                .multiply(BigDecimal.valueOf(inwonersZeist))
                .divide(BigDecimal.valueOf(inwonersZeist + inwonersBilt), 2, java.math.RoundingMode.HALF_UP);
        assertThat(euro(zeist.path("bijdrage").asString()).subtract(verwacht).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(euro(zeist.path("bijdrage").asString())
                        .add(euro(bilt.path("bijdrage").asString())))
                .isEqualByComparingTo("500000");

        Http.Antwoord nul = r.putJson(pad(id) + "/verdeelsleutel", sleutel("GEBRUIK", ZEIST, 0, DE_BILT, 0), "\"1\"");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(reden(nul, "soort")).contains("groter dan nul");
        assertThat(r.putJson(pad(id) + "/verdeelsleutel", sleutel("GEBRUIK", ZEIST, 300, DE_BILT, 100), "\"1\"")
                        .status())
                .isEqualTo(200);
        Map<String, BigDecimal> delen =
                bijdragen(r.get(pad(id) + "/bijdragen?jaar=2028").json());
        assertThat(delen.get(ZEIST)).isEqualByComparingTo("375000.00");
        assertThat(delen.get(DE_BILT)).isEqualByComparingTo("125000.00");
    }

    @Test
    void eenExtraBijdrageKomtBovenopDeBijdrageEnElkeRaadHoortHetOpTijd() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        r.putJson(pad(id) + "/verdeelsleutel", sleutel("VAST", ZEIST, 60, DE_BILT, 40), "\"0\"");
        r.putJson(pad(id) + "/begrotingen/2027", Map.of("totaal", "100.000"), "\"0\"");
        LocalDate bekend = vandaag().minusDays(40);

        Http.Antwoord fout = r.postJson(
                pad(id) + "/financiele-gebeurtenissen",
                Map.of(
                        "jaar",
                        1999,
                        "bedrag",
                        "-5",
                        "bekendOp",
                        vandaag().plusDays(1).toString(),
                        "omschrijving",
                        " "));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(velden(fout)).containsExactlyInAnyOrder("soort", "jaar", "bedrag", "bekendOp", "omschrijving");
        assertThat(reden(fout, "soort")).isEqualTo("Kies wat voor gebeurtenis dit is.");

        Http.Antwoord nieuw = r.postJson(
                pad(id) + "/financiele-gebeurtenissen",
                Map.of(
                        "soort", "EXTRA_BIJDRAGE",
                        "jaar", 2027,
                        "bedrag", "25.000,00",
                        "bekendOp", bekend.toString(),
                        "omschrijving", "Tekort op de inhuur bij de start"));
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        assertThat(nieuw.header("ETag")).isEqualTo("\"1\"");
        String gebeurtenis = nieuw.header("Location").replaceAll("^https?://[^/]+", "");
        assertThat(nieuw.json().path("uiterlijk").asString())
                .isEqualTo(bekend.plusDays(28).toString());
        assertThat(nieuw.json().path("teLaat").toString()).contains(ZEIST, DE_BILT);

        JsonNode b = r.get(pad(id) + "/bijdragen?jaar=2027").json();
        assertThat(b.path("extraTotaal").asString()).isEqualTo("25.000,00");
        assertThat(b.path("bijdragen").get(0).path("bijdrage").asString()).isEqualTo("60.000,00");
        assertThat(b.path("bijdragen").get(0).path("extra").asString()).isEqualTo("15.000,00");
        assertThat(b.path("bijdragen").get(0).path("samen").asString()).isEqualTo("75.000,00");

        // Zeist's civil servant records Zeist's raad, not De Bilt's; a council member records nothing.
        Http a = Http.api(port, "ambtenaar1");
        Map<String, Object> bilt = Map.of("gemeente", DE_BILT, "wijze", "RAADSINFORMATIEBRIEF");
        assertThat(a.postJson(gebeurtenis + "/raadsinformatie", bilt, "\"1\"").status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1")
                        .postJson(gebeurtenis + "/raadsinformatie", Map.of("wijze", "ANDERS"), "\"1\"")
                        .status())
                .isEqualTo(403);
        assertThat(a.postJson(gebeurtenis + "/raadsinformatie", Map.of("wijze", "ANDERS"), null)
                        .status())
                .isEqualTo(428);
        Http.Antwoord zonderToelichting =
                a.postJson(gebeurtenis + "/raadsinformatie", Map.of("wijze", "ANDERS"), "\"1\"");
        assertThat(zonderToelichting.status()).isEqualTo(400);
        assertThat(velden(zonderToelichting)).containsExactly("toelichting");
        Http.Antwoord tevroeg = a.postJson(
                gebeurtenis + "/raadsinformatie",
                Map.of(
                        "wijze",
                        "RAADSINFORMATIEBRIEF",
                        "geinformeerdOp",
                        bekend.minusDays(1).toString()),
                "\"1\"");
        assertThat(tevroeg.status()).isEqualTo(400);
        assertThat(velden(tevroeg)).containsExactly("geinformeerdOp");
        Http.Antwoord zeist = a.postJson(
                gebeurtenis + "/raadsinformatie",
                Map.of(
                        "wijze",
                        "RAADSINFORMATIEBRIEF",
                        "geinformeerdOp",
                        bekend.plusDays(10).toString()),
                "\"1\"");
        assertThat(zeist.status()).as(zeist.body()).isEqualTo(200);
        assertThat(zeist.header("ETag")).isEqualTo("\"2\"");
        assertThat(zeist.json().path("raden").get(0).path("gemeente").asString())
                .isEqualTo(ZEIST);
        assertThat(zeist.json().path("raden").get(0).path("vastgelegdDoor").asString())
                .isEqualTo("ambtenaar1");
        assertThat(zeist.json().path("nietGeinformeerd").toString())
                .doesNotContain(ZEIST)
                .contains(DE_BILT);
        assertThat(zeist.json().path("teLaat").toString()).doesNotContain(ZEIST).contains(DE_BILT);
        assertThat(a.postJson(gebeurtenis + "/raadsinformatie", Map.of("wijze", "ANDERS", "toelichting", "x"), "\"1\"")
                        .status())
                .isEqualTo(412);

        // The regisseur records De Bilt's; with a longer term nobody would have been late.
        Http.Antwoord deBilt = r.postJson(
                gebeurtenis + "/raadsinformatie",
                Map.of(
                        "gemeente",
                        DE_BILT,
                        "wijze",
                        "ZIENSWIJZEPROCEDURE",
                        "geinformeerdOp",
                        vandaag().toString()),
                "\"2\"");
        assertThat(deBilt.status()).as(deBilt.body()).isEqualTo(200);
        assertThat(deBilt.json().path("nietGeinformeerd").size()).isZero();

        Http.Antwoord termijn =
                r.putJson(pad(id) + "/financien-instellingen", Map.of("informatietermijnDagen", 366), "\"0\"");
        assertThat(termijn.status()).isEqualTo(400);
        assertThat(velden(termijn)).containsExactly("informatietermijnDagen");
        assertThat(r.get(pad(id) + "/financien-instellingen")
                        .json()
                        .path("informatietermijnDagen")
                        .asInt())
                .isEqualTo(FinancienFeiten.STANDAARD_INFORMATIETERMIJN);
        assertThat(r.putJson(pad(id) + "/financien-instellingen", Map.of("informatietermijnDagen", 60), "\"0\"")
                        .status())
                .isEqualTo(200);

        // What the check reads: the events with the day each raad heard it, and the term.
        FinancienFeiten.Stand stand = feiten.lees(List.of(id, -1L)).get(0);
        assertThat(stand.informatietermijnDagen()).isEqualTo(60);
        assertThat(stand.gebeurtenissen()).hasSize(1);
        FinancienFeiten.Gebeurtenis g = stand.gebeurtenissen().get(0);
        assertThat(g.soort()).isEqualTo(FinancieleSoort.EXTRA_BIJDRAGE);
        assertThat(g.bedrag()).isEqualByComparingTo("25000");
        assertThat(g.bekendOp()).isEqualTo(bekend);
        assertThat(g.geinformeerdOp(ZEIST)).isEqualTo(bekend.plusDays(10));
        assertThat(g.geinformeerdOp(DE_BILT)).isEqualTo(vandaag());
        assertThat(feiten.lees(List.of(id, -1L)).get(1)).isEqualTo(FinancienFeiten.Stand.leeg(-1));

        // Correcting the event keeps what was recorded about the raden, but not a day after one was informed.
        Http.Antwoord later = r.putJson(
                gebeurtenis,
                Map.of(
                        "soort",
                        "TEKORT",
                        "jaar",
                        2027,
                        "bedrag",
                        "30.000",
                        "bekendOp",
                        bekend.plusDays(11).toString(),
                        "omschrijving",
                        "Tekort"),
                "\"3\"");
        assertThat(later.status()).isEqualTo(400);
        assertThat(velden(later)).containsExactly("bekendOp");
        Http.Antwoord gecorrigeerd = r.putJson(
                gebeurtenis,
                Map.of(
                        "soort",
                        "TEKORT",
                        "jaar",
                        2027,
                        "bedrag",
                        "30.000",
                        "bekendOp",
                        bekend.toString(),
                        "omschrijving",
                        "Tekort"),
                "\"3\"");
        assertThat(gecorrigeerd.status()).as(gecorrigeerd.body()).isEqualTo(200);
        assertThat(gecorrigeerd.json().path("raden").size()).isEqualTo(2);
        assertThat(r.get(pad(id) + "/financiele-gebeurtenissen")
                        .json()
                        .path("gebeurtenissen")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void eenVerwijderdeOefensamenwerkingLaatGeenGeldAchter() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord nieuw = r.postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        assertThat(r.putJson(pad(id) + "/verdeelsleutel", sleutel("INWONERS"), "\"0\"")
                        .status())
                .isEqualTo(200);
        assertThat(r.putJson(pad(id) + "/begrotingen/2027", Map.of("totaal", "10"), "\"0\"")
                        .status())
                .isEqualTo(200);
        assertThat(r.putJson(pad(id) + "/financien-instellingen", Map.of("informatietermijnDagen", 10), "\"0\"")
                        .status())
                .isEqualTo(200);
        assertThat(r.postJson(
                                pad(id) + "/financiele-gebeurtenissen",
                                Map.of("soort", "TEKORT", "jaar", 2027, "bedrag", "1", "omschrijving", "x"))
                        .status())
                .isEqualTo(201);
        for (String tabel :
                List.of("financien_sleutel", "financien_begroting", "financien_gebeurtenis", "financien_instelling")) {
            assertThat(rijen(tabel, id)).as(tabel).isEqualTo(1);
        }
        assertThat(r.delete("/api/v1/oefensamenwerkingen/" + id, nieuw.header("ETag"))
                        .status())
                .isEqualTo(204);
        for (String tabel :
                List.of("financien_sleutel", "financien_begroting", "financien_gebeurtenis", "financien_instelling")) {
            assertThat(rijen(tabel, id)).as(tabel).isZero();
        }
    }

    long rijen(String tabel, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tabel + " WHERE samenwerking_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }
}
