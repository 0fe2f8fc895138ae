package nl.samenspel.toets;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Issue 13's checks on real data: every fact is made through the owning module's REST API (agreements, transition,
 * gedoe, evaluation), the samenwerking is moved to the phase the check starts in, and the finding is read from
 * {@code GET …/toets}. Each check fires, then the data is fixed through the API and the finding is no longer open.
 * This is the path the module tests cannot see: the modules' *Feiten implementations feeding the Toetser.
 */
@SamenspelTest
class AfsprakenToetsIntegratieTest {

    @LocalServerPort
    int port;

    static final int JAAR = LocalDate.now(Tijdstip.NEDERLAND).getYear();

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    Http r() {
        return Http.api(port, TestAccounts.REGISSEUR);
    }

    /** A samenwerking of Zeist and De Bilt, moved on to AFSPREKEN (with a reason for what is still missing). */
    long inAfspreken() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT);
        Http.Antwoord fase = r().postJson(
                        pad(id) + "/fase",
                        Map.of("fase", "AFSPREKEN", "reden", "Integratietest: de afspraken staan centraal"),
                        r().get(pad(id)).header("ETag"));
        assertThat(fase.status()).as(fase.body()).isEqualTo(200);
        return id;
    }

    /** The open findings of one check. */
    List<JsonNode> open(long id, String controle) {
        Http.Antwoord a = r().get(pad(id) + "/toets");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
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

    String etag(String pad) {
        Http.Antwoord a = r().get(pad);
        assertThat(a.status()).as(pad + " " + a.body()).isEqualTo(200);
        return a.header("ETag");
    }

    Http.Antwoord ok(Http.Antwoord a, int status) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        return a;
    }

    long dienst(long id, String naam) {
        return ok(r().postJson(pad(id) + "/diensten", Map.of("naam", naam, "backoffice", "Eén werkwijze")), 201)
                .json()
                .path("id")
                .asLong();
    }

    long dvo(long id, String gemeente, int jaar) {
        return ok(r().postJson(pad(id) + "/dvo", Map.of("gemeente", gemeente, "jaar", jaar)), 201)
                .json()
                .path("id")
                .asLong();
    }

    Http.Antwoord regel(long id, long dvo, Map<String, Object> body) {
        return ok(r().postJson(pad(id) + "/dvo/" + dvo + "/regels", body), 201);
    }

    Http.Antwoord zetOvergang(long id, Map<String, Object> body) {
        String p = pad(id) + "/overgang";
        return ok(r().putJson(p, body, r().get(p).header("ETag")), 200);
    }

    // ---- rule 6 ----

    @Test
    void r64GeenTransitieperiodeTotErEenIs() {
        long id = inAfspreken();
        dvo(id, ZEIST, JAAR);
        assertThat(open(id, "R6.4")).hasSize(1);

        zetOvergang(id, Map.of("transitie", Map.of("start", JAAR + "-01-01", "eind", JAAR + "-12-31")));
        assertThat(open(id, "R6.4")).isEmpty();
    }

    @Test
    void r65GeenRekTotEenDvoRekKrijgt() {
        long id = inAfspreken();
        long zeist = dvo(id, ZEIST, JAAR);
        dvo(id, DE_BILT, JAAR);
        assertThat(open(id, "R6.5")).hasSize(1);

        String dvoPad = pad(id) + "/dvo/" + zeist;
        ok(
                r().putJson(
                                dvoPad + "/rek",
                                Map.of("uren", 40, "toelichting", "Voor wat we nu nog niet weten"),
                                r().get(dvoPad).header("ETag")),
                200);
        assertThat(open(id, "R6.5")).isEmpty();
    }

    @Test
    void r67BesparingMetVacaturestopInHetEersteJaarTotDeVacaturesWeerWordenIngevuld() {
        long id = inAfspreken();
        ok(
                r().postJson(
                                pad(id) + "/maatregelen",
                                Map.of(
                                        "soort",
                                        "BESPARINGSTAAKSTELLING",
                                        "omschrijving",
                                        "Tien procent minder",
                                        "jaar",
                                        JAAR)),
                201);
        long vacatures = ok(
                        r().postJson(
                                        pad(id) + "/maatregelen",
                                        Map.of(
                                                "soort",
                                                "VACATURES_NIET_INVULLEN",
                                                "omschrijving",
                                                "Wie vertrekt, wordt niet vervangen",
                                                "jaar",
                                                JAAR)),
                        201)
                .json()
                .path("id")
                .asLong();
        assertThat(open(id, "R6.7")).hasSize(1);

        String m = pad(id) + "/maatregelen/" + vacatures;
        ok(r().delete(m, r().get(m).header("ETag")), 204);
        assertThat(open(id, "R6.7")).isEmpty();
    }

    // ---- rule 3 ----

    @Test
    void r33GeenForumVoorHetOnvoorzieneTotErEenIsAangewezen() {
        long id = inAfspreken();
        dvo(id, ZEIST, JAAR);
        assertThat(open(id, "R3.3")).hasSize(1);

        long orgaan = ok(
                        r().postJson(pad(id) + "/organen", Map.of("naam", "Opdrachtgeversoverleg", "lijn", "KLANT")),
                        201)
                .json()
                .path("id")
                .asLong();
        String inst = pad(id) + "/gedoe-instellingen";
        ok(r().putJson(inst, Map.of("forum", orgaan), r().get(inst).header("ETag")), 200);
        assertThat(open(id, "R3.3")).isEmpty();
    }

    @Test
    void r32AllesVastZonderHerzieningsmomentInHetEersteJaarTotErEenIs() {
        long id = inAfspreken();
        long dienst = dienst(id, "Heffen");
        long dvo = dvo(id, ZEIST, JAAR);
        regel(id, dvo, Map.of("dienst", dienst, "resultaat", "Aanslagen in februari", "status", "VAST"));
        String momenten = pad(id) + "/dvo/" + dvo + "/herzieningsmomenten";
        // The default review date halfway the year keeps the check quiet; without it, it fires.
        assertThat(open(id, "R3.2")).isEmpty();
        r().get(momenten)
                .json()
                .forEach(mo -> ok(r().delete(momenten + "/" + mo.path("id").asLong(), null), 204));
        assertThat(open(id, "R3.2")).hasSize(1);

        ok(r().postJson(momenten, Map.of("datum", JAAR + "-12-01", "onderwerp", "Eerste ervaringen")), 201);
        assertThat(open(id, "R3.2")).isEmpty();
    }

    @Test
    void r36GeenTussendoortakenInDeInventarisTotErEenStaat() {
        long id = inAfspreken();
        zetOvergang(id, Map.of("start", JAAR + "-01-01"));
        ok(
                r().postJson(pad(id) + "/overdrachtsinventaris", Map.of("soort", "SYSTEEM", "naam", "Belastingpakket")),
                201);
        assertThat(open(id, "R3.6")).hasSize(1);

        ok(
                r().postJson(
                                pad(id) + "/overdrachtsinventaris",
                                Map.of("soort", "TUSSENDOORTAAK", "naam", "Lijstje voor de wethouder")),
                201);
        assertThat(open(id, "R3.6")).isEmpty();
    }

    @Test
    void r39UittredingZonderVoorwaardenKortVoorDeDatumTotDieGeregeldZijn() {
        long id = inAfspreken();
        String datum = LocalDate.now(Tijdstip.NEDERLAND).plusDays(30).toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gemeente", ZEIST);
        body.put("datum", datum);
        body.put("reden", "Zeist kiest een andere regio.");
        Http.Antwoord u = ok(r().postJson(pad(id) + "/uittredingen", body), 201);
        assertThat(open(id, "R3.9")).hasSize(1);

        String upad = pad(id) + "/uittredingen/" + u.json().path("id").asLong();
        body.put("status", "VOORWAARDEN_VASTGESTELD");
        body.put("voorwaarden", "Opzegtermijn van een jaar; Zeist betaalt de frictiekosten.");
        body.put("afrekening", 50000);
        body.put("richting", "BETAALT");
        ok(r().putJson(upad, body, etag(upad)), 200);
        assertThat(open(id, "R3.9")).isEmpty();
    }

    // ---- rule 4 ----

    @Test
    void r44EenWensZonderVariantTotErEenVariantIs() {
        long id = inAfspreken();
        long dienst = dienst(id, "Heffen");
        String dienstPad = pad(id) + "/diensten/" + dienst;
        ok(
                Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                        .postJson(dienstPad + "/wensen", Map.of("tekst", "Ook op zaterdag")),
                201);
        assertThat(open(id, "R4.4")).hasSize(1);

        ok(
                r().postJson(
                                dienstPad + "/varianten",
                                Map.of(
                                        "naam",
                                        "Zaterdagloket",
                                        "omschrijving",
                                        "Open op zaterdag",
                                        "gemeenten",
                                        List.of(ZEIST))),
                201);
        assertThat(open(id, "R4.4")).isEmpty();
    }

    @Test
    void r45MeerIndicatorenDanDeResultatenDragenTotErMinderZijn() {
        long id = inAfspreken();
        long dienst = dienst(id, "Heffen");
        long dvo = dvo(id, ZEIST, JAAR);
        Http.Antwoord regel = regel(
                id,
                dvo,
                Map.of(
                        "dienst",
                        dienst,
                        "resultaat",
                        "Aanslagen",
                        "indicatoren",
                        List.of("Doorlooptijd", "Klanttevredenheid", "Foutpercentage", "Bezwaren"),
                        "indicatorReden",
                        "De raad vroeg erom"));
        assertThat(open(id, "R4.5")).hasSize(1);

        ok(
                r().putJson(
                                pad(id) + "/dvo/" + dvo + "/regels/"
                                        + regel.json().path("id").asLong(),
                                Map.of(
                                        "dienst",
                                        dienst,
                                        "resultaat",
                                        "Aanslagen",
                                        "status",
                                        "VAST",
                                        "indicatoren",
                                        List.of("Doorlooptijd", "Bezwaren")),
                                etag(pad(id) + "/dvo/" + dvo + "/regels/"
                                        + regel.json().path("id").asLong())),
                200);
        assertThat(open(id, "R4.5")).isEmpty();
    }

    @Test
    void r43EenAfspraakVoorIedereenTerwijlEenKlantIetsAndersVraagtTotDeAfsprakenVerschillen() {
        long id = inAfspreken();
        long dienst = dienst(id, "Heffen");
        long zeist = dvo(id, ZEIST, JAAR);
        long bilt = dvo(id, DE_BILT, JAAR);
        Map<String, Object> zelfde = Map.of("dienst", dienst, "resultaat", "Aanslagen in februari", "status", "VAST");
        regel(id, zeist, zelfde);
        Http.Antwoord biltRegel = regel(id, bilt, zelfde);
        ok(
                Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                        .postJson(
                                pad(id) + "/diensten/" + dienst + "/wensen", Map.of("tekst", "Aanslagen pas in maart")),
                201);
        assertThat(open(id, "R4.3")).hasSize(1);

        ok(
                r().putJson(
                                pad(id) + "/dvo/" + bilt + "/regels/"
                                        + biltRegel.json().path("id").asLong(),
                                Map.of("dienst", dienst, "resultaat", "Aanslagen in maart", "status", "VAST"),
                                etag(pad(id) + "/dvo/" + bilt + "/regels/"
                                        + biltRegel.json().path("id").asLong())),
                200);
        assertThat(open(id, "R4.3")).isEmpty();
    }

    @Test
    void r66AllesVastEnVolledigBijDeEersteVaststellingTotEenHerzieningRuimteMaakt() {
        long id = inAfspreken();
        long dienst = dienst(id, "Heffen");
        long dvo = dvo(id, ZEIST, JAAR);
        String dvoPad = pad(id) + "/dvo/" + dvo;
        long regel = regel(
                        id,
                        dvo,
                        Map.of(
                                "dienst",
                                dienst,
                                "resultaat",
                                "Aanslagen",
                                "status",
                                "VAST",
                                "prijs",
                                12.5,
                                "volume",
                                1000))
                .json()
                .path("id")
                .asLong();
        ok(r().postJson(dvoPad + "/vaststelling", Map.of(), etag(dvoPad)), 200);
        assertThat(open(id, "R6.6")).hasSize(1);

        ok(r().postJson(dvoPad + "/versies", Map.of("reden", "Het volume weten we nog niet"), etag(dvoPad)), 201);
        String regelPad = dvoPad + "/regels/" + regel;
        ok(
                r().putJson(
                                regelPad,
                                Map.of(
                                        "dienst",
                                        dienst,
                                        "resultaat",
                                        "Aanslagen",
                                        "status",
                                        "INDICATIEF",
                                        "prijs",
                                        12.5),
                                etag(regelPad)),
                200);
        assertThat(open(id, "R6.6")).isEmpty();
    }

    @Test
    void r35VerwachtingenNietVastgelegdTotElkeGroepErEenHeeft() {
        long id = inAfspreken();
        dvo(id, ZEIST, JAAR);
        assertThat(open(id, "R3.5"))
                .extracting(b -> b.path("onderwerp").asString())
                .containsExactlyInAnyOrder("MEDEWERKERS", "BESTUURDERS", "RAADSLEDEN");

        for (String groep : List.of("MEDEWERKERS", "BESTUURDERS", "RAADSLEDEN")) {
            ok(
                    r().postJson(
                                    pad(id) + "/verwachtingen",
                                    Map.of("groep", groep, "verwachting", "Rust en duidelijkheid")),
                    201);
        }
        assertThat(open(id, "R3.5")).isEmpty();
    }

    @Test
    void r37EnR38EenEvaluatieEnEenActieOverTijdTotZeZijnUitgevoerd() {
        long id = inAfspreken();
        LocalDate vandaag = LocalDate.now(Tijdstip.NEDERLAND);
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("gepland", vandaag.minusDays(3).toString());
        ev.put("reikwijdte", "De hele regeling");
        ev.put("evaluator", "Extern bureau");
        Http.Antwoord gemaakt = ok(r().postJson(pad(id) + "/evaluaties", ev), 201);
        String evPad = pad(id) + "/evaluaties/" + gemaakt.json().path("id").asLong();
        Map<String, Object> actie = new LinkedHashMap<>();
        actie.put("omschrijving", "Tarieven herzien");
        actie.put("eigenaar", "Directeur");
        actie.put("deadline", vandaag.minusDays(1).toString());
        Http.Antwoord a = ok(r().postJson(evPad + "/acties", actie), 201);
        assertThat(open(id, "R3.7")).hasSize(1);
        assertThat(open(id, "R3.8")).hasSize(1);

        ev.put("uitgevoerd", vandaag.toString());
        ev.put("bevindingen", "De kosten vallen hoger uit.");
        ok(r().putJson(evPad, ev, etag(evPad)), 200);
        assertThat(open(id, "R3.7")).isEmpty();
        String actiePad = evPad + "/acties/" + a.json().path("id").asLong();
        actie.put("afgerond", vandaag.toString());
        // There is no GET for one action (405): its first version is 1.
        ok(r().putJson(actiePad, actie, "\"1\""), 200);
        assertThat(open(id, "R3.8")).isEmpty();
    }

    @Test
    void r34GedoeDatBlijftLiggenTotErOverIsBesloten() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT);
        ok(
                r().postJson(
                                pad(id) + "/fase",
                                Map.of("fase", "UITVOEREN", "reden", "Integratietest: de uitvoering loopt"),
                                etag(pad(id))),
                200);
        Http.Antwoord item = ok(
                r().postJson(
                                pad(id) + "/gedoe",
                                Map.of(
                                        "titel",
                                        "Koppeling met het archief is weg",
                                        "soort",
                                        "KOPPELING",
                                        "gemeldOp",
                                        LocalDate.now(Tijdstip.NEDERLAND)
                                                .minusDays(60)
                                                .toString())),
                201);
        assertThat(open(id, "R3.4")).hasSize(1);

        long orgaan = ok(
                        r().postJson(pad(id) + "/organen", Map.of("naam", "Opdrachtgeversoverleg", "lijn", "KLANT")),
                        201)
                .json()
                .path("id")
                .asLong();
        String itemPad = pad(id) + "/gedoe/" + item.json().path("id").asLong();
        ok(
                r().putJson(
                                itemPad,
                                Map.of(
                                        "titel",
                                        "Koppeling met het archief is weg",
                                        "soort",
                                        "KOPPELING",
                                        "forum",
                                        orgaan,
                                        "besluit",
                                        "De leverancier herstelt de koppeling"),
                                etag(itemPad)),
                200);
        assertThat(open(id, "R3.4")).isEmpty();
    }
}
