package nl.samenspel.gesprek;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The service conversation through the API: planning one prepares the agenda (open gedoe of this client, the
 * stretch, open actions of the previous conversation), notes, actions, an adjustment that opens a new DVO version
 * with the conversation as its cause; the refusals (a report or DVO that does not exist, no If-Match, a stale one,
 * another municipality, a council member writing) as clear Dutch problem+json that store nothing; the question bank
 * from its default set to the samenwerking's own; and what the check reads ({@link GesprekFeiten}).
 */
@SamenspelTest
class GesprekApiTest {

    @LocalServerPort
    int port;

    @Autowired
    GesprekFeiten feiten;

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

    static void probleem(Http.Antwoord a, int status, String tekst) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.header("Content-Type")).contains("application/problem+json");
        assertThat(a.body()).contains(tekst);
    }

    static List<String> velden(Http.Antwoord a) {
        List<String> uit = new ArrayList<>();
        a.json().path("invalidParams").forEach(p -> uit.add(p.path("name").asString()));
        return uit;
    }

    record Opzet(long id, long dvo) {}

    /** A samenwerking of Zeist and De Bilt with Zeist's DVO (one line, 40 hours of stretch), agreed. */
    Opzet opzet() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, ZEIST, DE_BILT);
        long dienst = ok(r().postJson(pad(id) + "/diensten", Map.of("naam", "Heffen", "backoffice", "Eén pakket")), 201)
                .json()
                .path("id")
                .asLong();
        long dvo = ok(r().postJson(pad(id) + "/dvo", Map.of("gemeente", ZEIST, "jaar", 2027)), 201)
                .json()
                .path("id")
                .asLong();
        ok(
                r().postJson(
                                pad(id) + "/dvo/" + dvo + "/regels",
                                Map.of("dienst", dienst, "resultaat", "Aanslagen in februari", "status", "VAST")),
                201);
        String dvoPad = pad(id) + "/dvo/" + dvo;
        ok(r().putJson(dvoPad + "/rek", Map.of("uren", 40, "toelichting", "Voor pieken"), etag(dvoPad)), 200);
        ok(r().postJson(dvoPad + "/vaststelling", Map.of(), etag(dvoPad)), 200);
        return new Opzet(id, dvo);
    }

    @Test
    void vanAgendaViaActiesNaarHetVolgendeGesprekDatOpentMetDeOpenActies() {
        Opzet o = opzet();
        Http zeist = Http.api(port, TestAccounts.AMBTENAAR_ZEIST);
        ok(
                zeist.postJson(pad(o.id()) + "/gedoe", Map.of("titel", "Archief niet gekoppeld", "soort", "KOPPELING")),
                201);
        ok(
                Http.api(port, TestAccounts.AMBTENAAR_DE_BILT)
                        .postJson(pad(o.id()) + "/gedoe", Map.of("titel", "Alleen van De Bilt", "soort", "ANDERS")),
                201);

        Http.Antwoord eerste =
                ok(zeist.postJson(pad(o.id()) + "/gesprekken", Map.of("dvo", o.dvo(), "datum", "2027-03-01")), 201);
        String eerstePad =
                pad(o.id()) + "/gesprekken/" + eerste.json().path("id").asLong();
        assertThat(eerste.header("Location")).endsWith(eerstePad);
        JsonNode agenda = eerste.json().path("agenda");
        assertThat(soorten(agenda)).containsExactly("REK", "GEDOE");
        assertThat(agenda.get(0).path("titel").asString()).isEqualTo("0 van 40 uur gebruikt");
        assertThat(agenda.get(1).path("titel").asString()).isEqualTo("Archief niet gekoppeld");
        assertThat(agenda.get(1).path("vragen")).hasSize(3);
        assertThat(eerste.json().path("uitkomst").asBoolean()).isFalse();

        // Notes and an action; the uitkomst shows.
        ok(zeist.putJson(eerstePad + "/verslag", Map.of("verslag", "Besproken: de koppeling."), etag(eerstePad)), 200);
        Http.Antwoord actie = ok(
                zeist.postJson(
                        eerstePad + "/acties",
                        Map.of("omschrijving", "Koppeling testen", "eigenaar", "Teamleider", "deadline", "2027-03-15")),
                201);
        JsonNode na = ok(r().get(eerstePad), 200).json();
        assertThat(na.path("verslag").asString()).isEqualTo("Besproken: de koppeling.");
        assertThat(na.path("uitkomst").asBoolean()).isTrue();
        assertThat(na.path("acties")).hasSize(1);

        // The next conversation opens with the open action (no report: nothing before it), and gedoe is only new.
        JsonNode tweede = ok(
                        zeist.postJson(pad(o.id()) + "/gesprekken", Map.of("dvo", o.dvo(), "datum", "2027-06-01")), 201)
                .json();
        assertThat(soorten(tweede.path("agenda"))).containsExactly("ACTIE", "REK");
        assertThat(tweede.path("agenda").get(0).path("titel").asString()).isEqualTo("Koppeling testen");

        // Done, it stays off the agenda of a third.
        String actiePad = eerstePad + "/acties/" + actie.json().path("id").asLong();
        JsonNode af = ok(
                        zeist.putJson(
                                actiePad,
                                Map.of(
                                        "omschrijving",
                                        "Koppeling testen",
                                        "eigenaar",
                                        "Teamleider",
                                        "deadline",
                                        "2027-03-15",
                                        "afgerond",
                                        true),
                                actie.header("ETag")),
                        200)
                .json();
        assertThat(af.path("afgerond").asBoolean()).isTrue();
        JsonNode derde = ok(
                        zeist.postJson(pad(o.id()) + "/gesprekken", Map.of("dvo", o.dvo(), "datum", "2027-09-01")), 201)
                .json();
        assertThat(soorten(derde.path("agenda"))).containsExactly("REK");

        // What the check reads.
        GesprekFeiten.Stand stand = feiten.lees(List.of(o.id())).get(0);
        assertThat(stand.gesprekken()).hasSize(3);
        GesprekFeiten.Gesprek f = stand.gesprekken().get(0);
        assertThat(f.verslag()).isTrue();
        assertThat(f.gemeenteCode()).isEqualTo(ZEIST);
        assertThat(f.acties())
                .singleElement()
                .satisfies(a -> assertThat(a.afgerondOp()).isNotNull());
        assertThat(stand.gesprekken().get(1).verslag()).isFalse();
    }

    @Test
    void eenBijsturingMetNieuweDvoVersieOpentDieVersieMetHetGesprekAlsAanleiding() {
        Opzet o = opzet();
        JsonNode g = ok(r().postJson(pad(o.id()) + "/gesprekken", Map.of("dvo", o.dvo())), 201)
                .json();
        long gid = g.path("id").asLong();
        String gPad = pad(o.id()) + "/gesprekken/" + gid;

        JsonNode zonder = ok(r().postJson(gPad + "/bijsturingen", Map.of("tekst", "Vaker bellen")), 201)
                .json();
        assertThat(zonder.path("dvoVersienummer").isNull()).isTrue();
        assertThat(ok(r().get(pad(o.id()) + "/dvo/" + o.dvo() + "/versies"), 200)
                        .json())
                .hasSize(1);

        JsonNode met = ok(
                        r().postJson(
                                        gPad + "/bijsturingen",
                                        Map.of("tekst", "Bezwaren binnen twee weken", "nieuweDvoVersie", true)),
                        201)
                .json();
        assertThat(met.path("dvoVersienummer").asInt()).isEqualTo(2);
        JsonNode versies =
                ok(r().get(pad(o.id()) + "/dvo/" + o.dvo() + "/versies"), 200).json();
        assertThat(versies).hasSize(2);
        JsonNode v2 = versies.get(1);
        assertThat(v2.path("reden").asString()).isEqualTo("Bezwaren binnen twee weken");
        assertThat(v2.path("aanleiding").path("soort").asString()).isEqualTo("GESPREK");
        assertThat(v2.path("aanleiding").path("id").asLong()).isEqualTo(gid);
        assertThat(ok(r().get(gPad), 200).json().path("bijsturingen")).hasSize(2);

        // A second one while the revision is open: the agreements module refuses, nothing is stored here.
        Http.Antwoord nogEen =
                r().postJson(gPad + "/bijsturingen", Map.of("tekst", "Nog een", "nieuweDvoVersie", true));
        probleem(nogEen, 409, "loopt al een herziening");
        assertThat(ok(r().get(gPad), 200).json().path("bijsturingen")).hasSize(2);
    }

    @Test
    void eenRapportageOfDvoDieNietBestaatWordtInHetNederlandsGeweigerdEnNietsBewaard() {
        Opzet o = opzet();
        Http.Antwoord rapportage =
                r().postJson(pad(o.id()) + "/gesprekken", Map.of("dvo", o.dvo(), "rapportage", 999_999));
        probleem(rapportage, 400, "Deze voortgangsrapportage bestaat niet in deze samenwerking");
        assertThat(velden(rapportage)).containsExactly("rapportage");

        Http.Antwoord dvo = r().postJson(pad(o.id()) + "/gesprekken", Map.of("dvo", 999_999));
        probleem(dvo, 400, "Deze afspraak (DVO) bestaat niet");
        assertThat(velden(dvo)).containsExactly("dvo");

        Http.Antwoord leeg = r().postJson(pad(o.id()) + "/gesprekken", Map.of());
        assertThat(velden(leeg)).containsExactly("dvo");
        assertThat(ok(r().get(pad(o.id()) + "/gesprekken"), 200).json()).isEmpty();
    }

    @Test
    void eenAndereGemeenteZietHetGesprekNietHetRaadslidLeestEnSchrijftNiet() {
        Opzet o = opzet();
        long gid = ok(r().postJson(pad(o.id()) + "/gesprekken", Map.of("dvo", o.dvo())), 201)
                .json()
                .path("id")
                .asLong();
        String gPad = pad(o.id()) + "/gesprekken/" + gid;

        Http bilt = Http.api(port, TestAccounts.AMBTENAAR_DE_BILT);
        assertThat(ok(bilt.get(pad(o.id()) + "/gesprekken"), 200).json()).isEmpty();
        probleem(bilt.get(gPad), 404, "");
        probleem(bilt.postJson(pad(o.id()) + "/gesprekken", Map.of("dvo", o.dvo())), 403, "");

        Http raadslid = Http.api(port, TestAccounts.RAADSLID_ZEIST);
        ok(raadslid.get(gPad), 200);
        assertThat(raadslid.postJson(
                                gPad + "/acties",
                                Map.of("omschrijving", "x", "eigenaar", "y", "deadline", "2027-01-01"))
                        .status())
                .isEqualTo(403);
        assertThat(ok(r().get(gPad), 200).json().path("acties")).isEmpty();
    }

    @Test
    void hetVerslagVraagtIfMatchEnWeigertEenVerouderdeVersie() {
        Opzet o = opzet();
        long gid = ok(r().postJson(pad(o.id()) + "/gesprekken", Map.of("dvo", o.dvo())), 201)
                .json()
                .path("id")
                .asLong();
        String gPad = pad(o.id()) + "/gesprekken/" + gid;
        String oud = etag(gPad);
        probleem(r().putJson(gPad + "/verslag", Map.of("verslag", "x"), null), 428, "");
        ok(r().putJson(gPad + "/verslag", Map.of("verslag", "Eerste"), oud), 200);
        probleem(r().putJson(gPad + "/verslag", Map.of("verslag", "Tweede"), oud), 412, "");
        assertThat(ok(r().get(gPad), 200).json().path("verslag").asString()).isEqualTo("Eerste");
        Http.Antwoord zonderDeadline =
                r().postJson(gPad + "/acties", Map.of("omschrijving", "Bellen", "eigenaar", "Ik"));
        probleem(zonderDeadline, 400, "Vul in wanneer de actie klaar moet zijn");
    }

    @Test
    void deVragenbankBegintBijDeStandaardsetEnWordtBijDeEersteWijzigingEigen() {
        Opzet o = opzet();
        String bank = pad(o.id()) + "/vragenbank";
        JsonNode standaard = ok(r().get(bank), 200).json();
        assertThat(standaard.path("standaard").asBoolean()).isTrue();
        assertThat(standaard.path("vragen")).hasSize(15);
        JsonNode eerste = standaard.path("vragen").get(0);
        assertThat(eerste.path("soort").asString()).isEqualTo("AFWIJKING");
        long id = eerste.path("id").asLong();
        assertThat(id).isNegative();

        probleem(
                Http.api(port, TestAccounts.AMBTENAAR_ZEIST)
                        .putJson(bank + "/" + id, Map.of("soort", "AFWIJKING", "tekst", "x"), "\"0\""),
                403,
                "");
        JsonNode gewijzigd = ok(
                        r().putJson(
                                        bank + "/" + id,
                                        Map.of("soort", "AFWIJKING", "tekst", "Wat zag u gebeuren?"),
                                        "\"0\""),
                        200)
                .json();
        assertThat(gewijzigd.path("id").asLong()).isPositive();
        JsonNode eigen = ok(r().get(bank), 200).json();
        assertThat(eigen.path("standaard").asBoolean()).isFalse();
        assertThat(eigen.path("vragen")).hasSize(15);
        assertThat(eigen.path("vragen").get(0).path("tekst").asString()).isEqualTo("Wat zag u gebeuren?");

        // Down one place; a new one at the end of its kind; delete one.
        long vid = gewijzigd.path("id").asLong();
        ok(r().postJson(bank + "/" + vid + "/verplaatsing", Map.of("richting", "OMLAAG"), etag2(bank, vid)), 200);
        assertThat(ok(r().get(bank), 200)
                        .json()
                        .path("vragen")
                        .get(1)
                        .path("id")
                        .asLong())
                .isEqualTo(vid);
        JsonNode nieuw = ok(r().postJson(bank, Map.of("soort", "AFWIJKING", "tekst", "Wie merkte het eerst?")), 201)
                .json();
        assertThat(nieuw.path("volgorde").asInt()).isEqualTo(4);
        ok(r().delete(bank + "/" + vid, etag2(bank, vid)), 204);
        assertThat(ok(r().get(bank), 200).json().path("vragen")).hasSize(15);

        // The agenda of a conversation shows the bank as it is now.
        probleem(r().postJson(bank, Map.of("tekst", "")), 400, "Kies bij welk soort agendapunt");
    }

    private String etag2(String bank, long vid) {
        for (JsonNode v : ok(r().get(bank), 200).json().path("vragen")) {
            if (v.path("id").asLong() == vid) {
                return "\"" + v.path("versie").asLong() + "\"";
            }
        }
        throw new AssertionError("vraag " + vid);
    }

    private static List<String> soorten(JsonNode agenda) {
        List<String> uit = new ArrayList<>();
        agenda.forEach(p -> uit.add(p.path("soort").asString()));
        return uit;
    }
}
