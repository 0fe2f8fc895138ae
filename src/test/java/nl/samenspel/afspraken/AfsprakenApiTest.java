package nl.samenspel.afspraken;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.UTRECHT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The agreements through the API (issue 13 points 1 and 2, rule 6's versions and rek): the catalogue with variants
 * and wishes, a DVO per client per year with lines of their own, agreeing, a revision with a reason and the
 * difference between versions, the rek register, the indicator cap, review dates, rights and stale versions.
 */
@SamenspelTest
class AfsprakenApiTest {

    @LocalServerPort
    int port;

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    Http regisseur() {
        return Http.api(port, "regisseur");
    }

    long dienst(long id, String naam) {
        Http.Antwoord a = regisseur()
                .postJson(
                        pad(id) + "/diensten", Map.of("naam", naam, "backoffice", "Eén manier van werken voor allen"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    long dvo(long id, String gemeente, int jaar) {
        Http.Antwoord a = regisseur().postJson(pad(id) + "/dvo", Map.of("gemeente", gemeente, "jaar", jaar));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    long regel(Http wie, long id, long dvo, Map<String, Object> body) {
        Http.Antwoord a = wie.postJson(pad(id) + "/dvo/" + dvo + "/regels", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    static String veldFout(Http.Antwoord a) {
        return a.json().path("invalidParams").get(0).path("name").asString();
    }

    @Test
    void catalogusMetBackofficeVariantenEnWensen() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = regisseur();

        Http.Antwoord gemaakt = r.postJson(
                pad(id) + "/diensten", Map.of("naam", "Belastingen heffen", "backoffice", "Eén aanslagsysteem"));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        long dienst = gemaakt.json().path("id").asLong();
        assertThat(gemaakt.header("Location")).endsWith("/diensten/" + dienst);
        assertThat(gemaakt.json().path("backoffice").asString()).isEqualTo("Eén aanslagsysteem");

        Http.Antwoord leeg = r.postJson(pad(id) + "/diensten", Map.of("naam", " "));
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.body()).contains("invalidParams").contains("backoffice");
        assertThat(r.get(pad(id) + "/diensten").json().path("totaal").asInt()).isEqualTo(1);

        String dienstPad = pad(id) + "/diensten/" + dienst;
        Map<String, Object> wijziging = Map.of("naam", "Heffen", "backoffice", "Eén systeem, één team");
        assertThat(r.putJson(dienstPad, wijziging, null).status()).isEqualTo(428);
        assertThat(r.putJson(dienstPad, wijziging, "\"9\"").status()).isEqualTo(412);
        Http.Antwoord gewijzigd = r.putJson(dienstPad, wijziging, "\"1\"");
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.json().path("naam").asString()).isEqualTo("Heffen");

        Http.Antwoord variant = r.postJson(
                dienstPad + "/varianten",
                Map.of(
                        "naam",
                        "Loket aan huis",
                        "omschrijving",
                        "Een medewerker komt langs",
                        "gemeenten",
                        List.of(ZEIST)));
        assertThat(variant.status()).as(variant.body()).isEqualTo(201);
        assertThat(variant.json().path("gemeenten").get(0).asString()).isEqualTo(ZEIST);
        Http.Antwoord vreemd = r.postJson(
                dienstPad + "/varianten", Map.of("naam", "X", "omschrijving", "Y", "gemeenten", List.of(UTRECHT)));
        assertThat(vreemd.status()).isEqualTo(400);
        assertThat(vreemd.body()).contains("neemt niet deel");

        // A client's own civil servant records a wish for their own municipality, not for another.
        Http ambtenaar = Http.api(port, "ambtenaar1");
        Http.Antwoord wens = ambtenaar.postJson(dienstPad + "/wensen", Map.of("tekst", "Graag ook op zaterdag"));
        assertThat(wens.status()).as(wens.body()).isEqualTo(201);
        assertThat(wens.json().path("gemeente").asString()).isEqualTo(ZEIST);
        assertThat(ambtenaar
                        .postJson(dienstPad + "/wensen", Map.of("gemeente", DE_BILT, "tekst", "Namens De Bilt"))
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1")
                        .postJson(dienstPad + "/wensen", Map.of("tekst", "Mag ik?"))
                        .status())
                .isEqualTo(403);
        assertThat(ambtenaar
                        .postJson(pad(id) + "/diensten", Map.of("naam", "Eigen dienst", "backoffice", "Nee"))
                        .status())
                .isEqualTo(403);

        JsonNode terug = r.get(dienstPad).json();
        assertThat(terug.path("varianten")).hasSize(1);
        assertThat(terug.path("wensen").get(0).path("tekst").asString()).isEqualTo("Graag ook op zaterdag");
        assertThat(r.get(pad(id) + "/diensten/999999").status()).isEqualTo(404);

        // A service a DVO uses cannot go.
        long dvo = dvo(id, ZEIST, 2027);
        regel(r, id, dvo, Map.of("dienst", dienst, "resultaat", "Aanslagen op tijd"));
        Http.Antwoord weg = r.delete(dienstPad, "\"2\"");
        assertThat(weg.status()).isEqualTo(409);
        assertThat(weg.body()).contains("staat in een of meer DVO");
    }

    @Test
    void eenDvoPerKlantPerJaarMetEigenRegels() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long dienst = dienst(id, "Heffen");
        Http r = regisseur();

        Http.Antwoord gemaakt = r.postJson(pad(id) + "/dvo", Map.of("gemeente", ZEIST, "jaar", 2027));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        long zeist = gemaakt.json().path("id").asLong();
        assertThat(gemaakt.header("Location")).endsWith("/dvo/" + zeist);
        assertThat(gemaakt.json().path("staat").asString()).isEqualTo("CONCEPT");
        assertThat(gemaakt.json().path("versienummer").asInt()).isEqualTo(1);
        // No transition period: one review date halfway the year.
        assertThat(gemaakt.json().path("herzieningsmomenten")).hasSize(1);
        assertThat(gemaakt.json()
                        .path("herzieningsmomenten")
                        .get(0)
                        .path("datum")
                        .asString())
                .isEqualTo("2027-07-01");

        Http.Antwoord dubbel = r.postJson(pad(id) + "/dvo", Map.of("gemeente", ZEIST, "jaar", 2027));
        assertThat(dubbel.status()).isEqualTo(409);
        assertThat(dubbel.body()).contains("al een DVO");
        Http.Antwoord fout = r.postJson(pad(id) + "/dvo", Map.of("gemeente", UTRECHT, "jaar", 1900));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("neemt niet deel").contains("Vul een jaar");
        assertThat(r.get(pad(id) + "/dvo/999999").status()).isEqualTo(404);
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(pad(id) + "/dvo", Map.of("gemeente", ZEIST, "jaar", 2028))
                        .status())
                .isEqualTo(403);
        long bilt = dvo(id, DE_BILT, 2027);

        Http.Antwoord indicatief = r.postJson(
                pad(id) + "/dvo/" + zeist + "/regels",
                Map.of("dienst", dienst, "resultaat", "Bezwaren binnen zes weken", "status", "INDICATIEF"));
        assertThat(indicatief.status()).as(indicatief.body()).isEqualTo(201);
        assertThat(indicatief.json().path("status").asString()).isEqualTo("INDICATIEF");
        Http.Antwoord standaard = r.postJson(
                pad(id) + "/dvo/" + zeist + "/regels", Map.of("dienst", dienst, "resultaat", "Aanslagen in februari"));
        assertThat(standaard.json().path("status").asString()).isEqualTo("VAST");
        Http.Antwoord onbekend = r.postJson(
                pad(id) + "/dvo/" + zeist + "/regels",
                Map.of("dienst", dienst, "resultaat", "X", "status", "MISSCHIEN"));
        assertThat(onbekend.status()).isEqualTo(400);
        Http.Antwoord zonder = r.postJson(pad(id) + "/dvo/" + zeist + "/regels", Map.of("resultaat", ""));
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.body()).contains("Kies een dienst");

        // The client's own staff edit their own DVO's lines; another client's staff may not.
        Map<String, Object> eigen =
                new HashMap<>(Map.of("dienst", dienst, "resultaat", "Eigen wens", "status", "NOG_IN_TE_VULLEN"));
        regel(Http.api(port, "ambtenaar1"), id, zeist, eigen);
        assertThat(Http.api(port, "ambtenaar2")
                        .postJson(pad(id) + "/dvo/" + zeist + "/regels", eigen)
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1")
                        .postJson(pad(id) + "/dvo/" + zeist + "/regels", eigen)
                        .status())
                .isEqualTo(403);

        // Nothing copies lines onto the other client's DVO.
        assertThat(r.get(pad(id) + "/dvo/" + zeist).json().path("regels")).hasSize(3);
        assertThat(r.get(pad(id) + "/dvo/" + bilt).json().path("regels")).isEmpty();
        assertThat(r.get(pad(id) + "/dvo").json().path("totaal").asInt()).isEqualTo(2);

        long regel = indicatief.json().path("id").asLong();
        String regelPad = pad(id) + "/dvo/" + zeist + "/regels/" + regel;
        Map<String, Object> wijziging =
                Map.of("dienst", dienst, "resultaat", "Bezwaren binnen vier weken", "status", "VAST");
        assertThat(r.putJson(regelPad, wijziging, null).status()).isEqualTo(428);
        assertThat(r.putJson(regelPad, wijziging, "\"5\"").status()).isEqualTo(412);
        assertThat(r.putJson(regelPad, wijziging, "\"1\"").status()).isEqualTo(200);
        assertThat(r.delete(regelPad, "\"2\"").status()).isEqualTo(204);
        assertThat(r.get(regelPad).status()).isEqualTo(404);
    }

    @Test
    void naVaststellingAlleenWijzigenViaEenHerzieningMetRedenEnHetVerschilIsTeZien() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long dienst = dienst(id, "Heffen");
        long dvo = dvo(id, ZEIST, 2027);
        Http r = regisseur();
        String basis = pad(id) + "/dvo/" + dvo;
        long blijft =
                regel(r, id, dvo, Map.of("dienst", dienst, "resultaat", "Aanslagen in februari", "status", "VAST"));
        long gaat = regel(r, id, dvo, Map.of("dienst", dienst, "resultaat", "Loket op maandag", "status", "VAST"));

        // Only the regisseur or the client's own alderman agrees.
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(basis + "/vaststelling", Map.of(), "\"1\"")
                        .status())
                .isEqualTo(403);
        Http bestuurder = Http.api(port, "bestuurder1");
        assertThat(bestuurder.postJson(basis + "/vaststelling", Map.of(), null).status())
                .isEqualTo(428);
        Http.Antwoord vast = bestuurder.postJson(basis + "/vaststelling", Map.of(), "\"1\"");
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        assertThat(vast.json().path("staat").asString()).isEqualTo("VASTGESTELD");
        assertThat(vast.json().path("versies").get(0).path("vastgesteldDoor").asString())
                .isEqualTo("bestuurder1");
        String etag = vast.header("ETag");

        // Agreed: a change is refused until a revision is opened.
        Http.Antwoord teVroeg = r.putJson(
                basis + "/regels/" + blijft,
                Map.of("dienst", dienst, "resultaat", "Aanslagen in maart", "status", "VAST"),
                "\"1\"");
        assertThat(teVroeg.status()).isEqualTo(409);
        assertThat(teVroeg.json().path("detail").asString()).contains("Open eerst een herziening met een reden");
        assertThat(r.postJson(basis + "/regels", Map.of("dienst", dienst, "resultaat", "Nieuw"))
                        .status())
                .isEqualTo(409);

        Http.Antwoord zonderReden = r.postJson(basis + "/versies", Map.of("reden", " "), etag);
        assertThat(zonderReden.status()).isEqualTo(400);
        assertThat(veldFout(zonderReden)).isEqualTo("reden");
        assertThat(r.postJson(basis + "/versies", Map.of("reden", "Later"), "\"1\"")
                        .status())
                .isEqualTo(412);
        Http.Antwoord herzien = r.postJson(
                basis + "/versies",
                Map.of(
                        "reden",
                        "De bezwaren liepen op",
                        "aanleiding",
                        Map.of("soort", "GEDOE", "id", 7, "titel", "Loket overvol")),
                etag);
        assertThat(herzien.status()).as(herzien.body()).isEqualTo(201);
        assertThat(herzien.json().path("versienummer").asInt()).isEqualTo(2);
        String etag2 = herzien.header("ETag");
        assertThat(r.postJson(basis + "/versies", Map.of("reden", "Nog een"), etag2)
                        .status())
                .isEqualTo(409);

        // Change one line, remove one, add one; then agree version 2.
        assertThat(r.putJson(
                                basis + "/regels/" + blijft,
                                Map.of("dienst", dienst, "resultaat", "Aanslagen in maart", "status", "INDICATIEF"),
                                "\"1\"")
                        .status())
                .isEqualTo(200);
        assertThat(r.delete(basis + "/regels/" + gaat, "\"1\"").status()).isEqualTo(204);
        regel(r, id, dvo, Map.of("dienst", dienst, "resultaat", "Loket op afspraak", "status", "VAST"));
        Http.Antwoord vast2 = r.postJson(basis + "/vaststelling", Map.of(), etag2);
        assertThat(vast2.status()).as(vast2.body()).isEqualTo(200);
        assertThat(vast2.json().path("versienummer").asInt()).isEqualTo(2);
        assertThat(r.postJson(basis + "/vaststelling", Map.of(), vast2.header("ETag"))
                        .status())
                .isEqualTo(409);

        JsonNode versies = r.get(basis + "/versies").json();
        assertThat(versies).hasSize(2);
        assertThat(versies.get(1).path("reden").asString()).isEqualTo("De bezwaren liepen op");
        assertThat(versies.get(1).path("aanleiding").path("titel").asString()).isEqualTo("Loket overvol");
        assertThat(versies.get(1).path("aanleiding").path("pad").asString())
                .isEqualTo("/samenwerkingen/" + id + "/gedoe/7");
        assertThat(versies.get(1).path("vastgesteldDoor").asString()).isEqualTo("regisseur");

        JsonNode verschil = r.get(basis + "/versies/1/verschillen?met=2").json();
        assertThat(verschil.path("toegevoegd")).hasSize(1);
        assertThat(verschil.path("toegevoegd").get(0).path("resultaat").asString())
                .isEqualTo("Loket op afspraak");
        assertThat(verschil.path("verwijderd")).hasSize(1);
        assertThat(verschil.path("verwijderd").get(0).path("resultaat").asString())
                .isEqualTo("Loket op maandag");
        assertThat(verschil.path("gewijzigd")).hasSize(1);
        List<String> velden = new ArrayList<>();
        verschil.path("gewijzigd")
                .get(0)
                .path("velden")
                .forEach(v -> velden.add(v.path("veld").asString() + ": "
                        + v.path("oud").asString() + " -> " + v.path("nieuw").asString()));
        assertThat(velden)
                .containsExactly(
                        "resultaat: Aanslagen in februari -> Aanslagen in maart", "status: VAST -> INDICATIEF");
        assertThat(r.get(basis + "/versies/1/verschillen?met=9").status()).isEqualTo(404);
    }

    @Test
    void rekregisterWeigertMeerDanErResteert() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long dvo = dvo(id, ZEIST, 2027);
        Http r = regisseur();
        String rek = pad(id) + "/dvo/" + dvo + "/rek";

        Http.Antwoord zonderUitleg = r.putJson(rek, Map.of("uren", 10), "\"1\"");
        assertThat(zonderUitleg.status()).isEqualTo(400);
        assertThat(veldFout(zonderUitleg)).isEqualTo("toelichting");
        Http.Antwoord gezet = r.putJson(
                rek, Map.of("uren", 10, "euro", 1000, "toelichting", "Voor wat we nu nog niet weten"), "\"1\"");
        assertThat(gezet.status()).as(gezet.body()).isEqualTo(200);

        Http.Antwoord gebruik = r.postJson(
                rek + "/gebruik", Map.of("datum", "2027-03-01", "uren", 4, "waarvoor", "Extra uitleg aan de raad"));
        assertThat(gebruik.status()).as(gebruik.body()).isEqualTo(201);
        assertThat(gebruik.json().path("door").asString()).isEqualTo("regisseur");
        Http.Antwoord teVeel = r.postJson(rek + "/gebruik", Map.of("uren", 7, "waarvoor", "Nog meer uitleg"));
        assertThat(teVeel.status()).isEqualTo(400);
        assertThat(veldFout(teVeel)).isEqualTo("uren");
        assertThat(teVeel.body()).contains("nog maar 6");
        Http.Antwoord teVeelEuro = r.postJson(rek + "/gebruik", Map.of("euro", 1000.01, "waarvoor", "Inhuur"));
        assertThat(teVeelEuro.status()).isEqualTo(400);
        assertThat(teVeelEuro.body()).contains("1.000,00");
        assertThat(r.postJson(rek + "/gebruik", Map.of("euro", 1000, "waarvoor", "Inhuur"))
                        .status())
                .isEqualTo(201);

        JsonNode stand = r.get(rek).json();
        assertThat(stand.path("resterendeUren").decimalValue()).isEqualByComparingTo("6");
        assertThat(stand.path("resterendeEuro").decimalValue()).isEqualByComparingTo("0");
        assertThat(stand.path("gebruik")).hasSize(2);
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(rek + "/gebruik", Map.of("uren", 1, "waarvoor", "Mag niet"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void meerIndicatorenDanHetPlafondVraagtWaarom() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long dienst = dienst(id, "Heffen");
        long dvo = dvo(id, ZEIST, 2027);
        Http r = regisseur();
        List<String> vier = List.of("Doorlooptijd", "Klanttevredenheid", "Foutpercentage", "Bezwaren");

        Http.Antwoord zonder = r.postJson(
                pad(id) + "/dvo/" + dvo + "/regels",
                Map.of("dienst", dienst, "resultaat", "Aanslagen", "indicatoren", vier));
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(veldFout(zonder)).isEqualTo("indicatorReden");
        assertThat(zonder.body()).contains("Waarom");
        Http.Antwoord met = r.postJson(
                pad(id) + "/dvo/" + dvo + "/regels",
                Map.of(
                        "dienst",
                        dienst,
                        "resultaat",
                        "Aanslagen",
                        "indicatoren",
                        vier,
                        "indicatorReden",
                        "De raad vroeg om bezwaren apart"));
        assertThat(met.status()).as(met.body()).isEqualTo(201);
        assertThat(met.json().path("indicatorReden").asString()).isEqualTo("De raad vroeg om bezwaren apart");

        assertThat(r.get(pad(id) + "/afspraken-instellingen")
                        .json()
                        .path("indicatorplafond")
                        .asInt())
                .isEqualTo(3);
        Http.Antwoord plafond = r.putJson(pad(id) + "/afspraken-instellingen", Map.of("indicatorplafond", 5), "\"0\"");
        assertThat(plafond.status()).as(plafond.body()).isEqualTo(200);
        assertThat(r.postJson(
                                pad(id) + "/dvo/" + dvo + "/regels",
                                Map.of("dienst", dienst, "resultaat", "Aanslagen", "indicatoren", vier))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void herzieningsmomentenToevoegenEnVerwijderen() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long dvo = dvo(id, DE_BILT, 2027);
        Http r = regisseur();
        String momenten = pad(id) + "/dvo/" + dvo + "/herzieningsmomenten";
        Http.Antwoord fout = r.postJson(momenten, Map.of("onderwerp", ""));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("Vul een datum in");
        Http.Antwoord gemaakt =
                r.postJson(momenten, Map.of("datum", "2027-10-01", "onderwerp", "Begroting volgend jaar"));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(r.get(momenten).json()).hasSize(2);
        assertThat(r.delete(momenten + "/" + gemaakt.json().path("id").asLong(), null)
                        .status())
                .isEqualTo(204);
        assertThat(r.get(momenten).json()).hasSize(1);
    }
}
