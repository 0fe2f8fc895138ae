package nl.samenspel.overgang;

import static nl.samenspel.support.TestAccounts.BUNNIK;
import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.UTRECHT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The overgang module through the API (issue 13 points 3, 4 and 6): the formal start and the transition period
 * (first write with If-Match "0"), measures, the overdrachtsinventaris and the expectations register, each created,
 * read, changed and deleted with versions and audit; bad input refused in Dutch with nothing stored; who may write
 * what.
 */
@SamenspelTest
class OvergangApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Overgang overgang;

    @Autowired
    AccountService rekeningen;

    static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    static String eersteVeld(Http.Antwoord a) {
        return a.json().path("invalidParams").get(0).path("name").asString();
    }

    static Map<String, Object> map(Object... paren) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            m.put((String) paren[i], paren[i + 1]);
        }
        return m;
    }

    @Test
    void startEnTransitieVastleggenMetNulAlsEersteVersie() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        String overgangPad = pad(id) + "/overgang";

        Http.Antwoord leeg = r.get(overgangPad);
        assertThat(leeg.status()).isEqualTo(200);
        assertThat(leeg.header("ETag")).isEqualTo("\"0\"");
        assertThat(leeg.json().path("start").isNull()).isTrue();
        assertThat(leeg.json().path("transitie").isNull()).isTrue();
        assertThat(overgang.transitie(id)).isEmpty();

        Map<String, Object> body = Map.of(
                "start",
                "2027-01-01",
                "transitie",
                Map.of("start", "2027-01-01", "eind", "2027-12-31"),
                "toelichting",
                "Het eerste jaar is een leerjaar.");
        assertThat(r.putJson(overgangPad, body, null).status()).isEqualTo(428);
        assertThat(r.putJson(overgangPad, body, "\"1\"").status()).isEqualTo(412);
        Http.Antwoord eerste = r.putJson(overgangPad, body, "\"0\"");
        assertThat(eerste.status()).as(eerste.body()).isEqualTo(200);
        assertThat(eerste.header("ETag")).isEqualTo("\"1\"");
        JsonNode gelezen = r.get(overgangPad).json();
        assertThat(gelezen.path("start").asString()).isEqualTo("2027-01-01");
        assertThat(gelezen.path("transitie").path("eind").asString()).isEqualTo("2027-12-31");
        assertThat(gelezen.path("toelichting").asString()).isEqualTo("Het eerste jaar is een leerjaar.");
        assertThat(overgang.transitie(id))
                .contains(new Transitie(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));

        // A second "first" write is stale; changing with the current version works.
        assertThat(r.putJson(overgangPad, body, "\"0\"").status()).isEqualTo(412);
        Http.Antwoord korter = r.putJson(
                overgangPad,
                Map.of("start", "2027-01-01", "transitie", Map.of("start", "2027-01-01", "eind", "2027-06-30")),
                "\"1\"");
        assertThat(korter.status()).as(korter.body()).isEqualTo(200);
        assertThat(korter.header("ETag")).isEqualTo("\"2\"");
        assertThat(korter.json().path("toelichting").isNull()).isTrue();
        assertThat(overgang.transitie(id).orElseThrow().eind()).isEqualTo(LocalDate.of(2027, 6, 30));

        List<String> historie = new ArrayList<>();
        r.get(pad(id) + "/historie")
                .json()
                .forEach(h -> historie.add(
                        h.path("entiteit").asString() + " " + h.path("actie").asString()));
        assertThat(historie).filteredOn(h -> h.startsWith("overgang_stand")).hasSize(2);
    }

    @Test
    void eenTransitieDieEindigtVoorZeBegintWordtGeweigerdEnNietsOpgeslagen() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        String overgangPad = pad(id) + "/overgang";

        Http.Antwoord achterstevoren = r.putJson(
                overgangPad, Map.of("transitie", Map.of("start", "2027-06-01", "eind", "2027-01-31")), "\"0\"");
        assertThat(achterstevoren.status()).as(achterstevoren.body()).isEqualTo(400);
        assertThat(achterstevoren.header("Content-Type")).contains("application/problem+json");
        assertThat(eersteVeld(achterstevoren)).isEqualTo("transitie.eind");
        assertThat(achterstevoren.body()).contains("ligt voor het begin");

        Http.Antwoord half = r.putJson(overgangPad, Map.of("transitie", Map.of("start", "2027-06-01")), "\"0\"");
        assertThat(half.status()).isEqualTo(400);
        assertThat(eersteVeld(half)).isEqualTo("transitie.eind");

        Http.Antwoord geenDatum = r.putJson(overgangPad, Map.of("start", "1 januari 2027"), "\"0\"");
        assertThat(geenDatum.status()).isEqualTo(400);
        assertThat(eersteVeld(geenDatum)).isEqualTo("start");
        assertThat(geenDatum.body()).contains("geen geldige datum");

        assertThat(r.get(overgangPad).header("ETag")).isEqualTo("\"0\"");
        assertThat(overgang.transitie(id)).isEmpty();
    }

    @Test
    void maatregelToevoegenLezenWijzigenEnVerwijderen() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");

        Http.Antwoord gemaakt = r.postJson(
                pad(id) + "/maatregelen",
                map(
                        "soort",
                        "BESPARINGSTAAKSTELLING",
                        "omschrijving",
                        "Vijf procent minder",
                        "jaar",
                        2027,
                        "bedrag",
                        150000));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(gemaakt.header("ETag")).isEqualTo("\"1\"");
        assertThat(gemaakt.json().path("haaltRekWeg").asBoolean()).isFalse();
        assertThat(gemaakt.json().path("bedrag").decimalValue()).isEqualByComparingTo("150000");
        String maatregel = pad(id) + "/maatregelen/" + gemaakt.json().path("id").asLong();
        assertThat(r.get(maatregel).json().path("jaar").asInt()).isEqualTo(2027);

        Map<String, Object> vacatures =
                map("soort", "VACATURES_NIET_INVULLEN", "omschrijving", "Twee plekken blijven leeg", "jaar", 2027);
        assertThat(r.putJson(maatregel, vacatures, null).status()).isEqualTo(428);
        assertThat(r.putJson(maatregel, vacatures, "\"9\"").status()).isEqualTo(412);
        Http.Antwoord gewijzigd = r.putJson(maatregel, vacatures, "\"1\"");
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.header("ETag")).isEqualTo("\"2\"");
        assertThat(gewijzigd.json().path("haaltRekWeg").asBoolean()).isTrue();
        assertThat(gewijzigd.json().path("bedrag").isNull()).isTrue();
        assertThat(r.get(pad(id) + "/maatregelen").json().size()).isEqualTo(1);

        assertThat(r.delete(maatregel, "\"1\"").status()).isEqualTo(412);
        assertThat(r.delete(maatregel, "\"2\"").status()).isEqualTo(204);
        assertThat(r.get(maatregel).status()).isEqualTo(404);
        assertThat(r.get(pad(id) + "/maatregelen").json().size()).isZero();
    }

    record Geval(String pad, String veld, Map<String, Object> body, String tekst) {}

    @Test
    void slechteInvoerGeeftEenNederlandseMeldingBijHetVeldEnSlaatNietsOp() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        List<Geval> gevallen = List.of(
                new Geval("/maatregelen", "soort", map("soort", "BEZUINIGEN", "omschrijving", "x"), "niet de juiste"),
                new Geval("/maatregelen", "soort", map("omschrijving", "x"), "Kies de soort maatregel"),
                new Geval("/maatregelen", "omschrijving", map("soort", "ANDERS", "omschrijving", " "), "Vul"),
                new Geval(
                        "/maatregelen",
                        "jaar",
                        map("soort", "ANDERS", "omschrijving", "x", "jaar", 3027),
                        "tussen 1950 en 2100"),
                new Geval(
                        "/maatregelen",
                        "bedrag",
                        map("soort", "ANDERS", "omschrijving", "x", "bedrag", -5),
                        "negatief"),
                new Geval(
                        "/overdrachtsinventaris",
                        "soort",
                        map("soort", "GEBOUW", "naam", "Stadskantoor"),
                        "niet de juiste"),
                new Geval(
                        "/overdrachtsinventaris",
                        "gemeente",
                        map("soort", "TAAK", "naam", "Kwijtschelding", "gemeente", UTRECHT),
                        "neemt niet deel"),
                new Geval("/overdrachtsinventaris", "naam", map("soort", "TAAK"), "Vul"),
                new Geval("/verwachtingen", "groep", map("groep", "PERS", "verwachting", "x"), "niet de juiste"),
                new Geval("/verwachtingen", "groep", map("verwachting", "x"), "Kies de groep"),
                new Geval(
                        "/verwachtingen",
                        "volgendeToets",
                        map("groep", "MEDEWERKERS", "verwachting", "x", "volgendeToets", "31-02-2027"),
                        "geen geldige datum"));
        for (Geval g : gevallen) {
            Http.Antwoord a = r.postJson(pad(id) + g.pad(), g.body());
            assertThat(a.status())
                    .as(g.pad() + " " + g.veld() + ": " + a.body())
                    .isEqualTo(400);
            assertThat(eersteVeld(a)).as(g.pad() + " " + g.body()).isEqualTo(g.veld());
            assertThat(a.body()).as(g.pad() + " " + g.veld()).contains(g.tekst());
        }
        assertThat(r.get(pad(id) + "/maatregelen").json().size()).isZero();
        assertThat(r.get(pad(id) + "/overdrachtsinventaris").json().size()).isZero();
        assertThat(r.get(pad(id) + "/verwachtingen").json().size()).isZero();
    }

    @Test
    void inventarisToevoegenLezenWijzigenEnVerwijderenMetOntdektNaDeStart() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord gemaakt = r.postJson(
                pad(id) + "/overdrachtsinventaris",
                map(
                        "soort",
                        "TUSSENDOORTAAK",
                        "naam",
                        "Lijstje voor de wethouder",
                        "gemeente",
                        ZEIST.toLowerCase(Locale.ROOT)));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(gemaakt.json().path("gemeente").asString()).isEqualTo(ZEIST);
        assertThat(gemaakt.json().path("ontdektNaStart").asBoolean()).isFalse();
        String item =
                pad(id) + "/overdrachtsinventaris/" + gemaakt.json().path("id").asLong();

        Map<String, Object> ontdekt = map(
                "soort",
                "TUSSENDOORTAAK",
                "naam",
                "Lijstje voor de wethouder",
                "omschrijving",
                "Bleek pas in maart te ontbreken",
                "gemeente",
                ZEIST,
                "ontdektNaStart",
                true);
        assertThat(r.putJson(item, ontdekt, null).status()).isEqualTo(428);
        assertThat(r.putJson(item, ontdekt, "\"4\"").status()).isEqualTo(412);
        Http.Antwoord gewijzigd = r.putJson(item, ontdekt, "\"1\"");
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(r.get(item).json().path("ontdektNaStart").asBoolean()).isTrue();
        assertThat(r.get(item).header("ETag")).isEqualTo("\"2\"");

        assertThat(r.delete(item, "\"1\"").status()).isEqualTo(412);
        assertThat(r.delete(item, "\"2\"").status()).isEqualTo(204);
        assertThat(r.get(item).status()).isEqualTo(404);
    }

    @Test
    void verwachtingToevoegenLezenWijzigenEnVerwijderen() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord gemaakt = r.postJson(
                pad(id) + "/verwachtingen",
                map(
                        "groep",
                        "MEDEWERKERS",
                        "verwachting",
                        "Dat hun werk hetzelfde blijft",
                        "volgendeToets",
                        "2027-03-01"));
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        String item = pad(id) + "/verwachtingen/" + gemaakt.json().path("id").asLong();
        assertThat(r.get(item).json().path("volgendeToets").asString()).isEqualTo("2027-03-01");

        Map<String, Object> nieuw = map(
                "groep",
                "RAADSLEDEN",
                "verwachting",
                "Dat de kosten dalen",
                "communicatie",
                "Het eerste jaar kost het meer",
                "volgendeToets",
                "2027-06-01");
        assertThat(r.putJson(item, nieuw, null).status()).isEqualTo(428);
        assertThat(r.putJson(item, nieuw, "\"3\"").status()).isEqualTo(412);
        Http.Antwoord gewijzigd = r.putJson(item, nieuw, "\"1\"");
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.json().path("groep").asString()).isEqualTo("RAADSLEDEN");
        assertThat(gewijzigd.json().path("communicatie").asString()).isEqualTo("Het eerste jaar kost het meer");

        assertThat(r.delete(item, "\"1\"").status()).isEqualTo(412);
        assertThat(r.delete(item, "\"2\"").status()).isEqualTo(204);
        assertThat(r.get(item).status()).isEqualTo(404);
    }

    /** An account of its own with a seat on the execution line: it carries the samenwerking out. */
    private String uitvoerderMetZetel(long id) {
        String naam = TestSamenwerkingen.uniek("uitvoerder").toLowerCase(Locale.ROOT);
        rekeningen.maak(new NieuwAccount(naam, "Uma Uitvoerder", "samenspel", Set.of(Rol.UITVOERDER), null));
        Http r = Http.api(port, "regisseur");
        long directie = r.postJson(pad(id) + "/organen", Map.of("naam", "Directie", "lijn", "UITVOERING"))
                .json()
                .path("id")
                .asLong();
        Http.Antwoord zetel = r.postJson(
                pad(id) + "/organen/" + directie + "/zetels",
                Map.of("persoon", "Uma", "rol", "AMBTELIJK", "account", naam));
        assertThat(zetel.status()).as(zetel.body()).isEqualTo(201);
        return naam;
    }

    @Test
    void wieWatMag() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        Http ambtenaarZeist = Http.api(port, "ambtenaar1");
        Http ambtenaarBilt = Http.api(port, "ambtenaar2");
        Http raadslid = Http.api(port, "raadslid1");
        Http wethouder = Http.api(port, "bestuurder1");

        // Start, transition and measures: only the regisseur.
        assertThat(ambtenaarZeist
                        .putJson(pad(id) + "/overgang", Map.of("start", "2027-01-01"), "\"0\"")
                        .status())
                .isEqualTo(403);
        assertThat(wethouder
                        .postJson(pad(id) + "/maatregelen", map("soort", "OPLEIDING", "omschrijving", "x"))
                        .status())
                .isEqualTo(403);

        // Inventory: a civil servant for what comes from their own municipality.
        Http.Antwoord eigen = ambtenaarZeist.postJson(
                pad(id) + "/overdrachtsinventaris",
                map("soort", "SYSTEEM", "naam", "Belastingpakket", "gemeente", ZEIST));
        assertThat(eigen.status()).as(eigen.body()).isEqualTo(201);
        String eigenPad =
                pad(id) + "/overdrachtsinventaris/" + eigen.json().path("id").asLong();
        assertThat(ambtenaarZeist
                        .postJson(
                                pad(id) + "/overdrachtsinventaris",
                                map("soort", "SYSTEEM", "naam", "Pakket", "gemeente", DE_BILT))
                        .status())
                .isEqualTo(403);
        assertThat(ambtenaarZeist
                        .postJson(pad(id) + "/overdrachtsinventaris", map("soort", "SYSTEEM", "naam", "Pakket"))
                        .status())
                .isEqualTo(403);
        assertThat(ambtenaarBilt
                        .putJson(
                                eigenPad, map("soort", "SYSTEEM", "naam", "Ander pakket", "gemeente", DE_BILT), "\"1\"")
                        .status())
                .isEqualTo(403);
        assertThat(ambtenaarBilt.delete(eigenPad, "\"1\"").status()).isEqualTo(403);
        assertThat(raadslid.postJson(pad(id) + "/overdrachtsinventaris", map("soort", "TAAK", "naam", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(wethouder
                        .postJson(
                                pad(id) + "/overdrachtsinventaris",
                                map("soort", "TAAK", "naam", "x", "gemeente", ZEIST))
                        .status())
                .isEqualTo(403);
        // Whoever carries the samenwerking out adds what turned out to move, from any municipality.
        Http uitvoerder = Http.api(port, uitvoerderMetZetel(id));
        Http.Antwoord ontdekt = uitvoerder.postJson(
                pad(id) + "/overdrachtsinventaris",
                map("soort", "TUSSENDOORTAAK", "naam", "Baliebriefjes", "gemeente", DE_BILT, "ontdektNaStart", true));
        assertThat(ontdekt.status()).as(ontdekt.body()).isEqualTo(201);
        assertThat(Http.api(port, "uitvoerder")
                        .postJson(pad(id) + "/overdrachtsinventaris", map("soort", "TAAK", "naam", "x"))
                        .status())
                .isIn(403, 404);

        // Expectations: civil servants and aldermen of the parties; a council member reads.
        assertThat(wethouder
                        .postJson(pad(id) + "/verwachtingen", map("groep", "BESTUURDERS", "verwachting", "Rust"))
                        .status())
                .isEqualTo(201);
        assertThat(raadslid.postJson(pad(id) + "/verwachtingen", map("groep", "RAADSLEDEN", "verwachting", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(uitvoerder
                        .postJson(pad(id) + "/verwachtingen", map("groep", "MEDEWERKERS", "verwachting", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(raadslid.get(pad(id) + "/verwachtingen").json().size()).isEqualTo(1);
        assertThat(raadslid.get(pad(id) + "/overdrachtsinventaris").json().size())
                .isEqualTo(2);
        assertThat(raadslid.get(pad(id) + "/overgang").status()).isEqualTo(200);
        assertThat(r.get(pad(id) + "/overdrachtsinventaris").json().size()).isEqualTo(2);

        // Not a party: the samenwerking does not exist for them.
        long ander = TestSamenwerkingen.maak(port, "regisseur", DE_BILT, BUNNIK);
        assertThat(ambtenaarZeist.get(pad(ander) + "/overgang").status()).isEqualTo(404);
        assertThat(ambtenaarZeist.get(pad(ander) + "/maatregelen").status()).isEqualTo(404);
        assertThat(r.get(pad(id) + "/verwachtingen/999999999").status()).isEqualTo(404);
        assertThat(r.get(pad(id) + "/overdrachtsinventaris/999999999").status()).isEqualTo(404);
    }

    @Test
    void eenSamenwerkingDieAfsprakenMaaktZonderTransitieperiodeWachtOpDeRegisseur() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        assertThat(r.get(pad(id) + "/volgende-stap").body()).doesNotContain("Leg de overgang vast");
        Http.Antwoord fase = r.postJson(
                pad(id) + "/fase",
                Map.of("fase", "AFSPREKEN", "reden", "Voor de test"),
                r.get(pad(id)).header("ETag"));
        assertThat(fase.status()).as(fase.body()).isIn(200, 201);
        assertThat(r.get(pad(id) + "/volgende-stap").body()).contains("Leg de overgang vast");

        // A start alone is not a learning period.
        assertThat(r.putJson(pad(id) + "/overgang", Map.of("start", "2027-01-01"), "\"0\"")
                        .status())
                .isEqualTo(200);
        assertThat(r.get(pad(id) + "/volgende-stap").body()).contains("Leg de overgang vast");
        assertThat(r.putJson(
                                pad(id) + "/overgang",
                                Map.of("transitie", Map.of("start", "2027-01-01", "eind", "2027-12-31")),
                                "\"1\"")
                        .status())
                .isEqualTo(200);
        assertThat(r.get(pad(id) + "/volgende-stap").body()).doesNotContain("Leg de overgang vast");
    }
}
