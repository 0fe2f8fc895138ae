package nl.samenspel.toets;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14's checks (R7.1–R7.9 and R6.8) on a real samenwerking: every fact is made through the owning module's
 * REST API (calendar, finances, reports, conversations, scans, agreements, transition), and the finding is read
 * from {@code GET …/toets}. Each check fires, then the situation is put right through the API and the finding is no
 * longer open. This is the path the check tests with hand-built facts cannot see: the five new *Feiten
 * implementations feeding the Toetser.
 */
@SamenspelTest
class PlanningEnControleToetsIntegratieTest {

    @LocalServerPort
    int port;

    static final LocalDate VANDAAG = LocalDate.now(Tijdstip.NEDERLAND);

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

    /** A samenwerking of Zeist and De Bilt, moved on to AFSPREKEN (where every issue-14 check starts). */
    long inAfspreken() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT);
        ok(
                r().postJson(
                                pad(id) + "/fase",
                                Map.of("fase", "AFSPREKEN", "reden", "Integratietest: planning en control"),
                                etag(pad(id))),
                200);
        return id;
    }

    /** The open findings of one check. */
    List<JsonNode> open(long id, String controle) {
        Http.Antwoord a = ok(r().get(pad(id) + "/toets"), 200);
        List<JsonNode> uit = new ArrayList<>();
        a.json()
                .path("regels")
                .forEach(regel -> regel.path("bevindingen").forEach(b -> {
                    if (b.path("controle").asString().equals(controle)
                            && b.path("status").asString().equals("OPEN")) {
                        uit.add(b);
                    }
                }));
        return uit;
    }

    /** Records the formal start of the running cooperation (module overgang). */
    void gestartOp(long id, LocalDate start) {
        String p = pad(id) + "/overgang";
        ok(r().putJson(p, Map.of("start", start.toString()), etag(p)), 200);
    }

    void kiesVorm(long id, String vorm) {
        String basis = pad(id);
        Http.Antwoord open = r().postJson(basis + "/stappen/vorm/ontgrendeling", Map.of("reden", "Voor de test"));
        assertThat(open.status()).as(open.body()).isIn(201, 409);
        ok(
                r().putJson(
                                basis + "/vormbesluit",
                                Map.of("vorm", vorm, "motivering", "Een begroting hoort erbij"),
                                etag(basis + "/vormbesluit")),
                200);
    }

    long gebeurtenis(long id, String soort, int jaar, LocalDate bekendOp) {
        return id(ok(
                r().postJson(
                                pad(id) + "/financiele-gebeurtenissen",
                                Map.of(
                                        "soort",
                                        soort,
                                        "jaar",
                                        jaar,
                                        "bedrag",
                                        "120.000,00",
                                        "bekendOp",
                                        bekendOp.toString(),
                                        "omschrijving",
                                        "Hogere licentiekosten dan begroot")),
                201));
    }

    long dienst(long id) {
        return id(ok(r().postJson(pad(id) + "/diensten", Map.of("naam", "Heffen", "backoffice", "Eén pakket")), 201));
    }

    long dvo(long id, int jaar) {
        return id(ok(r().postJson(pad(id) + "/dvo", Map.of("gemeente", ZEIST, "jaar", jaar)), 201));
    }

    long regel(long id, long dvo, long dienst, String resultaat, List<String> indicatoren) {
        return id(ok(
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
                                        indicatoren)),
                201));
    }

    void vaststellen(long id, long dvo) {
        String p = pad(id) + "/dvo/" + dvo;
        ok(r().postJson(p + "/vaststelling", Map.of(), etag(p)), 200);
    }

    void herzien(long id, long dvo, String reden) {
        String p = pad(id) + "/dvo/" + dvo;
        ok(r().postJson(p + "/versies", Map.of("reden", reden), etag(p)), 201);
    }

    // ---- R6.8 and R7.1: money ----

    @Test
    void r68ExtraBijdrageInDeEersteTweeJarenTotDeStartAndersBlijkt() {
        long id = inAfspreken();
        gestartOp(id, LocalDate.of(2025, 1, 1));
        long extra = gebeurtenis(id, "EXTRA_BIJDRAGE", 2026, LocalDate.of(2025, 9, 1));
        assertThat(open(id, "R6.8"))
                .singleElement()
                .satisfies(b -> assertThat(b.path("onderwerp").asString()).isEqualTo(String.valueOf(extra)));

        // The cooperation started years earlier: the extra money is no longer in the first two years.
        gestartOp(id, LocalDate.of(2020, 1, 1));
        assertThat(open(id, "R6.8")).isEmpty();
    }

    @Test
    void r71TekortBekendMaarEenRaadNietIngelichtTotBeideRadenHetWeten() {
        long id = inAfspreken();
        long tekort = gebeurtenis(id, "TEKORT", VANDAAG.getYear(), VANDAAG.minusDays(60));
        assertThat(open(id, "R7.1")).hasSize(1);

        String g = pad(id) + "/financiele-gebeurtenissen/" + tekort;
        for (String gemeente : List.of(ZEIST, DE_BILT)) {
            ok(
                    r().postJson(
                                    g + "/raadsinformatie",
                                    Map.of(
                                            "gemeente",
                                            gemeente,
                                            "geinformeerdOp",
                                            VANDAAG.minusDays(50).toString(),
                                            "wijze",
                                            "RAADSINFORMATIEBRIEF"),
                                    etag(g)),
                    200);
            // One raad informed is not enough.
            if (gemeente.equals(ZEIST)) {
                assertThat(open(id, "R7.1")).hasSize(1);
            }
        }
        assertThat(open(id, "R7.1")).isEmpty();
    }

    // ---- R7.6 and R7.7: the statutory calendar ----

    static Map<String, Object> gepland(String datum) {
        Map<String, Object> m = new HashMap<>();
        m.put("gepland", datum);
        return m;
    }

    @Test
    void r76EenPlanDatDeZienswijzetermijnBreektTotHetOpnieuwIsGepland() {
        long id = inAfspreken();
        kiesVorm(id, "OPENBAAR_LICHAAM");
        int jaar = VANDAAG.getYear() + 4;
        String k = pad(id) + "/pc-kalender?jaar=" + jaar;
        Map<String, Object> plan = new HashMap<>();
        plan.put("ontwerpbegroting", gepland((jaar - 1) + "-04-15"));
        plan.put("begroting", gepland((jaar - 1) + "-07-01"));
        plan.put("begrotingNaarGs", gepland((jaar - 1) + "-07-10"));
        ok(r().putJson(k, plan, etag(k)), 200);
        assertThat(open(id, "R7.6")).isNotEmpty();

        // Thirteen weeks instead of eleven: no term broken any more.
        plan.put("ontwerpbegroting", gepland((jaar - 1) + "-04-01"));
        ok(r().putJson(k, plan, etag(k)), 200);
        assertThat(open(id, "R7.6")).isEmpty();
    }

    @Test
    void r77ZienswijzeZonderGemotiveerdAntwoordNaHetBesluitTotHetBestuurAntwoordt() {
        long id = inAfspreken();
        kiesVorm(id, "OPENBAAR_LICHAAM");
        int jaar = VANDAAG.getYear();
        String k = pad(id) + "/pc-kalender?jaar=" + jaar;
        Map<String, Object> plan = new HashMap<>();
        plan.put("ontwerpbegroting", gepland((jaar - 1) + "-04-01"));
        plan.put("begroting", gepland((jaar - 1) + "-07-01"));
        ok(r().putJson(k, plan, etag(k)), 200);
        long zid = id(ok(
                r().postJson(
                                pad(id) + "/pc-kalender/zienswijzen",
                                Map.of(
                                        "jaar",
                                        jaar,
                                        "gemeente",
                                        ZEIST,
                                        "inhoud",
                                        "Wij vragen om een lagere groei van de bijdrage",
                                        "ingediendOp",
                                        (jaar - 1) + "-06-01")),
                201));
        assertThat(open(id, "R7.7"))
                .singleElement()
                .satisfies(b -> assertThat(b.path("onderwerp").asString()).isEqualTo(String.valueOf(zid)));

        String z = pad(id) + "/pc-kalender/zienswijzen/" + zid;
        ok(
                r().putJson(
                                z + "/antwoord",
                                Map.of(
                                        "antwoord",
                                        "De groei volgt uit de nieuwe taken; we lichten dat per taak toe.",
                                        "beantwoordOp",
                                        (jaar - 1) + "-06-20"),
                                etag(z)),
                200);
        assertThat(open(id, "R7.7")).isEmpty();
    }

    // ---- R7.2 and R7.5: reports and indicators ----

    @Test
    void r72CijfersZonderVerhaalTotHetVerhaalErIs() {
        long id = inAfspreken();
        long dienst = dienst(id);
        int jaar = VANDAAG.getYear() - 1;
        long dvo = dvo(id, jaar);
        regel(id, dvo, dienst, "Aanslagen op tijd", List.of("Percentage op tijd"));
        JsonNode rap = ok(
                        r().postJson(
                                        pad(id) + "/rapportages",
                                        Map.of("dvo", dvo, "van", jaar + "-01-01", "tot", jaar + "-03-31")),
                        201)
                .json();
        String rPad = pad(id) + "/rapportages/" + rap.path("id").asLong();
        String lijn = rPad + "/lijnen/" + rap.path("lijnen").get(0).path("id").asLong();
        Map<String, Object> zonder = new HashMap<>();
        zonder.put("status", "AANDACHT");
        zonder.put("waarden", List.of(81.5));
        ok(r().putJson(lijn, zonder, etag(rPad)), 200);
        assertThat(open(id, "R7.2")).hasSize(1);

        Map<String, Object> met = new HashMap<>(zonder);
        met.put("verhaal", "Twee weken storing bij het drukken; de achterstand is in april ingelopen.");
        ok(r().putJson(lijn, met, etag(rPad)), 200);
        assertThat(open(id, "R7.2")).isEmpty();
    }

    @Test
    void r75IndicatorenGroeienDrieVersiesOpRijTotEenVersieErMinderHeeft() {
        long id = inAfspreken();
        long dienst = dienst(id);
        long dvo = dvo(id, VANDAAG.getYear());
        regel(id, dvo, dienst, "Aanslagen op tijd", List.of("Percentage op tijd"));
        vaststellen(id, dvo);
        herzien(id, dvo, "De raad wil meer zien");
        regel(id, dvo, dienst, "Bezwaren snel afgehandeld", List.of("Doorlooptijd bezwaren"));
        vaststellen(id, dvo);
        assertThat(open(id, "R7.5")).isEmpty();
        herzien(id, dvo, "Nog meer cijfers");
        long derde = regel(id, dvo, dienst, "Klanten tevreden", List.of("Klanttevredenheid"));
        vaststellen(id, dvo);
        assertThat(open(id, "R7.5")).hasSize(1);

        // Version 4 measures less again: the growth stopped.
        herzien(id, dvo, "Terug naar wat we echt bespreken");
        String regelPad = pad(id) + "/dvo/" + dvo + "/regels/" + derde;
        ok(r().delete(regelPad, etag(regelPad)), 204);
        vaststellen(id, dvo);
        assertThat(open(id, "R7.5")).isEmpty();
    }

    // ---- R7.3 and R7.4: the conversation ----

    long gesprek(long id, long dvo, LocalDate datum) {
        return id(ok(r().postJson(pad(id) + "/gesprekken", Map.of("dvo", dvo, "datum", datum.toString())), 201));
    }

    @Test
    void r73GesprekZonderUitkomstTotHetVerslagErIs() {
        long id = inAfspreken();
        long dienst = dienst(id);
        long dvo = dvo(id, VANDAAG.getYear());
        regel(id, dvo, dienst, "Aanslagen op tijd", List.of());
        long gid = gesprek(id, dvo, VANDAAG.minusDays(30));
        assertThat(open(id, "R7.3")).hasSize(1);

        String g = pad(id) + "/gesprekken/" + gid;
        ok(r().putJson(g + "/verslag", Map.of("verslag", "Besproken: de achterstand en wie wat doet."), etag(g)), 200);
        assertThat(open(id, "R7.3")).isEmpty();
    }

    @Test
    void r74GespreksactieOverDeDeadlineTotZeAfgerondIs() {
        long id = inAfspreken();
        long dienst = dienst(id);
        long dvo = dvo(id, VANDAAG.getYear());
        regel(id, dvo, dienst, "Aanslagen op tijd", List.of());
        String g = pad(id) + "/gesprekken/" + gesprek(id, dvo, VANDAAG.minusDays(40));
        Map<String, Object> actie = new HashMap<>();
        actie.put("omschrijving", "Achterstand bezwaren in kaart");
        actie.put("eigenaar", "Teamleider heffen");
        actie.put("deadline", VANDAAG.minusDays(10).toString());
        Http.Antwoord a = ok(r().postJson(g + "/acties", actie), 201);
        assertThat(open(id, "R7.4")).hasSize(1);
        // The action is an outcome: the conversation itself is fine.
        assertThat(open(id, "R7.3")).isEmpty();

        actie.put("afgerond", true);
        ok(r().putJson(g + "/acties/" + id(a), actie, a.header("ETag")), 200);
        assertThat(open(id, "R7.4")).isEmpty();
    }

    // ---- R7.8 and R7.9: the samenwerkingsscan ----

    @Test
    void r78GeenScanNaEenJaarTotErEenRondeIsGestart() {
        long id = inAfspreken();
        gestartOp(id, VANDAAG.minusYears(2));
        assertThat(open(id, "R7.8")).hasSize(1);

        ok(r().postJson(pad(id) + "/scans", Map.of()), 201);
        assertThat(open(id, "R7.8")).isEmpty();
    }

    @Test
    void r79ScanactieOverDeDeadlineTotZeAfgerondIs() {
        long id = inAfspreken();
        long scan = id(ok(r().postJson(pad(id) + "/scans", Map.of()), 201));
        String acties = pad(id) + "/scans/" + scan + "/acties";
        Map<String, Object> actie = new HashMap<>();
        actie.put("omschrijving", "Elk kwartaal samen de cijfers lezen");
        actie.put("eigenaar", "Regisseur");
        actie.put("deadline", VANDAAG.minusDays(5).toString());
        long aid = id(ok(r().postJson(acties, actie), 201));
        assertThat(open(id, "R7.9")).hasSize(1);

        actie.put("afgerond", VANDAAG.toString());
        ok(r().putJson(acties + "/" + aid, actie, etag(acties + "/" + aid)), 200);
        assertThat(open(id, "R7.9")).isEmpty();
    }
}
