package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an API client sends is stored exactly, or refused with a Dutch 400 naming the field and nothing stored:
 * control characters and unpaired surrogates in any text, duplicate keys, numbers that would be rounded away,
 * and values of the wrong JSON type. Bodies are written by hand so that the escapes are exactly what is sent.
 */
@SamenspelTest
class InvoerApiTest {

    private static final String SAMENWERKINGEN = "/api/v1/samenwerkingen";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long samenwerking() {
        Http.Antwoord a = Http.api(port, "regisseur")
                .postJson(
                        SAMENWERKINGEN,
                        Map.of(
                                "titel",
                                "Invoer " + System.nanoTime(),
                                "omschrijving",
                                "Samen belasting heffen.",
                                "gemeenten",
                                List.of("GM0355", "GM0310", "GM0312")));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    private static Map<String, String> velden(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        Map<String, String> velden = new LinkedHashMap<>();
        a.json()
                .path("invalidParams")
                .forEach(p ->
                        velden.put(p.path("name").asString(), p.path("reason").asString()));
        return velden;
    }

    private long aantal(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** JSON escapes for refused characters, as a client would send them. */
    static Stream<Arguments> geweigerdeTekens() {
        return Stream.of(
                Arguments.of("\\u0000", "U+0000"),
                Arguments.of("\\u0001", "U+0001"),
                Arguments.of("\\u000b", "U+000B"),
                Arguments.of("\\u001b", "U+001B"),
                Arguments.of("\\u007f", "U+007F"),
                Arguments.of("\\u0085", "U+0085"),
                Arguments.of("\\ud800", "U+D800"),
                Arguments.of("\\udfff", "U+DFFF"));
    }

    @ParameterizedTest(name = "{1} in een nieuwe samenwerking")
    @MethodSource("geweigerdeTekens")
    void geweigerdTekenInEenSamenwerkingSlaatNietsOp(String escape, String code) {
        String titel = "Teken " + System.nanoTime();
        Http.Antwoord a = Http.api(port, "regisseur")
                .send(
                        "POST",
                        SAMENWERKINGEN,
                        "application/json",
                        "{\"titel\": \"" + titel + " " + escape
                                + "\", \"omschrijving\": \"Samen.\", \"gemeenten\": [\"GM0355\", \"GM0310\"]}",
                        Map.of());
        assertThat(velden(a)).containsOnlyKeys("titel");
        assertThat(velden(a).get("titel"))
                .contains("niet kan worden opgeslagen")
                .contains(code);
        assertThat(aantal("SELECT COUNT(*) FROM samenwerking WHERE titel LIKE ?", titel + "%"))
                .isZero();
    }

    @Test
    void geweigerdeTekensInElkDeelVanDeApiNoemenHetVeldEnSlaanNietsOp() {
        long id = samenwerking();
        Http regisseur = Http.api(port, "regisseur");
        Http zeist = Http.api(port, "ambtenaar1");
        String basis = SAMENWERKINGEN + "/" + id;

        // verkenning: a task
        assertThat(velden(regisseur.send(
                        "POST",
                        basis + "/taken",
                        "application/json",
                        "{\"naam\": \"WOZ\", \"omschrijving\": \"Taxeren\\u0000\"}",
                        Map.of())))
                .containsOnlyKeys("omschrijving");
        assertThat(aantal("SELECT COUNT(*) FROM taak WHERE samenwerking_id = ?", id))
                .isZero();
        long taak = regisseur
                .postJson(basis + "/taken", Map.of("naam", "WOZ"))
                .json()
                .path("id")
                .asLong();

        // verkenning: a position, nested fields
        String positie = basis + "/posities/GM0355";
        assertThat(velden(zeist.send(
                        "PUT",
                        positie,
                        "application/json",
                        "{\"behoeften\": [{\"taak\": " + taak
                                + ", \"naar\": \"GM0310\", \"sterkte\": \"STERK\", \"toelichting\": \"ok\"},"
                                + " {\"taak\": " + taak
                                + ", \"naar\": \"GM0312\", \"sterkte\": \"NIET\", \"toelichting\": \"a\\u0007b\"}]}",
                        Map.of())))
                .containsOnlyKeys("behoeften[1].toelichting");
        assertThat(velden(zeist.send(
                        "PUT", positie, "application/json", "{\"kosten\": {\"eigenRuimte\": \"\\udbff\"}}", Map.of())))
                .containsOnlyKeys("kosten.eigenRuimte");
        assertThat(aantal("SELECT COUNT(*) FROM positie WHERE samenwerking_id = ?", id))
                .isZero();

        // stappen: postponing a decision
        assertThat(velden(regisseur.send(
                        "POST",
                        basis + "/stappen/uitstel",
                        "application/json",
                        "{\"onderwerp\": \"STAP:WAT\", \"reden\": \"later\\u0000\"}",
                        Map.of())))
                .containsOnlyKeys("reden");
        assertThat(aantal("SELECT COUNT(*) FROM besluit_uitstel WHERE samenwerking_id = ?", id))
                .isZero();

        // accounts: a typed body
        String naam = "teken" + System.nanoTime() % 1_000_000;
        assertThat(velden(Http.api(port, "beheerder")
                        .send(
                                "POST",
                                "/api/v1/accounts",
                                "application/json",
                                "{\"gebruikersnaam\": \"" + naam
                                        + "\", \"weergavenaam\": \"Nieuw \\ud83d\", \"wachtwoord\": \"geheim-genoeg\","
                                        + " \"rollen\": [\"AMBTENAAR\"], \"gemeenteCode\": \"GM0310\"}",
                                Map.of())))
                .containsOnlyKeys("weergavenaam");
        assertThat(velden(Http.api(port, "beheerder")
                        .send(
                                "POST",
                                "/api/v1/accounts",
                                "application/json",
                                "{\"gebruikersnaam\": \"" + naam
                                        + "\", \"weergavenaam\": \"Nieuw\", \"wachtwoord\": \"geheim-genoeg\","
                                        + " \"rollen\": [\"AMBTENAAR\\u0000\"], \"gemeenteCode\": \"GM0310\"}",
                                Map.of())))
                .containsOnlyKeys("rollen[0]");
        assertThat(aantal("SELECT COUNT(*) FROM account WHERE gebruikersnaam = ?", naam))
                .isZero();

        // a query parameter
        assertThat(velden(regisseur.get("/api/v1/gemeenten?naam=Zei%00st"))).containsOnlyKeys("naam");
    }

    @Test
    void eenHeelTekenpaarEnTabsEnRegelsBlijvenPrecies() {
        long id = samenwerking();
        Http.Antwoord a = Http.api(port, "regisseur")
                .send(
                        "POST",
                        SAMENWERKINGEN + "/" + id + "/taken",
                        "application/json",
                        "{\"naam\": \"Emoji \\ud83d\\ude00\", \"omschrijving\": \"regel 1\\r\\n\\tregel 2\"}",
                        Map.of());
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT naam FROM taak WHERE samenwerking_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Emoji \ud83d\ude00");
        assertThat(jdbc.sql("SELECT omschrijving FROM taak WHERE samenwerking_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("regel 1\r\n\tregel 2");
    }

    @Test
    void eenDubbeleSleutelWordtGeweigerdInPlaatsVanDatDeLaatsteWint() {
        String titel = "Dubbel " + System.nanoTime();
        Http.Antwoord a = Http.api(port, "regisseur")
                .send(
                        "POST",
                        SAMENWERKINGEN,
                        "application/json",
                        "{\"titel\": \"" + titel
                                + "\", \"omschrijving\": \"Samen.\", \"gemeenten\": [\"GM0355\", \"GM0310\"],"
                                + " \"titel\": \"" + titel + " tweede\"}",
                        Map.of());
        assertThat(velden(a)).containsOnlyKeys("titel");
        assertThat(velden(a).get("titel")).contains("meer dan eens");
        assertThat(aantal("SELECT COUNT(*) FROM samenwerking WHERE titel LIKE ?", titel + "%"))
                .isZero();

        long id = samenwerking();
        Http.Antwoord genest = Http.api(port, "ambtenaar1")
                .send(
                        "PUT",
                        SAMENWERKINGEN + "/" + id + "/posities/GM0355",
                        "application/json",
                        "{\"kosten\": {\"maximumPerJaar\": 10, \"maximumPerJaar\": 20}}",
                        Map.of());
        assertThat(velden(genest)).containsOnlyKeys("kosten.maximumPerJaar");
        assertThat(aantal("SELECT COUNT(*) FROM positie WHERE samenwerking_id = ?", id))
                .isZero();
    }

    @Test
    void getallenDieZoudenWordenAfgerondWordenGeweigerd() {
        long id = samenwerking();
        Http zeist = Http.api(port, "ambtenaar1");
        String positie = SAMENWERKINGEN + "/" + id + "/posities/GM0355";
        for (String getal : List.of("1e-400", "1e400", "-1e-400", "0.000000000000000000001", "150000.001", "1e15")) {
            Map<String, String> velden = velden(zeist.send(
                    "PUT", positie, "application/json", "{\"kosten\": {\"maximumPerJaar\": " + getal + "}}", Map.of()));
            assertThat(velden).as(getal).containsOnlyKeys("kosten.maximumPerJaar");
        }
        assertThat(aantal("SELECT COUNT(*) FROM positie WHERE samenwerking_id = ?", id))
                .isZero();

        Http.Antwoord precies = zeist.send(
                "PUT", positie, "application/json", "{\"kosten\": {\"maximumPerJaar\": 123456789.99}}", Map.of());
        assertThat(precies.status()).as(precies.body()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT maximum_per_jaar FROM positie WHERE samenwerking_id = ?")
                        .param(id)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("123456789.99");
    }

    @Test
    void eenWachtwoordMoetTekstZijn() {
        Http beheerder = Http.api(port, "beheerder");
        String naam = "getal" + System.nanoTime() % 1_000_000;
        for (String wachtwoord : List.of("12345678901", "true", "[\"geheim-genoeg\"]", "{\"a\": 1}", "12345678.5")) {
            Map<String, String> velden = velden(beheerder.send(
                    "POST",
                    "/api/v1/accounts",
                    "application/json",
                    "{\"gebruikersnaam\": \"" + naam + "\", \"weergavenaam\": \"Getal\", \"wachtwoord\": " + wachtwoord
                            + ", \"rollen\": [\"AMBTENAAR\"], \"gemeenteCode\": \"GM0310\"}",
                    Map.of()));
            assertThat(velden).as(wachtwoord).containsOnlyKeys("wachtwoord");
            assertThat(velden.get("wachtwoord")).contains("tekst");
        }
        assertThat(aantal("SELECT COUNT(*) FROM account WHERE gebruikersnaam = ?", naam))
                .isZero();
    }

    @Test
    void andereSoortenWordenNietOmgezet() {
        long id = samenwerking();
        Http regisseur = Http.api(port, "regisseur");
        Http.Antwoord getal = regisseur.send(
                "POST", SAMENWERKINGEN + "/" + id + "/taken", "application/json", "{\"naam\": 12345}", Map.of());
        assertThat(velden(getal)).containsOnlyKeys("naam");
        Http.Antwoord naAfloop = regisseur.send(
                "POST",
                SAMENWERKINGEN + "/" + id + "/taken",
                "application/json",
                "{\"naam\": \"WOZ\"} {\"naam\": \"nog een\"}",
                Map.of());
        assertThat(naAfloop.status()).isEqualTo(400);
        assertThat(aantal("SELECT COUNT(*) FROM taak WHERE samenwerking_id = ?", id))
                .isZero();
    }
}
