package nl.samenspel.samenwerking;

import static nl.samenspel.samenwerking.TestData.DE_BILT;
import static nl.samenspel.samenwerking.TestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A regisseur who starts halfway records what happened years ago (issue 10, point 7): a phase transition, the early
 * opening of the form step, a postponement and a tension carry the day they happened (today when left out, earlier
 * allowed, never later), a decision its deciding body; the history, the phase's "sinds" and the findings they cause
 * use that day. The recording moment stays in the audit trail.
 */
@SamenspelTest
class GebeurdatumApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    private long nieuw() {
        return TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Gebeurdatum"), ZEIST, DE_BILT));
    }

    private static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    private Http.Antwoord fase(long id, Map<String, Object> body) {
        Http r = Http.api(port, "regisseur");
        return r.postJson(pad(id) + "/fase", body, r.get(pad(id)).header("ETag"));
    }

    private static Map<String, Object> naar(String fase, Object... meer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fase", fase);
        body.put("reden", "Zo besloten, ook al ontbrak er iets.");
        for (int i = 0; i < meer.length; i += 2) {
            body.put((String) meer[i], meer[i + 1]);
        }
        return body;
    }

    private static List<String> ongeldig(Http.Antwoord a) {
        return a.json()
                .path("invalidParams")
                .valueStream()
                .map(p -> p.path("name").asString())
                .toList();
    }

    private JsonNode bevinding(long id, String controle) {
        JsonNode toets = Http.api(port, "regisseur").get(pad(id) + "/toets").json();
        for (JsonNode regel : toets.path("regels")) {
            for (JsonNode b : regel.path("bevindingen")) {
                if (b.path("controle").asString().equals(controle)) {
                    return b;
                }
            }
        }
        throw new AssertionError("no finding " + controle + " in " + toets);
    }

    private static String beginVan(String dag) {
        return LocalDate.parse(dag).atStartOfDay(Tijdstip.NEDERLAND).toInstant().toString();
    }

    @Test
    void eenFaseovergangVanJarenGeledenStaatMetDieDagInDeHistorieEnInSinds() {
        long id = nieuw();
        // Straight on to AFSPREKEN with the criteria unmet: a forced transition (an override), decided in 2016.
        Http.Antwoord a = fase(id, naar("AFSPREKEN", "datum", "2016-01-01", "besluitOrgaan", "STUURGROEP"));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("datum").asString()).isEqualTo("2016-01-01");
        assertThat(a.json().path("besluitOrgaan").asString()).isEqualTo("STUURGROEP");
        // When it was recorded stays what it was: now.
        assertThat(Instant.parse(a.json().path("op").asString()))
                .isAfter(Instant.now().minusSeconds(600));

        Http r = Http.api(port, "regisseur");
        JsonNode s = r.get(pad(id)).json();
        assertThat(s.path("fase").asString()).isEqualTo("AFSPREKEN");
        assertThat(s.path("faseSinds").asString()).isEqualTo("2016-01-01");
        assertThat(r.get(pad(id) + "/fase-overgangen")
                        .json()
                        .get(0)
                        .path("datum")
                        .asString())
                .isEqualTo("2016-01-01");

        // The history sorts on the day it happened: the 2016 transition comes after (below) today's creation.
        JsonNode historie = r.get(pad(id) + "/historie").json();
        JsonNode laatste = historie.get(historie.size() - 1);
        assertThat(laatste.path("entiteit").asString()).isEqualTo("fase_overgang");
        assertThat(laatste.path("datum").asString()).isEqualTo("2016-01-01");
        assertThat(historie.get(0).path("datum").asString())
                .isEqualTo(Gebeurdatum.vandaag().toString());

        // A forced transition is a finding open since the day it happened, not since today.
        assertThat(a.json().path("override").asBoolean()).isTrue();
        assertThat(bevinding(id, "R1.5").path("sinds").asString()).isEqualTo(beginVan("2016-01-01"));
    }

    @Test
    void zonderDatumIsHetVandaag() {
        long id = nieuw();
        Http.Antwoord a = fase(id, Map.of("fase", "ONDERHANDELEN", "reden", "Door."));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        String vandaag = Gebeurdatum.vandaag().toString();
        assertThat(a.json().path("datum").asString()).isEqualTo(vandaag);
        assertThat(a.json().path("besluitOrgaan").isNull()).isTrue();
        assertThat(Http.api(port, "regisseur")
                        .get(pad(id))
                        .json()
                        .path("faseSinds")
                        .asString())
                .isEqualTo(vandaag);
    }

    @Test
    void eenDagInDeToekomstOfOngeldigIs400EnSlaatNietsOp() {
        long id = nieuw();
        int auditVoor = audit.voorSamenwerking(id).size();
        String morgen = Gebeurdatum.vandaag().plusDays(1).toString();

        for (Object datum : List.of(morgen, "2016-13-45", "1.1.2016")) {
            Http.Antwoord a = fase(id, naar("ONDERHANDELEN", "datum", datum));
            assertThat(a.status()).as(a.body()).isEqualTo(400);
            assertThat(a.header("Content-Type")).contains("problem+json");
            assertThat(ongeldig(a)).containsExactly("datum");
        }
        Http.Antwoord orgaan = fase(id, naar("ONDERHANDELEN", "besluitOrgaan", "KONING"));
        assertThat(orgaan.status()).as(orgaan.body()).isEqualTo(400);
        assertThat(ongeldig(orgaan)).containsExactly("besluitOrgaan");

        Http r = Http.api(port, "regisseur");
        assertThat(r.get(pad(id)).json().path("fase").asString()).isEqualTo("VERKENNEN");
        assertThat(r.get(pad(id) + "/fase-overgangen").json().size()).isZero();
        assertThat(audit.voorSamenwerking(id)).hasSize(auditVoor);
    }

    @Test
    void eenOvergangMetEenEerdereDagDanDeVorigeWordtAanvaardEnDeLaatstVastgelegdeBepaaltDeFase() {
        long id = nieuw();
        assertThat(fase(id, naar("ONDERHANDELEN", "datum", "2018-05-01")).status())
                .isEqualTo(200);
        // Entered afterwards and out of order: the step back to VERKENNEN happened in 2017.
        assertThat(fase(id, Map.of("fase", "VERKENNEN", "datum", "2017-03-01")).status())
                .isEqualTo(200);

        Http r = Http.api(port, "regisseur");
        JsonNode s = r.get(pad(id)).json();
        assertThat(s.path("fase").asString()).isEqualTo("VERKENNEN");
        assertThat(s.path("faseSinds").asString()).isEqualTo("2017-03-01");
        assertThat(r.get(pad(id) + "/fase-overgangen")
                        .json()
                        .valueStream()
                        .map(o -> o.path("datum").asString())
                        .toList())
                .containsExactly("2018-05-01", "2017-03-01");
    }

    @Test
    void hetFaseformulierNeemtEenDagInHetVerledenEnEenBesluitorgaan() {
        long id = nieuw();
        Http b = Http.browser(port, "regisseur");
        String pagina = b.get("/samenwerkingen/" + id).body();
        assertThat(pagina).contains("type=\"date\"").contains("name=\"besluitOrgaan\"");

        Http.Antwoord toekomst = b.formulier(
                "/samenwerkingen/" + id + "/fase",
                Map.of(
                        "fase", "ONDERHANDELEN",
                        "versie", "0",
                        "reden", "Door.",
                        "datum", Gebeurdatum.vandaag().plusDays(3).toString()));
        assertThat(toekomst.status()).isEqualTo(400);
        assertThat(toekomst.body()).contains("Deze datum ligt in de toekomst");
        assertThat(Http.api(port, "regisseur").get(pad(id)).json().path("fase").asString())
                .isEqualTo("VERKENNEN");

        Http.Antwoord a = b.formulier(
                "/samenwerkingen/" + id + "/fase",
                Map.of(
                        "fase",
                        "ONDERHANDELEN",
                        "versie",
                        "0",
                        "reden",
                        "Door.",
                        "datum",
                        "2015-03-01",
                        "besluitOrgaan",
                        "ALGEMEEN_BESTUUR"));
        assertThat(a.status()).as(a.body()).isEqualTo(302);
        String na = b.get("/samenwerkingen/" + id).body();
        assertThat(na).contains("1 maart 2015").contains("Algemeen bestuur").contains("(sinds 1 maart 2015)");
        String historie = b.get("/samenwerkingen/" + id + "/historie").body();
        assertThat(historie).contains("1 maart 2015").contains("Gebeurd op");
    }

    @Test
    void eenUitstelEnEenSpanningVanVroegerHoudenHunDag() {
        long id = nieuw();
        Http r = Http.api(port, "regisseur");
        String uitstel = pad(id) + "/stappen/uitstel";

        Http.Antwoord toekomst = r.postJson(
                uitstel,
                Map.of(
                        "onderwerp",
                        "STAP:WAT",
                        "reden",
                        "Later",
                        "datum",
                        Gebeurdatum.vandaag().plusDays(1).toString()));
        assertThat(toekomst.status()).as(toekomst.body()).isEqualTo(400);
        assertThat(ongeldig(toekomst)).containsExactly("datum");
        assertThat(r.get(uitstel).json().size()).isZero();

        assertThat(r.postJson(uitstel, Map.of("onderwerp", "STAP:WAT", "reden", "Eerst de raad", "datum", "2018-01-10"))
                        .status())
                .isEqualTo(201);
        Http.Antwoord tweede = r.postJson(
                uitstel, Map.of("onderwerp", "STAP:WAT", "reden", "Nog eens de raad", "datum", "2019-06-01"));
        assertThat(tweede.status()).as(tweede.body()).isEqualTo(201);
        assertThat(tweede.json()
                        .valueStream()
                        .map(u -> u.path("datum").asString())
                        .toList())
                .containsExactly("2019-06-01", "2018-01-10");
        // Repeatedly postponed since the second postponement, on its day.
        assertThat(bevinding(id, "R6.1").path("sinds").asString()).isEqualTo(beginVan("2019-06-01"));

        String spanningen = pad(id) + "/spanningen";
        Http.Antwoord spanning = r.postJson(
                spanningen,
                Map.of("omschrijving", "Wie betaalt de ICT", "soort", "KOSTEN_VERDELING", "datum", "2017-05-01"));
        assertThat(spanning.status()).as(spanning.body()).isEqualTo(201);
        assertThat(spanning.json().path("datum").asString()).isEqualTo("2017-05-01");
        Http.Antwoord later = r.postJson(
                spanningen,
                Map.of(
                        "omschrijving",
                        "Wie beslist",
                        "soort",
                        "LASTIGE_KEUZE",
                        "datum",
                        Gebeurdatum.vandaag().plusDays(2).toString()));
        assertThat(later.status()).as(later.body()).isEqualTo(400);
        assertThat(ongeldig(later)).containsExactly("datum");
        JsonNode register = r.get(spanningen).json();
        assertThat(register.path("totaal").asInt()).isEqualTo(1);
        assertThat(register.path("spanningen").get(0).path("datum").asString()).isEqualTo("2017-05-01");
        // A change without a day keeps the day; the register page shows it.
        String een = spanningen + "/" + spanning.json().path("id").asLong();
        Http.Antwoord gewijzigd = r.putJson(
                een,
                Map.of("omschrijving", "Wie betaalt de ICT en de huisvesting", "soort", "KOSTEN_VERDELING"),
                r.get(een).header("ETag"));
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.json().path("datum").asString()).isEqualTo("2017-05-01");
        assertThat(Http.browser(port, "regisseur")
                        .get("/samenwerkingen/" + id + "/stappen/spanningen")
                        .body())
                .contains("1 mei 2017");
    }

    @Test
    void deVormstapVroegOpenenOpEenEerdereDagIsDeStartVanDieBevinding() {
        long id = nieuw();
        Http r = Http.api(port, "regisseur");
        Http.Antwoord a = r.postJson(
                pad(id) + "/stappen/vorm/ontgrendeling",
                Map.of("reden", "De colleges wilden een fusie", "datum", "2016-09-12", "besluitOrgaan", "COLLEGE"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().path("ontgrendeling").path("datum").asString()).isEqualTo("2016-09-12");
        assertThat(a.json().path("ontgrendeling").path("besluitOrgaan").asString())
                .isEqualTo("COLLEGE");
        assertThat(bevinding(id, "R1.1").path("sinds").asString()).isEqualTo(beginVan("2016-09-12"));
        assertThat(Http.browser(port, "regisseur")
                        .get("/samenwerkingen/" + id + "/stappen/vorm")
                        .body())
                .contains("12 september 2016")
                .contains("College van burgemeester en wethouders");
    }
}
