package nl.samenspel.kalender;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.UTRECHT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The P&C calendar through the API (issue 14 point 1): planning a year and the computed last days with warnings,
 * only for a form with a budget; zienswijzen per raad and the board's answer; who may do what; versions; the
 * iCalendar feeds per samenwerking and per municipality, read by an independent parser (ical4j).
 */
@SamenspelTest
class KalenderApiTest {

    @LocalServerPort
    int port;

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id + "/pc-kalender";
    }

    static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    /** Opens the form step and chooses {@code vorm}, as the regisseur, through the form module's API. */
    void kiesVorm(long id, String vorm) {
        Http r = Http.api(port, "regisseur");
        String basis = "/api/v1/samenwerkingen/" + id;
        Http.Antwoord open = r.postJson(basis + "/stappen/vorm/ontgrendeling", Map.of("reden", "Voor de test"));
        assertThat(open.status()).as(open.body()).isIn(201, 409);
        String etag = r.get(basis + "/vormbesluit").header("ETag");
        Http.Antwoord gekozen = r.putJson(basis + "/vormbesluit", Map.of("vorm", vorm, "motivering", "Test"), etag);
        assertThat(gekozen.status()).as(gekozen.body()).isEqualTo(200);
    }

    long openbaarLichaam() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        kiesVorm(id, "OPENBAAR_LICHAAM");
        return id;
    }

    static Map<String, Object> paar(String gepland) {
        Map<String, Object> m = new HashMap<>();
        m.put("gepland", gepland);
        return m;
    }

    static List<String> velden(Http.Antwoord a) {
        List<String> uit = new ArrayList<>();
        a.json().path("invalidParams").forEach(p -> uit.add(p.path("name").asString()));
        return uit;
    }

    static JsonNode moment(JsonNode kalender, String moment) {
        for (JsonNode m : kalender.path("momenten")) {
            if (m.path("moment").asString().equals(moment)
                    && m.path("wijziging").isNull()) {
                return m;
            }
        }
        throw new AssertionError("geen moment " + moment);
    }

    @Test
    void eenJaarPlannenGeeftDeUitersteDagenEnWaarschuwtBijTeKortVoorDeZienswijzen() {
        long id = openbaarLichaam();
        Http r = Http.api(port, "regisseur");

        Http.Antwoord leeg = r.get(pad(id) + "?jaar=2027");
        assertThat(leeg.status()).as(leeg.body()).isEqualTo(200);
        assertThat(leeg.header("ETag")).isEqualTo("\"0\"");
        assertThat(leeg.json().path("vanToepassing").asBoolean()).isTrue();
        assertThat(moment(leeg.json(), "KADERS_NAAR_RADEN").path("uiterlijk").asString())
                .isEqualTo("2026-04-30");
        assertThat(moment(leeg.json(), "ONTWERPBEGROTING_NAAR_RADEN")
                        .path("uiterlijk")
                        .isNull())
                .isTrue();
        assertThat(leeg.json().path("voorbehoud").asString()).contains("2015");

        Map<String, Object> plan = new HashMap<>();
        plan.put("ontwerpbegroting", paar("2026-04-15"));
        plan.put("begroting", paar("2026-07-01"));
        plan.put("begrotingNaarGs", paar("2026-07-10"));
        plan.put(
                "wijzigingen",
                List.of(Map.of(
                        "omschrijving", "Extra taak handhaving",
                        "naarRaden", paar("2026-09-17"),
                        "besluit", paar("2026-12-10"))));
        Http.Antwoord gepland = r.putJson(pad(id) + "?jaar=2027", plan, "\"0\"");
        assertThat(gepland.status()).as(gepland.body()).isEqualTo(200);
        assertThat(gepland.header("ETag")).isEqualTo("\"1\"");
        JsonNode k = gepland.json();
        JsonNode ontwerp = moment(k, "ONTWERPBEGROTING_NAAR_RADEN");
        assertThat(ontwerp.path("uiterlijk").asString()).isEqualTo("2026-04-08");
        assertThat(ontwerp.path("status").asString()).isEqualTo("GEBROKEN");
        assertThat(ontwerp.path("artikel").asString()).isEqualTo("art. 35 lid 1 Wgr");
        assertThat(ontwerp.path("waarschuwingen").get(0).asString())
                .contains("minder dan twaalf weken")
                .contains("8 april 2026")
                .contains("art. 35 lid 1 Wgr");
        assertThat(moment(k, "ZIENSWIJZETERMIJN_BEGROTING").path("gepland").asString())
                .isEqualTo("2026-07-08");
        assertThat(moment(k, "BEGROTING_NAAR_GS").path("uiterlijk").asString()).isEqualTo("2026-07-15");
        assertThat(moment(k, "BEGROTING_NAAR_GS").path("waarschuwingen").size()).isZero();
        assertThat(k.path("wijzigingen").get(0).path("nummer").asInt()).isEqualTo(1);
        assertThat(k.path("jaren").toString()).isEqualTo("[2027]");

        Http.Antwoord verouderd = r.putJson(pad(id) + "?jaar=2027", plan, "\"0\"");
        assertThat(verouderd.status()).isEqualTo(412);
        Http.Antwoord zonderVersie = r.putJson(pad(id) + "?jaar=2027", plan, null);
        assertThat(zonderVersie.status()).isEqualTo(428);
        assertThat(zonderVersie.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void ongeldigeInvoerWordtInHetNederlandsGeweigerdEnNietsBewaard() {
        long id = openbaarLichaam();
        Http r = Http.api(port, "regisseur");
        Map<String, Object> plan = new HashMap<>();
        plan.put("kaders", Map.of("gedaan", vandaag().plusDays(3).toString()));
        plan.put("wijzigingen", List.of(Map.of("omschrijving", " ")));
        Http.Antwoord fout = r.putJson(pad(id) + "?jaar=2027", plan, "\"0\"");
        assertThat(fout.status()).as(fout.body()).isEqualTo(400);
        assertThat(fout.header("Content-Type")).contains("application/problem+json");
        assertThat(velden(fout)).containsExactlyInAnyOrder("kaders.gedaan", "wijzigingen[0].omschrijving");
        assertThat(fout.body()).contains("in de toekomst");
        assertThat(r.get(pad(id) + "?jaar=2027").header("ETag")).isEqualTo("\"0\"");

        Http.Antwoord jaar = r.get(pad(id) + "?jaar=1800");
        assertThat(jaar.status()).isEqualTo(400);
        assertThat(velden(jaar)).containsExactly("jaar");
    }

    @Test
    void zonderVormMetBegrotingGeenKalenderMaarWelDeReden() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        JsonNode geenVorm = r.get(pad(id) + "?jaar=2027").json();
        assertThat(geenVorm.path("vanToepassing").asBoolean()).isFalse();
        assertThat(geenVorm.path("momenten").size()).isZero();
        assertThat(geenVorm.path("reden").asString()).contains("nog geen vorm");

        kiesVorm(id, "CENTRUMREGELING");
        JsonNode centrum = r.get(pad(id) + "?jaar=2027").json();
        assertThat(centrum.path("reden").asString()).contains("Centrumregeling").contains("geen eigen begroting");
        Http.Antwoord plannen = r.putJson(pad(id) + "?jaar=2027", Map.of("begroting", paar("2026-07-01")), "\"0\"");
        assertThat(plannen.status()).isEqualTo(409);
        assertThat(plannen.body()).contains("geen vorm met een eigen begroting");
    }

    @Test
    void zienswijzePerRaadEnHetGemotiveerdeAntwoordVanHetBestuur() {
        long id = openbaarLichaam();
        Http r = Http.api(port, "regisseur");
        r.putJson(pad(id) + "?jaar=2027", Map.of("begroting", paar("2026-07-01")), "\"0\"");

        // A civil servant records their own raad's zienswijze; the municipality they name is not theirs to choose.
        Http.Antwoord eigen = Http.api(port, "ambtenaar1")
                .postJson(
                        pad(id) + "/zienswijzen",
                        Map.of("jaar", 2027, "gemeente", DE_BILT, "inhoud", "De raad vraagt om een lagere groei."));
        assertThat(eigen.status()).as(eigen.body()).isEqualTo(201);
        assertThat(eigen.json().path("gemeente").asString()).isEqualTo(ZEIST);
        assertThat(eigen.json().path("antwoord").isNull()).isTrue();
        String zienswijze = pad(id) + "/zienswijzen/" + eigen.json().path("id").asLong();

        Http.Antwoord raadslid = Http.api(port, "raadslid1")
                .postJson(pad(id) + "/zienswijzen", Map.of("jaar", 2027, "inhoud", "Mag dat?"));
        assertThat(raadslid.status()).isEqualTo(403);
        Http.Antwoord geenDeelnemer =
                r.postJson(pad(id) + "/zienswijzen", Map.of("jaar", 2027, "gemeente", UTRECHT, "inhoud", "Wij ook."));
        assertThat(geenDeelnemer.status()).isEqualTo(400);
        assertThat(velden(geenDeelnemer)).containsExactly("gemeente");
        Http.Antwoord onbekend = r.postJson(
                pad(id) + "/zienswijzen",
                Map.of("jaar", 2027, "wijziging", 4, "gemeente", ZEIST, "inhoud", "Over wijziging 4."));
        assertThat(velden(onbekend)).containsExactly("wijziging");

        Http.Antwoord zonderTekst = r.putJson(zienswijze + "/antwoord", Map.of("antwoord", " "), "\"1\"");
        assertThat(zonderTekst.status()).isEqualTo(400);
        assertThat(velden(zonderTekst)).containsExactly("antwoord");
        Http.Antwoord doorAmbtenaar = Http.api(port, "ambtenaar1")
                .putJson(zienswijze + "/antwoord", Map.of("antwoord", "Zelf antwoorden"), "\"1\"");
        assertThat(doorAmbtenaar.status()).isEqualTo(403);

        Http.Antwoord antwoord = r.putJson(
                zienswijze + "/antwoord",
                Map.of(
                        "antwoord",
                        "Het bestuur neemt dit over: de groei wordt beperkt, omdat de taken gelijk blijven.",
                        "beantwoordOp",
                        vandaag().toString()),
                "\"1\"");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.json().path("beantwoordOp").asString())
                .isEqualTo(vandaag().toString());
        assertThat(r.putJson(zienswijze + "/antwoord", Map.of("antwoord", "Nog eens"), "\"1\"")
                        .status())
                .isEqualTo(412);

        JsonNode k = r.get(pad(id) + "?jaar=2027").json();
        assertThat(k.path("zienswijzen").size()).isEqualTo(1);
        assertThat(k.path("zienswijzen").get(0).path("antwoord").asString()).startsWith("Het bestuur neemt dit over");
    }

    @Test
    void alleenDeRegisseurPlantEnAndereGemeentenZienNiets() {
        long id = openbaarLichaam();
        Http.Antwoord ambtenaar = Http.api(port, "ambtenaar1")
                .putJson(pad(id) + "?jaar=2027", Map.of("begroting", paar("2026-07-01")), "\"0\"");
        assertThat(ambtenaar.status()).isEqualTo(403);
        assertThat(ambtenaar.header("Content-Type")).contains("application/problem+json");
        assertThat(Http.api(port, "raadslid1").get(pad(id) + "?jaar=2027").status())
                .isEqualTo(200);
        assertThat(Http.api(port, "ambtenaar3").get(pad(id) + "?jaar=2027").status())
                .isEqualTo(404);
    }

    @Test
    void icalendarFeedWordtDoorEenOnafhankelijkeParserGelezen() throws Exception {
        long id = openbaarLichaam();
        Http r = Http.api(port, "regisseur");
        Map<String, Object> plan = new HashMap<>();
        plan.put("begroting", paar("2024-05-23"));
        plan.put("ontwerpbegroting", paar("2024-02-29"));
        plan.put(
                "wijzigingen",
                List.of(Map.of(
                        "omschrijving", "Loonkosten; cao, en \\ meer",
                        "naarRaden", paar("2024-09-05"),
                        "besluit", paar("2024-11-28"))));
        assertThat(r.putJson(pad(id) + "?jaar=2025", plan, "\"0\"").status()).isEqualTo(200);

        Http.Antwoord feed = r.get(pad(id) + ".ics", "text/calendar");
        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        String tekst = feed.body();
        assertThat(tekst).contains("\r\n").doesNotContainPattern("[^\r]\n").doesNotContain("TZID");
        for (String regel : tekst.split("\r\n")) {
            assertThat(regel.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .as(regel)
                    .isLessThanOrEqualTo(75);
        }

        Calendar cal = new CalendarBuilder().build(new StringReader(tekst));
        List<VEvent> events = cal.getComponents("VEVENT");
        Map<String, VEvent> perUid = new HashMap<>();
        events.forEach(e -> perUid.put(e.getProperty(Property.UID).orElseThrow().getValue(), e));
        VEvent ontwerp = perUid.get("pc-" + id + "-2025-ONTWERPBEGROTING_NAAR_RADEN@samenspel");
        assertThat(ontwerp).isNotNull();
        assertThat(ontwerp.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo("20240229");
        assertThat(ontwerp.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20240301");
        assertThat(ontwerp.getProperty(Property.DTSTAMP)).isPresent();
        assertThat(ontwerp.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .startsWith("Ontwerpbegroting naar de raden (2025)");
        assertThat(ontwerp.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("Artikel: art. 35 lid 1 Wgr")
                .contains("\n");
        VEvent kaders = perUid.get("pc-" + id + "-2025-KADERS_NAAR_RADEN@samenspel");
        assertThat(kaders.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo("20240430");
        VEvent gs = perUid.get("pc-" + id + "-2025-BEGROTING_NAAR_GS@samenspel");
        assertThat(gs.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20240606");
        VEvent wijziging = perUid.get("pc-" + id + "-2025-BEGROTINGSWIJZIGING_NAAR_RADEN-1@samenspel");
        assertThat(wijziging.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo("20240905");
        assertThat(tekst).contains("2025-BEGROTINGSWIJZIGING_VASTGESTELD-1@samenspel");

        // The same moment keeps its UID when the plan changes.
        plan.put("ontwerpbegroting", paar("2024-02-20"));
        assertThat(r.putJson(pad(id) + "?jaar=2025", plan, "\"1\"").status()).isEqualTo(200);
        Calendar opnieuw = new CalendarBuilder()
                .build(new StringReader(r.get(pad(id) + ".ics", "text/calendar").body()));
        List<VEvent> na = opnieuw.getComponents("VEVENT");
        VEvent zelfde = na.stream()
                .filter(e -> e.getProperty(Property.UID)
                        .orElseThrow()
                        .getValue()
                        .equals("pc-" + id + "-2025-ONTWERPBEGROTING_NAAR_RADEN@samenspel"))
                .findFirst()
                .orElseThrow();
        assertThat(zelfde.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo("20240220");

        // Per municipality: every samenwerking of that municipality the user may see.
        Http.Antwoord gemeente =
                Http.api(port, "ambtenaar1").get("/api/v1/gemeenten/" + ZEIST + "/pc-kalender.ics", "text/calendar");
        assertThat(gemeente.status()).as(gemeente.body()).isEqualTo(200);
        assertThat(gemeente.body()).contains("pc-" + id + "-2025-KADERS_NAAR_RADEN@samenspel");
        Calendar vanGemeente = new CalendarBuilder().build(new StringReader(gemeente.body()));
        assertThat(vanGemeente.getComponents("VEVENT")).isNotEmpty();
        Http.Antwoord andere =
                Http.api(port, "ambtenaar3").get("/api/v1/gemeenten/" + ZEIST + "/pc-kalender.ics", "text/calendar");
        assertThat(andere.status()).isEqualTo(200);
        assertThat(andere.body()).doesNotContain("pc-" + id + "-");
    }
}
