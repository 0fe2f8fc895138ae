package nl.samenspel.stappen;

import static nl.samenspel.stappen.StappenData.DE_BILT;
import static nl.samenspel.stappen.StappenData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * "Ambtelijk besproken" versus "bestuurlijk vastgesteld", and both becoming outdated ("verouderd") when the step's
 * content changes afterwards: shown so on page and API, not counted by the gate and the checks, and R1.7 until the
 * parties agree again.
 */
@SamenspelTest
class StapInstemmingTest {

    @LocalServerPort
    int port;

    @Autowired
    StappenFeiten feiten;

    @Autowired
    AuditTrail audit;

    private String pad(long id, String stap) {
        return "/api/v1/samenwerkingen/" + id + "/stappen/" + stap;
    }

    private static final String[] VIER = {"wat", "hoe", "spanningen", "vanzelfdynamiek"};

    private long afgesprokenSamenwerking() {
        long id = StappenData.nieuweSamenwerking(port);
        StappenData.vulVierStappen(port, id);
        StappenData.bespreek(port, "ambtenaar1", id, VIER);
        StappenData.bespreek(port, "ambtenaar2", id, VIER);
        return id;
    }

    private Http.Antwoord nieuweSpanning(long id) {
        Http.Antwoord sp = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen/" + id + "/spanningen",
                        Map.of("omschrijving", "Wie draagt het tekort?", "soort", "KOSTEN_VERDELING"));
        assertThat(sp.status()).as(sp.body()).isEqualTo(201);
        return sp;
    }

    private List<JsonNode> bevindingen(long id, String controle) {
        Http.Antwoord a = Http.api(port, "regisseur").get("/api/v1/samenwerkingen/" + id + "/toets");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<JsonNode> uit = new ArrayList<>();
        a.json()
                .path("regels")
                .forEach(r -> r.path("bevindingen").forEach(b -> {
                    if (b.path("controle").asString().equals(controle)) {
                        uit.add(b);
                    }
                }));
        return uit;
    }

    private List<JsonNode> openBevindingen(long id, String controle) {
        return bevindingen(id, controle).stream()
                .filter(b -> b.path("status").asString().equals("OPEN"))
                .toList();
    }

    @Test
    void eenSpanningNaDeInstemmingMaaktDeMarkeringenVerouderdTotDePartijenOpnieuwBespreken() {
        long id = afgesprokenSamenwerking();
        Http r = Http.api(port, "regisseur");
        assertThat(r.get(pad(id, "vorm")).json().path("open").asBoolean()).isTrue();
        assertThat(openBevindingen(id, "R1.7")).isEmpty();

        nieuweSpanning(id);

        // API: both marks are shown, as outdated, with what changed; nobody counts as having discussed the step.
        JsonNode stap = r.get(pad(id, "spanningen")).json();
        assertThat(stap.path("besproken").size()).isEqualTo(2);
        stap.path("besproken")
                .forEach(b -> assertThat(b.path("verouderd").asBoolean())
                        .as(b.toString())
                        .isTrue());
        assertThat(stap.path("nogNietBesproken").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(ZEIST, DE_BILT);
        assertThat(stap.path("verouderd").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(ZEIST, DE_BILT);
        assertThat(stap.path("laatsteWijziging").path("wat").asString()).isEqualTo("een spanning toegevoegd");
        assertThat(r.get(pad(id, "wat")).json().path("verouderd").isEmpty())
                .as("other steps keep their marks")
                .isTrue();

        // The gate no longer counts them: the form step is closed again and phase VORMGEVEN is refused.
        assertThat(r.get(pad(id, "vorm")).json().path("open").asBoolean()).isFalse();
        Http.Antwoord fase = StappenData.fase(port, r, id, Map.of("fase", "VORMGEVEN"));
        assertThat(fase.status()).as(fase.body()).isEqualTo(409);
        assertThat(fase.json().path("ontbreekt").get(0).asString())
                .contains("Spanningen")
                .contains("Zeist")
                .contains("De Bilt");

        // The facts the toets reads hold only current marks, and name the outdated ones.
        StappenFeiten.Stand stand = feiten.lees(List.of(id)).get(0);
        assertThat(stand.besproken().getOrDefault(Stap.SPANNINGEN, java.util.Set.of()))
                .isEmpty();
        assertThat(stand.besproken().get(Stap.WAT)).containsExactlyInAnyOrder(ZEIST, DE_BILT);
        assertThat(stand.verouderd().get(Stap.SPANNINGEN)).containsExactlyInAnyOrder(ZEIST, DE_BILT);

        // R1.7 names the step by its label and both parties.
        List<JsonNode> r17 = openBevindingen(id, "R1.7");
        assertThat(r17).hasSize(1);
        assertThat(r17.get(0).path("ernst").asString()).isEqualTo("AANDACHT");
        assertThat(r17.get(0).path("omschrijving").asString())
                .contains("Spanningen")
                .contains("Zeist")
                .contains("De Bilt")
                .doesNotContain("SPANNINGEN");

        // Zeist discusses again: only De Bilt's agreement is still outdated.
        StappenData.bespreek(port, "ambtenaar1", id, "spanningen");
        assertThat(openBevindingen(id, "R1.7").get(0).path("omschrijving").asString())
                .contains("De Bilt")
                .doesNotContain("Zeist");
        assertThat(r.get(pad(id, "vorm")).json().path("open").asBoolean()).isFalse();

        StappenData.bespreek(port, "ambtenaar2", id, "spanningen");
        assertThat(openBevindingen(id, "R1.7")).isEmpty();
        assertThat(bevindingen(id, "R1.7")).as("kept as resolved").hasSize(1);
        assertThat(r.get(pad(id, "vorm")).json().path("open").asBoolean()).isTrue();
        assertThat(r.get(pad(id, "spanningen")).json().path("verouderd").isEmpty())
                .isTrue();
    }

    @Test
    void eenOngewijzigdTeruggestuurdeStapMaaktNietsVerouderd() {
        long id = afgesprokenSamenwerking();
        Http r = Http.api(port, "regisseur");
        JsonNode wat = r.get(pad(id, "wat")).json();
        StappenData.ok(
                r.putJson(pad(id, "wat"), Map.of("doelen", wat.path("doelen")), StappenData.etag(r, pad(id, "wat"))));
        assertThat(r.get(pad(id, "wat")).json().path("verouderd").isEmpty()).isTrue();

        StappenData.ok(r.putJson(
                pad(id, "wat"),
                Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "Samen de WOZ en de invordering doen"))),
                StappenData.etag(r, pad(id, "wat"))));
        assertThat(r.get(pad(id, "wat")).json().path("verouderd").size()).isEqualTo(2);
    }

    private static Map<String, Object> vaststelling(String gemeente, String orgaan, String datum, String referentie) {
        Map<String, Object> m = new HashMap<>();
        m.put("gemeente", gemeente);
        m.put("orgaan", orgaan);
        if (datum != null) {
            m.put("datum", datum);
        }
        if (referentie != null) {
            m.put("referentie", referentie);
        }
        return m;
    }

    @Test
    void deRegisseurOfEenBestuurderVanDieGemeenteStelVastAnderenNiet() {
        long id = afgesprokenSamenwerking();
        String vast = pad(id, "wat") + "/vaststellingen";

        Http.Antwoord regisseur = Http.api(port, "regisseur")
                .postJson(vast, vaststelling(DE_BILT, "RAAD", "2019-03-14", "Raadsbesluit 2019-17"));
        assertThat(regisseur.status()).as(regisseur.body()).isEqualTo(201);
        Http.Antwoord bestuurder = Http.api(port, "bestuurder1")
                .postJson(vast, vaststelling(ZEIST, "COLLEGE", null, "https://besluiten.example/2024/88"));
        assertThat(bestuurder.status()).as(bestuurder.body()).isEqualTo(201);

        assertThat(Http.api(port, "bestuurder1")
                        .postJson(vast, vaststelling(DE_BILT, "COLLEGE", null, "B&W 12"))
                        .status())
                .as("alderman of another municipality")
                .isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(vast, vaststelling(ZEIST, "COLLEGE", null, "B&W 12"))
                        .status())
                .as("civil servant of that municipality")
                .isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar2")
                        .postJson(vast, vaststelling(DE_BILT, "COLLEGE", null, "B&W 12"))
                        .status())
                .isEqualTo(403);

        JsonNode stap = Http.api(port, "raadslid1").get(pad(id, "wat")).json();
        assertThat(stap.path("vaststellingen").size()).isEqualTo(2);
        JsonNode bilt = stap.path("vaststellingen")
                .valueStream()
                .filter(v -> v.path("gemeente").asString().equals(DE_BILT))
                .findFirst()
                .orElseThrow();
        assertThat(bilt.path("orgaan").asString()).isEqualTo("RAAD");
        assertThat(bilt.path("orgaanNaam").asString()).isEqualTo("Gemeenteraad");
        assertThat(bilt.path("datum").asString()).isEqualTo("2019-03-14");
        assertThat(bilt.path("referentie").asString()).isEqualTo("Raadsbesluit 2019-17");
        assertThat(bilt.path("door").asString()).isEqualTo("regisseur");
        assertThat(bilt.path("verouderd").asBoolean()).isFalse();
        JsonNode zeist = stap.path("vaststellingen")
                .valueStream()
                .filter(v -> v.path("gemeente").asString().equals(ZEIST))
                .findFirst()
                .orElseThrow();
        assertThat(zeist.path("datum").asString())
                .as("today by default")
                .isEqualTo(Gebeurdatum.vandaag().toString());
        assertThat(audit.voorSamenwerking(id))
                .anyMatch(e -> e.entiteitType().equals("stap_vaststelling")
                        && e.gebruiker().equals("bestuurder1")
                        && e.wijzigingen().stream()
                                .anyMatch(w -> w.veld().equals("referentie")
                                        && "https://besluiten.example/2024/88".equals(w.na())));
    }

    @Test
    void eenVaststellingZonderReferentieOfInDeToekomstWordtGeweigerdEnSlaatNietsOp() {
        long id = afgesprokenSamenwerking();
        String vast = pad(id, "hoe") + "/vaststellingen";
        Http r = Http.api(port, "regisseur");

        Http.Antwoord toekomst = r.postJson(
                vast,
                vaststelling(ZEIST, "COLLEGE", Gebeurdatum.vandaag().plusDays(3).toString(), "B&W 2030/1"));
        assertThat(toekomst.status()).as(toekomst.body()).isEqualTo(400);
        assertThat(toekomst.header("Content-Type")).contains("problem+json");
        assertThat(toekomst.body()).contains("datum");
        Http.Antwoord geenReferentie = r.postJson(vast, vaststelling(ZEIST, "COLLEGE", null, "  "));
        assertThat(geenReferentie.status()).isEqualTo(400);
        assertThat(geenReferentie.body()).contains("referentie");
        Http.Antwoord stuurgroep = r.postJson(vast, vaststelling(ZEIST, "STUURGROEP", null, "SG 1"));
        assertThat(stuurgroep.status()).as("not a body of one municipality").isEqualTo(400);
        assertThat(stuurgroep.body()).contains("orgaan");
        Http.Antwoord vorm = r.postJson(pad(id, "vorm") + "/vaststellingen", vaststelling(ZEIST, "COLLEGE", null, "x"));
        assertThat(vorm.status()).isEqualTo(409);

        assertThat(r.get(pad(id, "hoe")).json().path("vaststellingen").isEmpty())
                .isTrue();
        assertThat(audit.voorSamenwerking(id)).noneMatch(e -> e.entiteitType().equals("stap_vaststelling"));
    }

    @Test
    void eenVaststellingVeroudertBijEenWijzigingEnTeltDanInR17() {
        long id = afgesprokenSamenwerking();
        Http r = Http.api(port, "regisseur");
        String vast = pad(id, "spanningen") + "/vaststellingen";
        long revisie = r.get(pad(id, "spanningen")).json().path("revisie").asLong();
        Map<String, Object> body = vaststelling(ZEIST, "COLLEGE", "2024-05-01", "B&W 2024/55");
        body.put("revisie", revisie);
        assertThat(r.postJson(vast, body).status()).isEqualTo(201);

        nieuweSpanning(id);
        StappenData.bespreek(port, "ambtenaar1", id, "spanningen");
        StappenData.bespreek(port, "ambtenaar2", id, "spanningen");

        JsonNode stap = r.get(pad(id, "spanningen")).json();
        assertThat(stap.path("vaststellingen").get(0).path("verouderd").asBoolean())
                .isTrue();
        assertThat(stap.path("verouderd").valueStream().map(JsonNode::asString)).containsExactly(ZEIST);
        assertThat(openBevindingen(id, "R1.7").get(0).path("omschrijving").asString())
                .contains("Zeist")
                .doesNotContain("De Bilt");
        // A decision on the content the user saw before the change is refused.
        assertThat(r.postJson(vast, body).status()).isEqualTo(412);

        body.put("revisie", stap.path("revisie").asLong());
        assertThat(r.postJson(vast, body).status()).isEqualTo(201);
        assertThat(openBevindingen(id, "R1.7")).isEmpty();
    }

    @Test
    void deStappaginaToontBeideEnLegtEenVaststellingVast() {
        long id = afgesprokenSamenwerking();
        String basis = "/samenwerkingen/" + id + "/stappen";
        Http.browser(port, "regisseur").get(basis + "/wat");
        nieuweSpanning(id);

        Http ambtenaar = Http.browser(port, "ambtenaar2");
        String pagina = ambtenaar.get(basis + "/spanningen").body();
        assertThat(pagina)
                .contains("Ambtelijk besproken")
                .contains("Bestuurlijk vastgesteld")
                .contains("verouderd")
                .contains("een spanning toegevoegd")
                .contains("Opnieuw ambtelijk besproken voor De Bilt")
                .doesNotContain("name=\"referentie\"");

        Http bestuurder = Http.browser(port, "bestuurder1");
        String eigen = bestuurder.get(basis + "/spanningen").body();
        assertThat(eigen).contains("name=\"referentie\"").contains("College van burgemeester en wethouders");
        String versie = eigen.replaceAll("(?s).*name=\"versie\" value=\"(\\d+)\".*", "$1");

        Http.Antwoord fout = bestuurder.formulier(
                basis + "/spanningen/vaststellingen",
                Map.of(
                        "gemeente",
                        ZEIST,
                        "orgaan",
                        "COLLEGE",
                        "datum",
                        Gebeurdatum.vandaag().plusYears(1).toString(),
                        "referentie",
                        "Collegebesluit 2026/7",
                        "versie",
                        versie));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("utrecht-form-field-error-message").contains("Collegebesluit 2026/7");

        Http.Antwoord ok = bestuurder.formulier(
                basis + "/spanningen/vaststellingen",
                Map.of(
                        "gemeente", ZEIST,
                        "orgaan", "COLLEGE",
                        "datum", "2021-06-01",
                        "referentie", "Collegebesluit 2021/7",
                        "versie", versie));
        assertThat(ok.status()).as(ok.body()).isEqualTo(302);
        String na = bestuurder.get(basis + "/spanningen").body();
        assertThat(na).contains("Collegebesluit 2021/7").contains("1 juni 2021");

        Http.Antwoord anders = bestuurder.formulier(
                basis + "/spanningen/vaststellingen",
                Map.of("gemeente", DE_BILT, "orgaan", "RAAD", "referentie", "x", "versie", versie));
        assertThat(anders.status()).isEqualTo(403);
        Http.Antwoord oud = bestuurder.formulier(
                basis + "/spanningen/vaststellingen",
                Map.of("gemeente", ZEIST, "orgaan", "RAAD", "referentie", "Raad 3", "versie", "0"));
        assertThat(oud.status())
                .as("the page showed an older version of the step")
                .isEqualTo(409);
        assertThat(oud.body()).contains("Raad 3");
    }
}
