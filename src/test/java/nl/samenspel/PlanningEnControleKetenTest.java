package nl.samenspel;

import static nl.samenspel.support.TestAccounts.BUNNIK;
import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 across its modules, through the API only: a report (rapportage) feeds the agenda of a conversation
 * (gesprek) that also opens with the previous conversation's open actions, and an adjustment there opens a DVO
 * version (afspraken) that points back at the conversation. And who sees what: a client's reports and conversations
 * stay with that client (page, API), the calendar of a samenwerking stays with its parties (API and iCalendar, also
 * through the municipality feed), and a council member reads but writes nothing in any of the five modules.
 */
@SamenspelTest
class PlanningEnControleKetenTest {

    @LocalServerPort
    int port;

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    Http r() {
        return Http.api(port, TestAccounts.REGISSEUR);
    }

    static Http.Antwoord ok(Http.Antwoord a, int status) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        return a;
    }

    String etag(String pad) {
        return ok(r().get(pad), 200).header("ETag");
    }

    static long id(Http.Antwoord a) {
        return a.json().path("id").asLong();
    }

    static List<String> soorten(JsonNode agenda) {
        List<String> uit = new ArrayList<>();
        agenda.forEach(p -> uit.add(p.path("soort").asString()));
        return uit;
    }

    /** Zeist's agreed DVO of three lines, in a samenwerking of Zeist and De Bilt, and a report on it. */
    record Opzet(long id, long dvo, long rapportage, List<Long> regels) {}

    Opzet opzet() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT);
        long dienst = id(ok(r().postJson(pad(id) + "/diensten", Map.of("naam", "Heffen", "backoffice", "Eén")), 201));
        long dvo = id(ok(r().postJson(pad(id) + "/dvo", Map.of("gemeente", ZEIST, "jaar", 2026)), 201));
        List<Long> regels = new ArrayList<>();
        for (String resultaat : List.of("Aanslagen in februari", "Bezwaren binnen zes weken", "Loket op afspraak")) {
            regels.add(id(ok(
                    r().postJson(
                                    pad(id) + "/dvo/" + dvo + "/regels",
                                    Map.of(
                                            "dienst",
                                            dienst,
                                            "resultaat",
                                            resultaat,
                                            "status",
                                            "VAST",
                                            "indicatoren",
                                            List.of("Aantal"))),
                    201)));
        }
        String dvoPad = pad(id) + "/dvo/" + dvo;
        ok(r().postJson(dvoPad + "/vaststelling", Map.of(), etag(dvoPad)), 200);

        JsonNode rap = ok(
                        r().postJson(
                                        pad(id) + "/rapportages",
                                        Map.of("dvo", dvo, "van", "2026-04-01", "tot", "2026-06-30")),
                        201)
                .json();
        long rid = rap.path("id").asLong();
        String rPad = pad(id) + "/rapportages/" + rid;
        // Line by line, in DVO order: on course, attention, deviation; the deviation is last in the DVO.
        List<String> statussen = List.of("OP_KOERS", "AANDACHT", "AFWIJKING");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> lijn = new HashMap<>();
            lijn.put("status", statussen.get(i));
            lijn.put("verhaal", "Verhaal bij regel " + (i + 1) + ": wat er gebeurde en waarom.");
            lijn.put("waarden", List.of(10 + i));
            long lijnId = rap.path("lijnen").get(i).path("id").asLong();
            ok(r().putJson(rPad + "/lijnen/" + lijnId, lijn, etag(rPad)), 200);
        }
        ok(r().postJson(rPad + "/indiening", Map.of(), etag(rPad)), 200);
        return new Opzet(id, dvo, rid, regels);
    }

    @Test
    void vanRapportageViaAgendaNaarBijsturingEnEenNieuweDvoVersieDieTerugwijst() {
        Opzet o = opzet();
        Http zeist = Http.api(port, TestAccounts.AMBTENAAR_ZEIST);

        // A first conversation (without a report) leaves an open action and a finished one.
        String eerste = pad(o.id()) + "/gesprekken/"
                + id(ok(
                        zeist.postJson(pad(o.id()) + "/gesprekken", Map.of("dvo", o.dvo(), "datum", "2026-04-15")),
                        201));
        ok(
                zeist.postJson(
                        eerste + "/acties",
                        Map.of(
                                "omschrijving",
                                "Bezwaren uitzoeken",
                                "eigenaar",
                                "Teamleider",
                                "deadline",
                                "2026-07-01")),
                201);
        Http.Antwoord klaar = ok(
                zeist.postJson(
                        eerste + "/acties",
                        Map.of("omschrijving", "Loket bellen", "eigenaar", "Regisseur", "deadline", "2026-05-01")),
                201);
        ok(
                zeist.putJson(
                        eerste + "/acties/" + id(klaar),
                        Map.of(
                                "omschrijving",
                                "Loket bellen",
                                "eigenaar",
                                "Regisseur",
                                "deadline",
                                "2026-05-01",
                                "afgerond",
                                true),
                        klaar.header("ETag")),
                200);

        // The conversation on the report: the deviation first, then the attention point, then the open action.
        Http.Antwoord gemaakt = ok(
                zeist.postJson(
                        pad(o.id()) + "/gesprekken",
                        Map.of("dvo", o.dvo(), "datum", "2026-07-10", "rapportage", o.rapportage())),
                201);
        long gid = id(gemaakt);
        JsonNode agenda = gemaakt.json().path("agenda");
        assertThat(soorten(agenda)).containsExactly("AFWIJKING", "AANDACHT", "ACTIE");
        assertThat(agenda.get(0).path("titel").asString()).isEqualTo("Heffen: Loket op afspraak");
        assertThat(agenda.get(0).path("verwijzing").asLong())
                .isEqualTo(o.regels().get(2));
        assertThat(agenda.get(0).path("toelichting").asString())
                .contains("Verhaal bij regel 3")
                .contains("Aantal: 12");
        assertThat(agenda.get(1).path("titel").asString()).isEqualTo("Heffen: Bezwaren binnen zes weken");
        assertThat(agenda.get(2).path("titel").asString()).isEqualTo("Bezwaren uitzoeken");
        agenda.forEach(p -> assertThat(p.path("vragen")).as(p.toString()).isNotEmpty());

        // The adjustment opens DVO version 2 with the conversation as its cause, and the DVO links back to it.
        String gPad = pad(o.id()) + "/gesprekken/" + gid;
        JsonNode bijsturing = ok(
                        r().postJson(
                                        gPad + "/bijsturingen",
                                        Map.of("tekst", "Loket ook zonder afspraak open", "nieuweDvoVersie", true)),
                        201)
                .json();
        assertThat(bijsturing.path("dvoVersienummer").asInt()).isEqualTo(2);
        JsonNode versies =
                ok(r().get(pad(o.id()) + "/dvo/" + o.dvo() + "/versies"), 200).json();
        assertThat(versies).hasSize(2);
        JsonNode aanleiding = versies.get(1).path("aanleiding");
        assertThat(versies.get(1).path("reden").asString()).isEqualTo("Loket ook zonder afspraak open");
        assertThat(aanleiding.path("soort").asString()).isEqualTo("GESPREK");
        assertThat(aanleiding.path("id").asLong()).isEqualTo(gid);
        assertThat(aanleiding.path("pad").asString()).isEqualTo("/samenwerkingen/" + o.id() + "/gesprekken/" + gid);
        // The link leads to the conversation's page.
        assertThat(Http.browser(port, TestAccounts.AMBTENAAR_ZEIST)
                        .get(aanleiding.path("pad").asString())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void eenAndereGemeenteLeestDeRapportagesEnGesprekkenVanDeKlantNietOpPaginaOfApi() {
        Opzet o = opzet();
        long gid = id(ok(
                r().postJson(pad(o.id()) + "/gesprekken", Map.of("dvo", o.dvo(), "rapportage", o.rapportage())), 201));
        String rapportage = "/samenwerkingen/" + o.id() + "/rapportages/" + o.rapportage();
        String gesprek = "/samenwerkingen/" + o.id() + "/gesprekken/" + gid;

        // The client itself reads both.
        Http zeist = Http.api(port, TestAccounts.AMBTENAAR_ZEIST);
        ok(zeist.get("/api/v1" + rapportage), 200);
        ok(zeist.get("/api/v1" + gesprek), 200);
        ok(Http.browser(port, TestAccounts.AMBTENAAR_ZEIST).get(gesprek), 200);

        Http bilt = Http.api(port, TestAccounts.AMBTENAAR_DE_BILT);
        assertThat(bilt.get("/api/v1" + rapportage).status()).isEqualTo(404);
        assertThat(bilt.get("/api/v1" + rapportage + "/lijnen").status()).isEqualTo(404);
        assertThat(bilt.get("/api/v1" + gesprek).status()).isEqualTo(404);
        assertThat(ok(bilt.get(pad(o.id()) + "/rapportages"), 200)
                        .json()
                        .path("totaal")
                        .asInt())
                .isZero();
        assertThat(ok(bilt.get(pad(o.id()) + "/gesprekken"), 200).json()).isEmpty();
        // Nor through the trends, which count only what the reader may read.
        assertThat(ok(bilt.get(pad(o.id()) + "/rapportages/trends"), 200).body())
                .doesNotContain(ZEIST);

        Http biltPagina = Http.browser(port, TestAccounts.AMBTENAAR_DE_BILT);
        assertThat(biltPagina.get(rapportage).status()).isEqualTo(404);
        assertThat(biltPagina.get(gesprek).status()).isEqualTo(404);
        assertThat(biltPagina.get("/samenwerkingen/" + o.id() + "/gesprekken").body())
                .doesNotContain("/gesprekken/" + gid);
        assertThat(biltPagina.get("/samenwerkingen/" + o.id() + "/rapportages").body())
                .doesNotContain("/rapportages/" + o.rapportage());
    }

    /** Opens the form step and chooses a form with a budget, then plans the board dates of 2027. */
    long metKalender(String... gemeenten) {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, gemeenten);
        String basis = pad(id);
        Http.Antwoord open = r().postJson(basis + "/stappen/vorm/ontgrendeling", Map.of("reden", "Voor de test"));
        assertThat(open.status()).as(open.body()).isIn(201, 409);
        ok(
                r().putJson(
                                basis + "/vormbesluit",
                                Map.of("vorm", "OPENBAAR_LICHAAM", "motivering", "Met een begroting"),
                                etag(basis + "/vormbesluit")),
                200);
        String k = basis + "/pc-kalender?jaar=2027";
        Map<String, Object> plan = new HashMap<>();
        plan.put("ontwerpbegroting", Map.of("gepland", "2026-04-01"));
        plan.put("begroting", Map.of("gepland", "2026-07-01"));
        ok(r().putJson(k, plan, etag(k)), 200);
        return id;
    }

    @Test
    void deKalenderEnDeGemeentefeedTonenAlleenSamenwerkingenDieDeGebruikerMagZien() {
        long zeistBilt = metKalender(ZEIST, DE_BILT);
        long zeistBunnik = metKalender(ZEIST, BUNNIK);
        String uidZeistBilt = "UID:pc-" + zeistBilt + "-2027-";
        String uidZeistBunnik = "UID:pc-" + zeistBunnik + "-2027-";

        // Zeist takes part in both: its feed has both.
        String zeistFeed = ok(
                        Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                                .get("/api/v1/gemeenten/" + ZEIST + "/pc-kalender.ics"),
                        200)
                .body();
        assertThat(zeistFeed).contains(uidZeistBilt).contains(uidZeistBunnik);

        // De Bilt asks for Zeist's feed: only the samenwerking De Bilt is a party to.
        Http bilt = Http.api(port, TestAccounts.AMBTENAAR_DE_BILT);
        String biltFeed = ok(bilt.get("/api/v1/gemeenten/" + ZEIST + "/pc-kalender.ics"), 200)
                .body();
        assertThat(biltFeed).contains(uidZeistBilt).doesNotContain(uidZeistBunnik);

        // The other samenwerking's calendar itself: neither its API nor its feed.
        assertThat(bilt.get(pad(zeistBunnik) + "/pc-kalender?jaar=2027").status())
                .isEqualTo(404);
        Http.Antwoord ics = bilt.get(pad(zeistBunnik) + "/pc-kalender.ics");
        assertThat(ics.status()).isEqualTo(404);
        assertThat(ics.body()).doesNotContain("BEGIN:VEVENT");
        assertThat(Http.browser(port, TestAccounts.AMBTENAAR_DE_BILT)
                        .get("/samenwerkingen/" + zeistBunnik + "/pc-kalender")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void eenRaadslidLeestMaarSchrijftNietsInDeVijfModules() {
        Opzet o = opzet();
        long id = o.id();
        long gid = id(ok(r().postJson(pad(id) + "/gesprekken", Map.of("dvo", o.dvo())), 201));
        String gPad = pad(id) + "/gesprekken/" + gid;
        long scan = id(ok(r().postJson(pad(id) + "/scans", Map.of()), 201));
        long gebeurtenis = id(ok(
                r().postJson(
                                pad(id) + "/financiele-gebeurtenissen",
                                Map.of(
                                        "soort",
                                        "TEKORT",
                                        "jaar",
                                        2026,
                                        "bedrag",
                                        "50.000,00",
                                        "bekendOp",
                                        "2026-05-01",
                                        "omschrijving",
                                        "Tekort op licenties")),
                201));
        String gebPad = pad(id) + "/financiele-gebeurtenissen/" + gebeurtenis;

        Http raadslid = Http.api(port, TestAccounts.RAADSLID_ZEIST);
        // Reading is allowed.
        ok(raadslid.get(gPad), 200);
        ok(raadslid.get(pad(id) + "/rapportages/" + o.rapportage()), 200);

        Map<String, Object> actie = Map.of("omschrijving", "x", "eigenaar", "y", "deadline", "2026-12-01");
        List<Http.Antwoord> pogingen = List.of(
                raadslid.postJson(
                        pad(id) + "/rapportages", Map.of("dvo", o.dvo(), "van", "2026-07-01", "tot", "2026-09-30")),
                raadslid.postJson(pad(id) + "/gesprekken", Map.of("dvo", o.dvo())),
                raadslid.putJson(gPad + "/verslag", Map.of("verslag", "Van het raadslid"), etag(gPad)),
                raadslid.postJson(gPad + "/acties", actie),
                raadslid.postJson(gPad + "/bijsturingen", Map.of("tekst", "Van het raadslid")),
                raadslid.postJson(pad(id) + "/vragenbank", Map.of("soort", "REK", "tekst", "Waarom?")),
                raadslid.postJson(
                        pad(id) + "/financiele-gebeurtenissen",
                        Map.of("soort", "TEKORT", "jaar", 2026, "bedrag", "1,00", "omschrijving", "x")),
                raadslid.postJson(
                        gebPad + "/raadsinformatie",
                        Map.of("gemeente", ZEIST, "wijze", "RAADSINFORMATIEBRIEF"),
                        etag(gebPad)),
                raadslid.putJson(pad(id) + "/verdeelsleutel", Map.of("soort", "INWONERS"), "\"0\""),
                raadslid.putJson(pad(id) + "/begrotingen/2026", Map.of("totaal", "1.000,00"), "\"0\""),
                raadslid.putJson(pad(id) + "/pc-kalender?jaar=2027", Map.of(), "\"0\""),
                raadslid.postJson(
                        pad(id) + "/pc-kalender/zienswijzen",
                        Map.of("jaar", 2027, "gemeente", ZEIST, "inhoud", "Van het raadslid")),
                raadslid.postJson(pad(id) + "/scans/" + scan + "/acties", actie),
                raadslid.putJson(
                        pad(id) + "/scans/" + scan + "/antwoorden/" + ZEIST,
                        Map.of("scores", List.of(), "open", List.of()),
                        "\"0\""));
        for (Http.Antwoord a : pogingen) {
            assertThat(a.status()).as(a.body()).isEqualTo(403);
        }

        // Nothing was stored.
        JsonNode gesprek = ok(r().get(gPad), 200).json();
        assertThat(gesprek.path("verslag").isNull()
                        || gesprek.path("verslag").asString().isEmpty())
                .isTrue();
        assertThat(gesprek.path("acties")).isEmpty();
        assertThat(gesprek.path("bijsturingen")).isEmpty();
        assertThat(ok(r().get(pad(id) + "/gesprekken"), 200).json()).hasSize(1);
        assertThat(ok(r().get(pad(id) + "/rapportages"), 200)
                        .json()
                        .path("totaal")
                        .asInt())
                .isEqualTo(1);
        assertThat(ok(r().get(pad(id) + "/financiele-gebeurtenissen"), 200)
                        .json()
                        .path("gebeurtenissen"))
                .hasSize(1);
        assertThat(ok(r().get(gebPad), 200).json().path("nietGeinformeerd")).hasSize(2);
        assertThat(ok(r().get(pad(id) + "/vragenbank"), 200).body()).doesNotContain("Waarom?");
        assertThat(r().get(pad(id) + "/begrotingen/2026").status()).isEqualTo(404);
        assertThat(ok(r().get(pad(id) + "/pc-kalender?jaar=2027"), 200).json().path("zienswijzen"))
                .isEmpty();
        assertThat(ok(r().get(pad(id) + "/scans/" + scan + "/acties"), 200).body())
                .doesNotContain("\"x\"");
    }
}
