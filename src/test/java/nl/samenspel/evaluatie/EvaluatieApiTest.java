package nl.samenspel.evaluatie;

import static nl.samenspel.support.TestAccounts.BUNNIK;
import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.UTRECHT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.samenwerking.VertrokkenPartij;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import nl.samenspel.verkenning.VerkenningFeiten;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * Evaluation and exit through the API (issue 13 point 7): evaluations and their actions with versions, audit and
 * "over tijd"; an uittreding from announcement to the party's departure, which keeps what it recorded; the
 * opheffing; bad input refused in Dutch with nothing stored; who may write what.
 */
@SamenspelTest
class EvaluatieApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Autowired
    VerkenningFeiten verkenningFeiten;

    @Autowired
    UserDetailsService details;

    static final LocalDate VANDAAG = LocalDate.now(java.time.Clock.system(Tijdstip.NEDERLAND));

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    static Map<String, Object> evaluatie(LocalDate gepland) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gepland", gepland.toString());
        body.put("reikwijdte", "De hele regeling en de dienstverlening");
        body.put("evaluator", "Extern bureau");
        return body;
    }

    static List<String> historie(Http r, long id, String entiteit) {
        List<String> uit = new ArrayList<>();
        r.get(pad(id) + "/historie").json().forEach(h -> {
            if (h.path("entiteit").asString().equals(entiteit)) {
                uit.add(h.path("actie").asString());
            }
        });
        return uit;
    }

    // ---- evaluations ----

    @Test
    void evaluatieEnActiesMakenWijzigenEnVerwijderenMetVersiesAuditEnOverTijd() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");

        Http.Antwoord gemaakt = r.postJson(pad(id) + "/evaluaties", evaluatie(VANDAAG.minusDays(3)));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(gemaakt.header("ETag")).isEqualTo("\"1\"");
        assertThat(gemaakt.json().path("overTijd").asBoolean())
                .as("gepland in het verleden")
                .isTrue();
        String evaluatie = pad(id) + "/evaluaties/" + gemaakt.json().path("id").asLong();
        assertThat(gemaakt.header("Location")).endsWith(evaluatie);

        Http.Antwoord actie = r.postJson(
                evaluatie + "/acties",
                Map.of(
                        "omschrijving",
                        "Tarieven herzien",
                        "eigenaar",
                        "Directeur",
                        "deadline",
                        VANDAAG.minusDays(1).toString()));
        assertThat(actie.status()).as(actie.body()).isEqualTo(201);
        assertThat(actie.json().path("overTijd").asBoolean()).isTrue();
        String actiePad = evaluatie + "/acties/" + actie.json().path("id").asLong();
        Http.Antwoord toekomst = r.postJson(
                evaluatie + "/acties",
                Map.of(
                        "omschrijving",
                        "Klanttevredenheid meten",
                        "eigenaar",
                        "Accountoverleg",
                        "deadline",
                        VANDAAG.plusMonths(2).toString()));
        assertThat(toekomst.json().path("overTijd").asBoolean()).isFalse();

        // Carried out: with findings it is no longer over tijd. A PUT takes what GET gives.
        JsonNode huidig = r.get(evaluatie).json();
        Map<String, Object> uitgevoerd = new LinkedHashMap<>(Http.JSON.convertValue(huidig, Map.class));
        uitgevoerd.put("bevindingen", "De kosten vallen hoger uit dan gedacht.");
        uitgevoerd.put("uitgevoerd", VANDAAG.toString());
        assertThat(r.putJson(evaluatie, uitgevoerd, null).status()).isEqualTo(428);
        assertThat(r.putJson(evaluatie, uitgevoerd, "\"9\"").status()).isEqualTo(412);
        Http.Antwoord gewijzigd = r.putJson(evaluatie, uitgevoerd, "\"1\"");
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.header("ETag")).isEqualTo("\"2\"");
        assertThat(gewijzigd.json().path("overTijd").asBoolean()).isFalse();
        assertThat(gewijzigd.json().path("acties")).hasSize(2);

        Map<String, Object> klaar = Map.of(
                "omschrijving",
                "Tarieven herzien",
                "eigenaar",
                "Directeur",
                "deadline",
                VANDAAG.minusDays(1).toString(),
                "afgerond",
                VANDAAG.toString());
        assertThat(r.putJson(actiePad, klaar, "\"4\"").status()).isEqualTo(412);
        Http.Antwoord afgerond = r.putJson(actiePad, klaar, "\"1\"");
        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(200);
        assertThat(afgerond.json().path("overTijd").asBoolean()).isFalse();
        assertThat(r.get(evaluatie + "/acties").json()).hasSize(2);

        assertThat(r.delete(actiePad, "\"1\"").status()).isEqualTo(412);
        assertThat(r.delete(actiePad, "\"2\"").status()).isEqualTo(204);
        assertThat(r.get(evaluatie + "/acties").json()).hasSize(1);
        assertThat(r.delete(evaluatie, "\"2\"").status()).isEqualTo(204);
        assertThat(r.get(evaluatie).status()).isEqualTo(404);
        assertThat(r.get(pad(id) + "/evaluaties").json().path("totaal").asInt()).isZero();

        assertThat(historie(r, id, "evaluatie_evaluatie"))
                .containsExactlyInAnyOrder("AANGEMAAKT", "GEWIJZIGD", "VERWIJDERD");
        assertThat(historie(r, id, "evaluatie_actie"))
                .containsExactlyInAnyOrder("AANGEMAAKT", "AANGEMAAKT", "GEWIJZIGD", "VERWIJDERD");
    }

    record Geval(String veld, Map<String, Object> body, String tekst) {}

    @Test
    void slechteInvoerGeeftEenNederlandseMeldingEnSlaatNietsOp() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        Map<String, Object> zonderReikwijdte = evaluatie(VANDAAG);
        zonderReikwijdte.remove("reikwijdte");
        Map<String, Object> uitgevoerdZonderBevindingen = evaluatie(VANDAAG);
        uitgevoerdZonderBevindingen.put("uitgevoerd", VANDAAG.toString());
        Map<String, Object> morgenUitgevoerd = evaluatie(VANDAAG);
        morgenUitgevoerd.put("uitgevoerd", VANDAAG.plusDays(1).toString());
        morgenUitgevoerd.put("bevindingen", "Goed");
        for (Geval g : List.of(
                new Geval("gepland", Map.of("reikwijdte", "Alles", "evaluator", "Bureau"), "gepland"),
                new Geval("reikwijdte", zonderReikwijdte, "Vul dit veld in"),
                new Geval("bevindingen", uitgevoerdZonderBevindingen, "bevindingen"),
                new Geval("uitgevoerd", morgenUitgevoerd, "toekomst"),
                new Geval("gepland", Map.of("gepland", "morgen", "reikwijdte", "Alles", "evaluator", "Bureau"), ""))) {
            Http.Antwoord a = r.postJson(pad(id) + "/evaluaties", g.body());
            assertThat(a.status()).as(g.veld() + ": " + a.body()).isEqualTo(400);
            assertThat(a.header("Content-Type")).contains("application/problem+json");
            assertThat(a.json().path("invalidParams").get(0).path("name").asString())
                    .as(a.body())
                    .isEqualTo(g.veld());
            assertThat(a.body()).as(g.veld()).contains(g.tekst());
        }
        assertThat(r.get(pad(id) + "/evaluaties").json().path("totaal").asInt()).isZero();

        long ev = r.postJson(pad(id) + "/evaluaties", evaluatie(VANDAAG))
                .json()
                .path("id")
                .asLong();
        Http.Antwoord actie = r.postJson(
                pad(id) + "/evaluaties/" + ev + "/acties", Map.of("omschrijving", "Iets", "eigenaar", "Iemand"));
        assertThat(actie.status()).isEqualTo(400);
        assertThat(actie.body()).contains("klaar moet zijn");
        assertThat(r.get(pad(id) + "/evaluaties/" + ev + "/acties").json()).isEmpty();
        assertThat(r.get(pad(id) + "/evaluaties/999999").status()).isEqualTo(404);
        assertThat(r.get(pad(id) + "/evaluaties/" + ev + "/acties/999999").status())
                .isIn(404, 405);
        assertThat(r.putJson(
                                pad(id) + "/evaluaties/" + ev + "/acties/999999",
                                Map.of("omschrijving", "X", "eigenaar", "Y", "deadline", VANDAAG.toString()),
                                "\"1\"")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void alleenDeRegisseurEvalueertIedereenDieDeSamenwerkingZietLeest() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        long ev = r.postJson(pad(id) + "/evaluaties", evaluatie(VANDAAG))
                .json()
                .path("id")
                .asLong();
        for (String wie : List.of("ambtenaar1", "bestuurder1", "raadslid1", "uitvoerder")) {
            assertThat(Http.api(port, wie)
                            .postJson(pad(id) + "/evaluaties", evaluatie(VANDAAG))
                            .status())
                    .as(wie)
                    .isEqualTo(403);
        }
        assertThat(Http.api(port, "ambtenaar1")
                        .delete(pad(id) + "/evaluaties/" + ev, "\"1\"")
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1")
                        .get(pad(id) + "/evaluaties")
                        .json()
                        .path("totaal")
                        .asInt())
                .isEqualTo(1);
        assertThat(Http.api(port, "ambtenaar3").get(pad(id) + "/evaluaties").status())
                .as("Bunnik neemt niet deel")
                .isEqualTo(404);
        assertThat(r.get(pad(999_999_999) + "/evaluaties").status()).isEqualTo(404);
    }

    @Autowired
    nl.samenspel.account.AccountService rekeningen;

    @Test
    void eenUitvoerderMetZetelRondtEenActieAfEnWijzigtVerderNiets() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        String naam = TestSamenwerkingen.uniek("directeur").toLowerCase(java.util.Locale.ROOT);
        rekeningen.maak(new nl.samenspel.account.NieuwAccount(
                naam, "Dirk Directeur", "samenspel", java.util.Set.of(nl.samenspel.security.Rol.UITVOERDER), null));
        long directie = r.postJson(pad(id) + "/organen", Map.of("naam", "Directie", "lijn", "UITVOERING"))
                .json()
                .path("id")
                .asLong();
        assertThat(r.postJson(
                                pad(id) + "/organen/" + directie + "/zetels",
                                Map.of("persoon", "Dirk", "rol", "AMBTELIJK", "functie", "directeur", "account", naam))
                        .status())
                .isEqualTo(201);
        long ev = r.postJson(pad(id) + "/evaluaties", evaluatie(VANDAAG))
                .json()
                .path("id")
                .asLong();
        String acties = pad(id) + "/evaluaties/" + ev + "/acties";
        long actie = r.postJson(
                        acties,
                        Map.of(
                                "omschrijving",
                                "Tarieven herzien",
                                "eigenaar",
                                "Directie",
                                "deadline",
                                VANDAAG.toString()))
                .json()
                .path("id")
                .asLong();

        Http directeur = Http.api(port, naam);
        assertThat(directeur
                        .postJson(pad(id) + "/evaluaties", evaluatie(VANDAAG))
                        .status())
                .isEqualTo(403);
        Http.Antwoord klaar = directeur.putJson(
                acties + "/" + actie,
                Map.of(
                        "omschrijving",
                        "Iets anders",
                        "eigenaar",
                        "Niemand",
                        "deadline",
                        "2030-01-01",
                        "afgerond",
                        VANDAAG.toString()),
                "\"1\"");
        assertThat(klaar.status()).as(klaar.body()).isEqualTo(200);
        assertThat(klaar.json().path("afgerond").asString()).isEqualTo(VANDAAG.toString());
        assertThat(klaar.json().path("omschrijving").asString()).isEqualTo("Tarieven herzien");
        assertThat(klaar.json().path("deadline").asString()).isEqualTo(VANDAAG.toString());
        assertThat(directeur.delete(acties + "/" + actie, "\"2\"").status()).isEqualTo(403);
        assertThat(Http.api(port, "uitvoerder").get(pad(id) + "/evaluaties").status())
                .as("een uitvoerder zonder zetel ziet de samenwerking niet")
                .isEqualTo(404);
    }

    // ---- uittreding ----

    Map<String, Object> uittreding(String gemeente, LocalDate datum) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gemeente", gemeente);
        body.put("datum", datum.toString());
        body.put("reden", "Zeist gaat samenwerken in een andere regio.");
        return body;
    }

    @Test
    void eenUittredingLooptVanAankondigingTotVertrekEnDeGeschiedenisBlijft() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        Http zeist = Http.api(port, "ambtenaar1");

        // Zeist records a position first: its history, which must stay when it leaves.
        Http.Antwoord positie = zeist.putJson(
                pad(id) + "/posities/" + ZEIST,
                Map.of("watWillenWij", "Samen de WOZ laten taxeren", "gedeeld", true),
                null);
        assertThat(positie.status()).as(positie.body()).isEqualTo(201);

        // De Bilt may not announce Zeist's uittreding, a council member nobody's; Zeist its own.
        assertThat(Http.api(port, "ambtenaar2")
                        .postJson(pad(id) + "/uittredingen", uittreding(ZEIST, VANDAAG))
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1")
                        .postJson(pad(id) + "/uittredingen", uittreding(ZEIST, VANDAAG))
                        .status())
                .isEqualTo(403);
        Http.Antwoord aangekondigd = zeist.postJson(pad(id) + "/uittredingen", uittreding(ZEIST, VANDAAG));
        assertThat(aangekondigd.status()).as(aangekondigd.body()).isEqualTo(201);
        assertThat(aangekondigd.json().path("status").asString()).isEqualTo("AANGEKONDIGD");
        assertThat(aangekondigd.json().path("aangekondigdOp").asString()).isEqualTo(VANDAAG.toString());
        assertThat(aangekondigd.json().path("voorwaardenGeregeld").asBoolean()).isFalse();
        String u = pad(id) + "/uittredingen/" + aangekondigd.json().path("id").asLong();
        assertThat(zeist.postJson(pad(id) + "/uittredingen", uittreding(ZEIST, VANDAAG))
                        .status())
                .as("een tweede lopende uittreding van Zeist")
                .isEqualTo(409);

        // Conditions cannot be agreed without their text and the settlement.
        Map<String, Object> body =
                new LinkedHashMap<>(Http.JSON.convertValue(zeist.get(u).json(), Map.class));
        body.put("status", "VOORWAARDEN_VASTGESTELD");
        Http.Antwoord zonder = zeist.putJson(u, body, "\"1\"");
        assertThat(zonder.status()).as(zonder.body()).isEqualTo(400);
        assertThat(zonder.body()).contains("voorwaarden", "afrekening");
        body.put("voorwaarden", "Opzegtermijn twee jaar; de uittreder betaalt de frictiekosten.");
        body.put("afrekening", 125000.50);
        body.put("richting", "BETAALT");
        body.put("personeel", "Drie medewerkers gaan terug naar Zeist.");
        Http.Antwoord vastgesteld = zeist.putJson(u, body, "\"1\"");
        assertThat(vastgesteld.status()).as(vastgesteld.body()).isEqualTo(200);
        assertThat(vastgesteld.json().path("voorwaardenGeregeld").asBoolean()).isTrue();
        assertThat(vastgesteld.json().path("afrekening").decimalValue()).isEqualByComparingTo("125000.50");

        // Only the regisseur lets it take effect, and only on or after its day.
        Map<String, Object> afronden = new LinkedHashMap<>(Http.JSON.convertValue(vastgesteld.json(), Map.class));
        afronden.put("status", "AFGEROND");
        assertThat(zeist.putJson(u, afronden, "\"2\"").status()).isEqualTo(403);
        Map<String, Object> teVroeg = new LinkedHashMap<>(afronden);
        teVroeg.put("datum", VANDAAG.plusDays(30).toString());
        Http.Antwoord vroeg = r.putJson(u, teVroeg, "\"2\"");
        assertThat(vroeg.status()).as(vroeg.body()).isEqualTo(409);
        assertThat(vroeg.body()).contains("op of na de datum van uittreding");
        Http.Antwoord klaar = r.putJson(u, afronden, "\"2\"");
        assertThat(klaar.status()).as(klaar.body()).isEqualTo(200);
        assertThat(klaar.json().path("status").asString()).isEqualTo("AFGEROND");

        // The party left: no longer among the participants, listed as vertrokken with day and reason.
        Samenwerking s = alsRegisseur(() -> samenwerkingen.vind(id));
        assertThat(s.gemeenteCodes()).extracting(c -> c.waarde()).containsExactly(DE_BILT);
        assertThat(s.vertrokken()).extracting(VertrokkenPartij::code).containsExactly(ZEIST);
        assertThat(s.vertrokken().get(0).datum()).isEqualTo(VANDAAG);
        assertThat(s.vertrokken().get(0).reden()).isEqualTo("Zeist gaat samenwerken in een andere regio.");
        // What Zeist recorded is still there (the check's bulk read keeps positions of parties that left).
        assertThat(verkenningFeiten.lees(List.of(id)).get(0).posities())
                .extracting(VerkenningFeiten.PositieStand::gemeenteCode)
                .contains(ZEIST);

        // The completed uittreding stays in the list and is final.
        JsonNode lijst = r.get(pad(id) + "/uittredingen").json();
        assertThat(lijst.path("totaal").asInt()).isEqualTo(1);
        assertThat(lijst.path("uittredingen").get(0).path("status").asString()).isEqualTo("AFGEROND");
        Http.Antwoord nogmaals = r.putJson(u, afronden, "\"3\"");
        assertThat(nogmaals.status()).isEqualTo(409);
        assertThat(nogmaals.body()).contains("is afgerond");
        assertThat(historie(r, id, "evaluatie_uittreding"))
                .containsExactlyInAnyOrder("AANGEMAAKT", "GEWIJZIGD", "GEWIJZIGD");
    }

    @Test
    void eenUittredingMagRechtstreeksNaarAfgerondEnIngetrokkenIsDefinitief() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT, BUNNIK);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord bilt = r.postJson(pad(id) + "/uittredingen", uittreding(DE_BILT, VANDAAG));
        assertThat(bilt.status()).as(bilt.body()).isEqualTo(201);
        Map<String, Object> direct = new LinkedHashMap<>(uittreding(DE_BILT, VANDAAG));
        direct.put("status", "AFGEROND");
        Http.Antwoord weg =
                r.putJson(pad(id) + "/uittredingen/" + bilt.json().path("id").asLong(), direct, "\"1\"");
        assertThat(weg.status()).as(weg.body()).isEqualTo(200);
        assertThat(weg.json().path("voorwaardenGeregeld").asBoolean()).isFalse();

        Http.Antwoord bunnik = r.postJson(pad(id) + "/uittredingen", uittreding(BUNNIK, VANDAAG.plusMonths(6)));
        String b = pad(id) + "/uittredingen/" + bunnik.json().path("id").asLong();
        Map<String, Object> in = new LinkedHashMap<>(uittreding(BUNNIK, VANDAAG.plusMonths(6)));
        in.put("status", "INGETROKKEN");
        assertThat(r.putJson(b, in, "\"1\"").status()).isEqualTo(200);
        in.put("status", "AANGEKONDIGD");
        Http.Antwoord terug = r.putJson(b, in, "\"2\"");
        assertThat(terug.status()).isEqualTo(409);
        assertThat(terug.body()).contains("ingetrokken");

        Http.Antwoord vreemd = r.postJson(pad(id) + "/uittredingen", uittreding(UTRECHT, VANDAAG));
        assertThat(vreemd.status()).isEqualTo(400);
        assertThat(vreemd.body()).contains("neemt niet deel");
        Http.Antwoord vertrokken = r.postJson(pad(id) + "/uittredingen", uittreding(DE_BILT, VANDAAG));
        assertThat(vertrokken.status()).as("De Bilt is al vertrokken").isEqualTo(400);
        Map<String, Object> bedrag = new LinkedHashMap<>(uittreding(ZEIST, VANDAAG));
        bedrag.put("afrekening", -5);
        bedrag.put("richting", "ONTVANGT");
        Http.Antwoord negatief = r.postJson(pad(id) + "/uittredingen", bedrag);
        assertThat(negatief.status()).isEqualTo(400);
        assertThat(negatief.json().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("afrekening");
        assertThat(r.get(pad(id) + "/uittredingen").json().path("totaal").asInt())
                .isEqualTo(2);
        assertThat(r.get(pad(id) + "/uittredingen/999999").status()).isEqualTo(404);
    }

    // ---- opheffing ----

    @Test
    void opheffingVastleggenWijzigenAfrondenEnVerwijderen() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        String o = pad(id) + "/opheffing";
        assertThat(r.get(o).status()).isEqualTo(404);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("besluitdatum", VANDAAG.minusDays(10).toString());
        body.put("ingangsdatum", VANDAAG.plusMonths(1).toString());
        assertThat(Http.api(port, "ambtenaar1").putJson(o, body, null).status()).isEqualTo(403);
        Map<String, Object> verkeerd = new LinkedHashMap<>(body);
        verkeerd.put("ingangsdatum", VANDAAG.minusYears(1).toString());
        Http.Antwoord fout = r.putJson(o, verkeerd, null);
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.json().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("ingangsdatum");
        assertThat(r.get(o).status()).isEqualTo(404);

        Http.Antwoord gemaakt = r.putJson(o, body, null);
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(gemaakt.json().path("vereffeningGeregeld").asBoolean()).isFalse();
        assertThat(r.putJson(o, body, null).status())
                .as("bestaat al: If-Match nodig")
                .isEqualTo(428);
        assertThat(r.putJson(o, body, "\"5\"").status()).isEqualTo(412);

        Map<String, Object> af = new LinkedHashMap<>(body);
        af.put("vereffening", "Het vermogen gaat naar rato van inwoners terug; het personeel naar Zeist.");
        af.put("vereffenaar", "Het dagelijks bestuur");
        af.put("status", "AFGEROND");
        Http.Antwoord teVroeg = r.putJson(o, af, "\"1\"");
        assertThat(teVroeg.status()).isEqualTo(409);
        af.put("ingangsdatum", VANDAAG.toString());
        Http.Antwoord afgerond = r.putJson(o, af, "\"1\"");
        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(200);
        assertThat(afgerond.json().path("vereffeningGeregeld").asBoolean()).isTrue();
        assertThat(r.delete(o, "\"2\"").status()).as("afgerond is definitief").isEqualTo(409);
        assertThat(Http.api(port, "raadslid1").get(o).json().path("status").asString())
                .isEqualTo("AFGEROND");

        long ander = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String o2 = pad(ander) + "/opheffing";
        assertThat(r.putJson(o2, body, null).status()).isEqualTo(201);
        assertThat(r.delete(o2, null).status()).isEqualTo(428);
        assertThat(r.delete(o2, "\"1\"").status()).isEqualTo(204);
        assertThat(r.get(o2).status()).isEqualTo(404);
        assertThat(historie(r, ander, "evaluatie_opheffing")).containsExactlyInAnyOrder("AANGEMAAKT", "VERWIJDERD");
    }

    private <T> T alsRegisseur(java.util.function.Supplier<T> wat) {
        var regisseur = details.loadUserByUsername(TestAccounts.REGISSEUR);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(regisseur, null, regisseur.getAuthorities()));
        try {
            return wat.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
