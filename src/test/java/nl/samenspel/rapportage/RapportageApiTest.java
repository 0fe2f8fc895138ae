package nl.samenspel.rapportage;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Progress reports through the API (issue 14 point 3 and 7): a report on a client's DVO copies its lines, is filled
 * in line by line under the report's version, cannot be submitted while a line lacks a status or narrative (the 400
 * names the lines), and no longer changes once submitted; periods on the same DVO do not overlap; the client's own
 * people read it, another municipality does not even see it; the trends count only submitted reports; the
 * conversation module and the check get what they need.
 */
@SamenspelTest
class RapportageApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Rapportages rapportages;

    @Autowired
    RapportageFeiten feiten;

    @Autowired
    nl.samenspel.account.AccountService rekeningen;

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    Http regisseur() {
        return Http.api(port, "regisseur");
    }

    /** A samenwerking of Zeist and De Bilt with a DVO for Zeist 2027 of two lines (one with two indicators). */
    record Opzet(long id, long dvo, long dvoBilt) {}

    Opzet opzet() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = regisseur();
        long heffen = r.postJson(pad(id) + "/diensten", Map.of("naam", "Belastingen heffen", "backoffice", "Eén"))
                .json()
                .path("id")
                .asLong();
        long innen = r.postJson(pad(id) + "/diensten", Map.of("naam", "Belastingen innen", "backoffice", "Eén"))
                .json()
                .path("id")
                .asLong();
        long dvo = r.postJson(pad(id) + "/dvo", Map.of("gemeente", ZEIST, "jaar", 2027))
                .json()
                .path("id")
                .asLong();
        Http.Antwoord regel = r.postJson(
                pad(id) + "/dvo/" + dvo + "/regels",
                Map.of(
                        "dienst",
                        heffen,
                        "resultaat",
                        "Aanslagen op tijd verstuurd",
                        "indicatoren",
                        List.of("Percentage op tijd", "Aantal bezwaren")));
        assertThat(regel.status()).as(regel.body()).isEqualTo(201);
        assertThat(r.postJson(
                                pad(id) + "/dvo/" + dvo + "/regels",
                                Map.of("dienst", innen, "resultaat", "Betalingen binnen dertig dagen verwerkt"))
                        .status())
                .isEqualTo(201);
        long dvoBilt = r.postJson(pad(id) + "/dvo", Map.of("gemeente", DE_BILT, "jaar", 2027))
                .json()
                .path("id")
                .asLong();
        r.postJson(
                pad(id) + "/dvo/" + dvoBilt + "/regels",
                Map.of("dienst", heffen, "resultaat", "Aanslagen op tijd verstuurd in De Bilt"));
        return new Opzet(id, dvo, dvoBilt);
    }

    static Map<String, Object> nieuw(long dvo, String van, String tot) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dvo", dvo);
        m.put("van", van);
        m.put("tot", tot);
        return m;
    }

    static Map<String, Object> lijn(String status, String verhaal, Object... waarden) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("verhaal", verhaal);
        m.put("waarden", new ArrayList<>(Arrays.asList(waarden)));
        return m;
    }

    static List<String> velden(Http.Antwoord a) {
        List<String> uit = new ArrayList<>();
        a.json().path("invalidParams").forEach(p -> uit.add(p.path("name").asString()));
        return uit;
    }

    static String reden(Http.Antwoord a) {
        StringBuilder b = new StringBuilder();
        a.json()
                .path("invalidParams")
                .forEach(p -> b.append(p.path("reason").asString()).append('\n'));
        return b.toString();
    }

    @Test
    void vanConceptViaIngevuldeRegelsNaarIngediendMetVersiesEnAudit() {
        Opzet o = opzet();
        Http r = regisseur();
        Http.Antwoord gemaakt = r.postJson(pad(o.id()) + "/rapportages", nieuw(o.dvo(), "2027-01-01", "2027-03-31"));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(gemaakt.header("ETag")).isEqualTo("\"1\"");
        JsonNode rap = gemaakt.json();
        assertThat(rap.path("periode").asString()).isEqualTo("1e kwartaal 2027");
        assertThat(rap.path("gemeente").asString()).isEqualTo(ZEIST);
        assertThat(rap.path("ingediend").asBoolean()).isFalse();
        JsonNode lijnen = rap.path("lijnen");
        assertThat(lijnen).hasSize(2);
        assertThat(lijnen.get(0).path("dienst").asString()).isEqualTo("Belastingen heffen");
        assertThat(lijnen.get(0).path("waarden")).hasSize(2);
        assertThat(lijnen.get(0).path("waarden").get(1).path("indicator").asString())
                .isEqualTo("Aantal bezwaren");
        String basis = pad(o.id()) + "/rapportages/" + rap.path("id").asLong();
        assertThat(gemaakt.header("Location")).endsWith(basis);
        long eerste = lijnen.get(0).path("id").asLong();
        long tweede = lijnen.get(1).path("id").asLong();

        // Submitting now names both lines and what they lack.
        Http.Antwoord teVroeg = r.postJson(basis + "/indiening", Map.of(), "\"1\"");
        assertThat(teVroeg.status()).as(teVroeg.body()).isEqualTo(400);
        assertThat(velden(teVroeg)).containsExactly("lijn-" + eerste, "lijn-" + tweede);
        assertThat(reden(teVroeg))
                .contains("Belastingen heffen: Aanslagen op tijd verstuurd")
                .contains("een status en een verhaal");

        // A line: If-Match required and checked.
        Map<String, Object> heffen = lijn("AANDACHT", "Twee weken vertraging door een storing.", 92.5, null);
        assertThat(r.putJson(basis + "/lijnen/" + eerste, heffen, null).status())
                .isEqualTo(428);
        assertThat(r.putJson(basis + "/lijnen/" + eerste, heffen, "\"7\"").status())
                .isEqualTo(412);
        Http.Antwoord ingevuld = r.putJson(basis + "/lijnen/" + eerste, heffen, "\"1\"");
        assertThat(ingevuld.status()).as(ingevuld.body()).isEqualTo(200);
        assertThat(ingevuld.header("ETag")).isEqualTo("\"2\"");
        JsonNode l0 = ingevuld.json().path("lijnen").get(0);
        assertThat(l0.path("status").asString()).isEqualTo("AANDACHT");
        assertThat(l0.path("waarden").get(0).path("waarde").decimalValue()).isEqualByComparingTo("92.5");
        assertThat(l0.path("waarden").get(1).path("waarde").isNull()).isTrue();
        assertThat(l0.path("volledig").asBoolean()).isTrue();

        // The second line has a status but no narrative: still refused, naming only that line.
        assertThat(r.putJson(basis + "/lijnen/" + tweede, lijn("OP_KOERS", " "), "\"2\"")
                        .status())
                .isEqualTo(200);
        Http.Antwoord zonderVerhaal = r.postJson(basis + "/indiening", Map.of(), "\"3\"");
        assertThat(zonderVerhaal.status()).isEqualTo(400);
        assertThat(velden(zonderVerhaal)).containsExactly("lijn-" + tweede);
        assertThat(reden(zonderVerhaal)).contains("een verhaal");

        assertThat(r.putJson(basis + "/lijnen/" + tweede, lijn("OP_KOERS", "Alles binnen termijn."), "\"3\"")
                        .status())
                .isEqualTo(200);
        assertThat(r.postJson(basis + "/indiening", Map.of(), null).status()).isEqualTo(428);
        Http.Antwoord ingediend = r.postJson(basis + "/indiening", Map.of(), "\"4\"");
        assertThat(ingediend.status()).as(ingediend.body()).isEqualTo(200);
        assertThat(ingediend.json().path("ingediend").asBoolean()).isTrue();
        assertThat(ingediend.json().path("ingediendDoor").asString()).isEqualTo("regisseur");

        // Submitted: no more changes, and it cannot be deleted.
        Http.Antwoord daarna = r.putJson(basis + "/lijnen/" + eerste, heffen, "\"5\"");
        assertThat(daarna.status()).isEqualTo(409);
        assertThat(daarna.json().path("detail").asString()).contains("al ingediend");
        assertThat(r.delete(basis, "\"5\"").status()).isEqualTo(409);

        List<String> historie = new ArrayList<>();
        r.get(pad(o.id()) + "/historie")
                .json()
                .forEach(h -> historie.add(h.path("entiteit").asString()));
        assertThat(historie).contains("rapportage_rapportage", "rapportage_lijn");

        // What the conversation module and the check read.
        Rapportageinhoud inhoud =
                rapportages.inhoud(o.id(), rap.path("id").asLong()).orElseThrow();
        assertThat(inhoud.ingediend()).isTrue();
        assertThat(inhoud.lijnen())
                .extracting(Rapportageinhoud.Lijn::status)
                .containsExactly(LijnStatus.AANDACHT, LijnStatus.OP_KOERS);
        assertThat(inhoud.lijnen().get(0).verhaal()).isEqualTo("Twee weken vertraging door een storing.");
        assertThat(rapportages.inhoud(o.id(), 999_999_999L)).isEmpty();
        RapportageFeiten.Rapportage feit =
                feiten.lees(List.of(o.id())).get(0).rapportages().get(0);
        assertThat(feit.ingediend()).isTrue();
        assertThat(feit.waarden()).isEqualTo(1);
        assertThat(feit.lijnenZonderVerhaal()).isZero();
        assertThat(feit.afwijkingen()).isZero();
    }

    @Test
    void foutieveInvoerWordtInHetNederlandsGeweigerdEnSlaatNietsOp() {
        Opzet o = opzet();
        Http r = regisseur();
        String lijst = pad(o.id()) + "/rapportages";

        Http.Antwoord leeg = r.postJson(lijst, Map.of());
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.header("Content-Type")).startsWith("application/problem+json");
        assertThat(velden(leeg)).containsExactlyInAnyOrder("dvo", "van", "tot");
        assertThat(reden(leeg)).contains("Kies de DVO");

        Http.Antwoord achterstevoren = r.postJson(lijst, nieuw(o.dvo(), "2027-03-31", "2027-01-01"));
        assertThat(velden(achterstevoren)).containsExactly("tot");
        Http.Antwoord vreemdeDvo = r.postJson(lijst, nieuw(999_999_999L, "2027-01-01", "2027-03-31"));
        assertThat(velden(vreemdeDvo)).containsExactly("dvo");
        Http.Antwoord geenDatum = r.send(
                "POST",
                lijst,
                "application/json",
                "{\"dvo\": " + o.dvo() + ", \"van\": \"morgen\", \"tot\": \"2027-03-31\"}",
                Map.of());
        assertThat(geenDatum.status()).isEqualTo(400);
        assertThat(r.get(lijst).json().path("totaal").asInt()).isZero();

        // Overlap on the same DVO is refused, naming the other period; another DVO may share the days.
        assertThat(r.postJson(lijst, nieuw(o.dvo(), "2027-01-01", "2027-03-31")).status())
                .isEqualTo(201);
        Http.Antwoord overlap = r.postJson(lijst, nieuw(o.dvo(), "2027-03-01", "2027-05-31"));
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(velden(overlap)).containsExactly("van");
        assertThat(reden(overlap)).contains("1e kwartaal 2027");
        assertThat(r.postJson(lijst, nieuw(o.dvo(), "2027-04-01", "2027-06-30")).status())
                .isEqualTo(201);
        assertThat(r.postJson(lijst, nieuw(o.dvoBilt(), "2027-01-01", "2027-03-31"))
                        .status())
                .isEqualTo(201);

        // A bad status, too many values, an unknown line.
        JsonNode rap = r.get(lijst).json().path("rapportages").get(0);
        String basis = lijst + "/" + rap.path("id").asLong();
        String lijn = basis + "/lijnen/" + rap.path("lijnen").get(0).path("id").asLong();
        Http.Antwoord status =
                r.send("PUT", lijn, "application/json", "{\"status\": \"PRIMA\"}", Map.of("If-Match", "\"1\""));
        assertThat(status.status()).isEqualTo(400);
        Http.Antwoord teVeel = r.putJson(lijn, lijn("OP_KOERS", "x", 1, 2, 3), "\"1\"");
        assertThat(teVeel.status()).isEqualTo(400);
        assertThat(velden(teVeel)).containsExactly("waarden");
        assertThat(r.putJson(basis + "/lijnen/999999999", lijn("OP_KOERS", "x"), "\"1\"")
                        .status())
                .isEqualTo(404);
        assertThat(r.get(basis).json().path("versie").asLong()).isEqualTo(1);
        assertThat(r.get(basis).json().path("lijnen").get(0).path("status").isNull())
                .isTrue();

        // A concept can be deleted.
        assertThat(r.delete(basis, "\"1\"").status()).isEqualTo(204);
        assertThat(r.get(basis).status()).isEqualTo(404);
    }

    @Test
    void deKlantLeestEenAndereGemeenteZietNietsEnAlleenRegisseurEnUitvoerderSchrijven() {
        Opzet o = opzet();
        Http r = regisseur();
        String lijst = pad(o.id()) + "/rapportages";
        long zeist = r.postJson(lijst, nieuw(o.dvo(), "2027-01-01", "2027-03-31"))
                .json()
                .path("id")
                .asLong();
        r.postJson(lijst, nieuw(o.dvoBilt(), "2027-01-01", "2027-03-31"));

        for (String wie : List.of("ambtenaar1", "bestuurder1", "raadslid1")) {
            Http h = Http.api(port, wie);
            assertThat(h.get(lijst + "/" + zeist).status()).as(wie).isEqualTo(200);
            JsonNode eigen = h.get(lijst).json();
            assertThat(eigen.path("totaal").asInt())
                    .as(wie + " ziet alleen Zeist")
                    .isEqualTo(1);
            assertThat(h.postJson(lijst, nieuw(o.dvo(), "2027-04-01", "2027-06-30"))
                            .status())
                    .as(wie + " schrijft niet")
                    .isEqualTo(403);
        }
        Http bilt = Http.api(port, "ambtenaar2");
        assertThat(bilt.get(lijst + "/" + zeist).status()).isEqualTo(404);
        assertThat(bilt.get(lijst)
                        .json()
                        .path("rapportages")
                        .get(0)
                        .path("gemeente")
                        .asString())
                .isEqualTo(DE_BILT);
        assertThat(bilt.get(lijst).json().path("totaal").asInt()).isEqualTo(1);

        // An uitvoerder with a seat on the execution line writes; one without a seat does not see it at all.
        String naam = TestSamenwerkingen.uniek("uitvoerder").toLowerCase(java.util.Locale.ROOT);
        rekeningen.maak(new nl.samenspel.account.NieuwAccount(
                naam, "Uma Uitvoerder", "samenspel", java.util.Set.of(nl.samenspel.security.Rol.UITVOERDER), null));
        long directie = r.postJson(pad(o.id()) + "/organen", Map.of("naam", "Directie", "lijn", "UITVOERING"))
                .json()
                .path("id")
                .asLong();
        assertThat(r.postJson(
                                pad(o.id()) + "/organen/" + directie + "/zetels",
                                Map.of("persoon", "Uma", "rol", "AMBTELIJK", "functie", "teamleider", "account", naam))
                        .status())
                .isEqualTo(201);
        Http uitvoerder = Http.api(port, naam, "samenspel");
        Http.Antwoord gemaakt = uitvoerder.postJson(lijst, nieuw(o.dvo(), "2027-04-01", "2027-06-30"));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(uitvoerder.get(lijst).json().path("totaal").asInt()).isEqualTo(3);
        assertThat(Http.api(port, "uitvoerder").get(lijst).status()).isEqualTo(404);
    }

    @Test
    void trendsTellenAlleenIngediendeRapportagesDieDeGebruikerMagLezen() {
        Opzet o = opzet();
        Http r = regisseur();
        String lijst = pad(o.id()) + "/rapportages";
        for (String[] periode : List.of(
                new String[] {"2027-01-01", "2027-03-31", "OP_KOERS"},
                new String[] {"2027-04-01", "2027-06-30", "AFWIJKING"})) {
            JsonNode rap =
                    r.postJson(lijst, nieuw(o.dvo(), periode[0], periode[1])).json();
            String basis = lijst + "/" + rap.path("id").asLong();
            long versie = 1;
            for (JsonNode l : rap.path("lijnen")) {
                assertThat(r.putJson(
                                        basis + "/lijnen/" + l.path("id").asLong(),
                                        lijn(periode[2], "Verteld."),
                                        "\"" + versie++ + "\"")
                                .status())
                        .isEqualTo(200);
            }
            assertThat(r.postJson(basis + "/indiening", Map.of(), "\"" + versie + "\"")
                            .status())
                    .isEqualTo(200);
        }
        // A concept for De Bilt does not count.
        r.postJson(lijst, nieuw(o.dvoBilt(), "2027-01-01", "2027-03-31"));

        JsonNode trends = r.get(lijst + "/trends").json();
        assertThat(trends.path("klanten")).hasSize(1);
        JsonNode perioden = trends.path("klanten").get(0).path("perioden");
        assertThat(perioden).hasSize(2);
        assertThat(perioden.get(0).path("opKoers").asInt()).isEqualTo(2);
        assertThat(perioden.get(1).path("afwijking").asInt()).isEqualTo(2);
        assertThat(perioden.get(1).path("periode").asString()).isEqualTo("2e kwartaal 2027");
        JsonNode diensten = trends.path("diensten");
        assertThat(diensten).hasSize(2);
        assertThat(diensten.get(0).path("naam").asString()).isEqualTo("Belastingen heffen");
        assertThat(diensten.get(0)
                        .path("klanten")
                        .get(0)
                        .path("statussen")
                        .get(1)
                        .asString())
                .isEqualTo("AFWIJKING");

        assertThat(Http.api(port, "ambtenaar2").get(lijst + "/trends").json().path("klanten"))
                .as("De Bilt ziet de trends van Zeist niet")
                .isEmpty();
    }
}
