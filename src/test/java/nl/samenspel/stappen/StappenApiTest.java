package nl.samenspel.stappen;

import static nl.samenspel.stappen.StappenData.DE_BILT;
import static nl.samenspel.stappen.StappenData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SamenspelTest
class StappenApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    private String pad(long id, String stap) {
        return "/api/v1/samenwerkingen/" + id + "/stappen/" + stap;
    }

    @Test
    void watLegtDoelenEnNietDoelenVastMetDeGemeenteWaarZeVandaanKomen() {
        long id = StappenData.nieuweSamenwerking(port);
        Http a = Http.api(port, "ambtenaar1");
        String etag = StappenData.etag(a, pad(id, "wat"));
        Http.Antwoord put = a.putJson(
                pad(id, "wat"),
                Map.of(
                        "doelen",
                        List.of(
                                Map.of("soort", "DOEL", "tekst", "E\u00e9n belastingpakket", "bronGemeente", DE_BILT),
                                Map.of("soort", "NIET_DOEL", "tekst", "Geen gezamenlijk tarief"))),
                etag);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.header("ETag")).isNotEqualTo(etag);

        JsonNode doelen = Http.api(port, "raadslid1").get(pad(id, "wat")).json().path("doelen");
        assertThat(doelen.size()).isEqualTo(2);
        assertThat(doelen.get(0).path("bronGemeente").asString()).isEqualTo(DE_BILT);
        assertThat(doelen.get(1).path("soort").asString()).isEqualTo("NIET_DOEL");
        assertThat(audit.voorSamenwerking(id))
                .anyMatch(e -> e.entiteitType().equals("stap") && e.entiteitId().equals("WAT"));

        String pagina = Http.browser(port, "ambtenaar2")
                .get("/samenwerkingen/" + id + "/stappen/wat")
                .body();
        assertThat(pagina).contains("uit de positie van De Bilt").contains("Geen gezamenlijk tarief");
    }

    @Test
    void eenVerouderdeOfOntbrekendeIfMatchWordtGeweigerd() {
        long id = StappenData.nieuweSamenwerking(port);
        Http r = Http.api(port, "regisseur");
        String etag = StappenData.etag(r, pad(id, "hoe"));
        Map<String, Object> body = Map.of("wieDoetWat", "Zeist doet de waardering");
        assertThat(r.putJson(pad(id, "hoe"), body, null).status()).isEqualTo(428);
        assertThat(r.putJson(pad(id, "hoe"), body, etag).status()).isEqualTo(200);
        assertThat(r.putJson(pad(id, "hoe"), Map.of("levering", "anders"), etag).status())
                .isEqualTo(412);
        JsonNode w = r.get(pad(id, "hoe")).json().path("werkwijze");
        assertThat(w.path("wieDoetWat").asString()).isEqualTo("Zeist doet de waardering");
        assertThat(w.path("levering").isNull()).isTrue();

        String watEtag = StappenData.etag(r, pad(id, "wat"));
        StappenData.ok(
                r.putJson(pad(id, "wat"), Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "x"))), watEtag));
        assertThat(r.putJson(pad(id, "wat"), Map.of("doelen", List.of()), watEtag)
                        .status())
                .isEqualTo(412);
    }

    @Test
    void slechteInvoerGeeftEenNederlandseFoutEnSlaatNietsOp() {
        long id = StappenData.nieuweSamenwerking(port);
        Http r = Http.api(port, "regisseur");
        String etag = StappenData.etag(r, pad(id, "wat"));
        String groot = "x".repeat(100_001);

        Http.Antwoord leeg =
                r.putJson(pad(id, "wat"), Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", " "))), etag);
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.body()).contains("doelen[0].tekst");
        Http.Antwoord teLang =
                r.putJson(pad(id, "wat"), Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", groot))), etag);
        assertThat(teLang.status()).isEqualTo(400);
        Http.Antwoord kapot =
                r.send("PUT", pad(id, "wat"), "application/json", "{\"doelen\": [", Map.of("If-Match", etag));
        assertThat(kapot.status()).isEqualTo(400);
        assertThat(kapot.header("Content-Type")).contains("problem+json");
        Http.Antwoord type = r.putJson(pad(id, "wat"), Map.of("doelen", "veel"), etag);
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.body()).contains("doelen");
        Http.Antwoord tekstType =
                r.putJson(pad(id, "wat"), Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", 12))), etag);
        assertThat(tekstType.status()).isEqualTo(400);
        Http.Antwoord onbekend = r.putJson(
                pad(id, "wat"),
                Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "a", "bronGemeente", "GM0312"))),
                etag);
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.body()).contains("doet niet mee");
        Http.Antwoord soort =
                r.putJson(pad(id, "wat"), Map.of("doelen", List.of(Map.of("soort", "MISSCHIEN", "tekst", "a"))), etag);
        assertThat(soort.status()).isEqualTo(400);
        Http.Antwoord hoe = r.putJson(pad(id, "hoe"), Map.of("sturing", groot), StappenData.etag(r, pad(id, "hoe")));
        assertThat(hoe.status()).isEqualTo(400);
        assertThat(hoe.body()).contains("sturing");
        Http.Antwoord gedrag = r.putJson(
                pad(id, "vanzelfdynamiek"),
                Map.of("items", List.of(Map.of("gedrag", "LUI_ZIJN"))),
                StappenData.etag(r, pad(id, "vanzelfdynamiek")));
        assertThat(gedrag.status()).isEqualTo(400);
        Http.Antwoord geenKeuze = r.putJson(
                pad(id, "vanzelfdynamiek"),
                Map.of("items", List.of(Map.of("botsing", "b"))),
                StappenData.etag(r, pad(id, "vanzelfdynamiek")));
        assertThat(geenKeuze.status()).isEqualTo(400);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM doel WHERE samenwerking_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM werkwijze WHERE samenwerking_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(r.get(pad(id, "bestaat-niet")).status()).isEqualTo(404);
    }

    @Test
    void tekstWordtOpgeslagenZoalsGetyptEnGeescaptGetoond() {
        long id = StappenData.nieuweSamenwerking(port);
        Http r = Http.api(port, "regisseur");
        StappenData.ok(r.putJson(
                pad(id, "vanzelfdynamiek"),
                Map.of("items", List.of(Map.of("eigenNaam", "<script>alert(1)</script>", "botsing", "a & b"))),
                StappenData.etag(r, pad(id, "vanzelfdynamiek"))));
        assertThat(r.get(pad(id, "vanzelfdynamiek"))
                        .json()
                        .path("items")
                        .get(0)
                        .path("eigenNaam")
                        .asString())
                .isEqualTo("<script>alert(1)</script>");
        String pagina = Http.browser(port, "regisseur")
                .get("/samenwerkingen/" + id + "/stappen/vanzelfdynamiek")
                .body();
        assertThat(pagina).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void spanningenZijnEenEigenCollectieMetVersiecontrole() {
        long id = StappenData.nieuweSamenwerking(port);
        Http a = Http.api(port, "ambtenaar2");
        String basis = "/api/v1/samenwerkingen/" + id + "/spanningen";
        Http.Antwoord nieuw = a.postJson(
                basis,
                Map.of(
                        "omschrijving",
                        "Ieder wil een eigen brief",
                        "soort",
                        "UNIFORMITEIT_MAATWERK",
                        "partijen",
                        List.of(ZEIST, DE_BILT),
                        "backofficeFrontoffice",
                        "Brief uniform, toelichting per gemeente"));
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        String locatie = nieuw.header("Location");
        assertThat(nieuw.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(nieuw.json().path("partijen").size()).isEqualTo(2);

        Http.Antwoord get = a.get(locatie);
        String etag = get.header("ETag");
        Map<String, Object> wijziging = Map.of(
                "omschrijving",
                "Ieder wil een eigen brief",
                "soort",
                "UNIFORMITEIT_MAATWERK",
                "status",
                "AFGESPROKEN",
                "hantering",
                "Een vaste kern en een eigen alinea");
        assertThat(a.putJson(locatie, wijziging, null).status()).isEqualTo(428);
        Http.Antwoord gewijzigd = a.putJson(locatie, wijziging, etag);
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(200);
        assertThat(gewijzigd.json().path("status").asString()).isEqualTo("AFGESPROKEN");
        assertThat(a.putJson(locatie, wijziging, etag).status()).isEqualTo(412);
        Http regisseur = Http.api(port, "regisseur");
        assertThat(regisseur.delete(locatie, null).status()).isEqualTo(428);
        assertThat(regisseur.delete(locatie, etag).status()).isEqualTo(412);

        assertThat(a.postJson(basis, Map.of("omschrijving", "x", "soort", "RUZIE"))
                        .status())
                .isEqualTo(400);
        assertThat(a.postJson(basis, Map.of("omschrijving", "x", "soort", "ANDERS", "partijen", List.of("GM0312")))
                        .status())
                .isEqualTo(400);
        assertThat(a.postJson(basis, Map.of("omschrijving", "x", "soort", "ANDERS", "partijen", "GM0355"))
                        .status())
                .isEqualTo(400);
        assertThat(a.get(basis).json().path("totaal").asInt()).isEqualTo(1);

        assertThat(Http.api(port, "raadslid1")
                        .postJson(basis, Map.of("omschrijving", "x", "soort", "ANDERS"))
                        .status())
                .isEqualTo(403);
        // A registered tension is removed only by the regisseur (docs/adr/0011-schrijfrechten.md).
        assertThat(a.delete(locatie, gewijzigd.header("ETag")).status()).isEqualTo(403);
        assertThat(regisseur.delete(locatie, gewijzigd.header("ETag")).status()).isEqualTo(204);
        assertThat(a.get(locatie).status()).isEqualTo(404);
        assertThat(audit.voorSamenwerking(id).stream()
                        .filter(e -> e.entiteitType().equals("spanning"))
                        .count())
                .isEqualTo(3);
    }

    @Test
    void elkePartijMarkeertBesprokenVoorDeEigenGemeenteEnIntrekkenNaAlgemeneInstemmingHeropent() {
        long id = StappenData.nieuweSamenwerking(port);
        StappenData.vulVierStappen(port, id);
        Http zeist = Http.api(port, "ambtenaar1");
        StappenData.bespreek(port, "ambtenaar1", id, "wat");
        JsonNode stand = zeist.get(pad(id, "wat")).json();
        assertThat(stand.path("besproken").get(0).path("gemeente").asString()).isEqualTo(ZEIST);
        assertThat(stand.path("besproken").get(0).path("door").asString()).isEqualTo("ambtenaar1");
        assertThat(stand.path("nogNietBesproken").get(0).asString()).isEqualTo(DE_BILT);

        assertThat(Http.api(port, "regisseur")
                        .postJson(pad(id, "wat") + "/besproken", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1")
                        .postJson(pad(id, "wat") + "/besproken", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar3")
                        .postJson(pad(id, "wat") + "/besproken", Map.of())
                        .status())
                .isEqualTo(404);

        // Withdrawing while not everyone agreed is no re-opening.
        assertThat(zeist.delete(pad(id, "wat") + "/besproken", null)
                        .json()
                        .path("heropend")
                        .asBoolean())
                .isFalse();
        StappenData.bespreek(port, "ambtenaar1", id, "wat");
        StappenData.bespreek(port, "ambtenaar2", id, "wat");
        Http.Antwoord heropend =
                Http.api(port, "ambtenaar2").delete(pad(id, "wat") + "/besproken?reden=Toch%20twijfel", null);
        assertThat(heropend.json().path("heropend").asBoolean()).isTrue();
        JsonNode uitstel =
                zeist.get("/api/v1/samenwerkingen/" + id + "/stappen/uitstel").json();
        assertThat(uitstel.get(0).path("onderwerp").asString()).isEqualTo("STAP:WAT");
        assertThat(uitstel.get(0).path("soort").asString()).isEqualTo("HEROPEND");
        assertThat(uitstel.get(0).path("reden").asString()).isEqualTo("Toch twijfel");
        String overzicht = Http.browser(port, "ambtenaar1")
                .get("/samenwerkingen/" + id + "/stappen")
                .body();
        assertThat(overzicht)
                .contains("Stap: Wat willen we")
                .doesNotContain(">STAP:WAT<")
                .contains("Heropend")
                .contains("Toch twijfel");
    }

    @Test
    void eenLegeStapKanNietAlsBesprokenWordenGemarkeerd() {
        long id = StappenData.nieuweSamenwerking(port);
        Http.Antwoord a = Http.api(port, "ambtenaar1").postJson(pad(id, "hoe") + "/besproken", Map.of());
        assertThat(a.status()).isEqualTo(409);
        assertThat(a.json().path("ontbreekt").get(0).asString()).contains("Hoe gaat het werken");
    }

    @Test
    void deRegisseurLegtEenBewustUitstelVastMetReden() {
        long id = StappenData.nieuweSamenwerking(port);
        String basis = "/api/v1/samenwerkingen/" + id + "/stappen/uitstel";
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(basis, Map.of("onderwerp", "FASE:VORMGEVEN", "reden", "r"))
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "regisseur")
                        .postJson(basis, Map.of("onderwerp", "FASE:VORMGEVEN"))
                        .status())
                .isEqualTo(400);
        assertThat(Http.api(port, "regisseur")
                        .postJson(basis, Map.of("onderwerp", "IETS", "reden", "r"))
                        .status())
                .isEqualTo(400);
        Http.Antwoord a = Http.api(port, "regisseur")
                .postJson(basis, Map.of("onderwerp", "FASE:VORMGEVEN", "reden", "Eerst de raad horen"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get(0).path("soort").asString()).isEqualTo("UITGESTELD");
    }

    @Test
    void dePoortWeigertVormgevenEnNoemtWatEnWieOntbreekt() {
        long id = StappenData.nieuweSamenwerking(port);
        Http r = Http.api(port, "regisseur");
        StappenData.ok(StappenData.fase(port, r, id, Map.of("fase", "ONDERHANDELEN")));
        StappenData.ok(r.putJson(
                pad(id, "wat"),
                Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "Samen"))),
                StappenData.etag(r, pad(id, "wat"))));
        StappenData.bespreek(port, "ambtenaar1", id, "wat");

        Http.Antwoord geweigerd = StappenData.fase(port, r, id, Map.of("fase", "VORMGEVEN"));
        assertThat(geweigerd.status()).isEqualTo(409);
        assertThat(geweigerd.header("Content-Type")).contains("problem+json");
        List<String> ontbreekt = geweigerd
                .json()
                .path("ontbreekt")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
        assertThat(ontbreekt)
                .anyMatch(o -> o.contains("Wat willen we") && o.contains("De Bilt") && !o.contains("Zeist"));
        assertThat(ontbreekt).anyMatch(o -> o.contains("Hoe gaat het werken") && o.contains("er staat nog niets in"));
        assertThat(ontbreekt).anyMatch(o -> o.contains("Spanningen"));
        assertThat(ontbreekt).anyMatch(o -> o.contains("Vanzelfdynamiek"));
        assertThat(r.get("/api/v1/samenwerkingen/" + id).json().path("fase").asString())
                .isEqualTo("ONDERHANDELEN");

        Http.Antwoord vorm = r.putJson(pad(id, "vorm"), Map.of(), "\"0\"");
        assertThat(vorm.status()).isEqualTo(409);
        assertThat(vorm.json().path("ontbreekt").size()).isPositive();
        assertThat(r.get(pad(id, "vorm")).json().path("open").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AFSPREKEN", "UITVOEREN"})
    void eenSprongVoorbijVormgevenWordtZonderRedenGeweigerd(String naar) {
        long id = StappenData.nieuweSamenwerking(port);
        Http r = Http.api(port, "regisseur");
        String fase = "/api/v1/samenwerkingen/" + id + "/fase";
        assertThat(r.get("/api/v1/samenwerkingen/" + id).json().path("fase").asString())
                .isEqualTo("VERKENNEN");

        Http.Antwoord geweigerd = StappenData.fase(port, r, id, Map.of("fase", naar));
        assertThat(geweigerd.status()).as(geweigerd.body()).isEqualTo(409);
        assertThat(geweigerd.header("Content-Type")).contains("problem+json");
        // the gate of the form step guards every later phase too
        assertThat(geweigerd
                        .json()
                        .path("ontbreekt")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .anyMatch(o -> o.contains("Wat willen we"))
                .anyMatch(o -> o.contains("Vanzelfdynamiek"));
        assertThat(r.get("/api/v1/samenwerkingen/" + id).json().path("fase").asString())
                .isEqualTo("VERKENNEN");
        assertThat(r.get(fase + "-overgangen").json().size())
                .as("nothing recorded")
                .isZero();
    }

    @Test
    void alsAlleVierStappenInhoudHebbenEnIedereenInstemtGaatDeVormstapOpen() {
        long id = StappenData.nieuweSamenwerking(port);
        StappenData.vulVierStappen(port, id);
        StappenData.bespreek(port, "ambtenaar1", id, "wat", "hoe", "spanningen", "vanzelfdynamiek");
        StappenData.bespreek(port, "ambtenaar2", id, "wat", "hoe", "spanningen");
        Http r = Http.api(port, "regisseur");
        Http.Antwoord nogNiet = StappenData.fase(port, r, id, Map.of("fase", "VORMGEVEN"));
        assertThat(nogNiet.status()).isEqualTo(409);
        assertThat(nogNiet.json().path("ontbreekt").size()).isEqualTo(1);
        assertThat(nogNiet.json().path("ontbreekt").get(0).asString())
                .contains("Vanzelfdynamiek")
                .contains("De Bilt");

        StappenData.bespreek(port, "ambtenaar2", id, "vanzelfdynamiek");
        assertThat(r.get(pad(id, "vorm")).json().path("open").asBoolean()).isTrue();
        Http.Antwoord door = StappenData.fase(port, r, id, Map.of("fase", "VORMGEVEN"));
        assertThat(door.status()).as(door.body()).isEqualTo(200);
        assertThat(door.json().path("override").isBoolean()).as(door.body()).isTrue();
        assertThat(door.json().path("override").asBoolean()).isFalse();
        assertThat(door.json().path("deelsBesproken").isEmpty()).as(door.body()).isTrue();
        assertThat(r.get("/api/v1/samenwerkingen/" + id).json().path("fase").asString())
                .isEqualTo("VORMGEVEN");
        // Read by column index, not by a map key whose case differs per database (a missing key reads as null too).
        List<Optional<String>> deels = jdbc.sql(
                        "SELECT deels_besproken FROM samenwerking_fase_overgang WHERE samenwerking_id = :id")
                .param("id", id)
                .query((rs, i) -> Optional.ofNullable(rs.getString(1)))
                .list();
        assertThat(deels).as("one transition, every step discussed by everyone").containsExactly(Optional.empty());
    }

    @Test
    void metEenRedenGaatDeRegisseurTochDoorEnDatWordtVastgelegdEnGetoond() {
        long id = StappenData.nieuweSamenwerking(port);
        StappenData.vulVierStappen(port, id);
        StappenData.bespreek(port, "ambtenaar1", id, "wat", "hoe");
        StappenData.bespreek(port, "ambtenaar2", id, "wat");

        assertThat(StappenData.fase(port, Http.api(port, "ambtenaar1"), id, Map.of("fase", "VORMGEVEN", "reden", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(StappenData.fase(port, Http.api(port, "raadslid1"), id, Map.of("fase", "VORMGEVEN", "reden", "x"))
                        .status())
                .isEqualTo(403);
        Http r = Http.api(port, "regisseur");
        assertThat(StappenData.fase(port, r, id, Map.of("fase", "VORMGEVEN", "reden", "  "))
                        .status())
                .isEqualTo(400);
        assertThat(StappenData.fase(port, r, id, Map.of("fase", "VORMGEVEN", "reden", "x".repeat(2001)))
                        .status())
                .isEqualTo(400);
        assertThat(StappenData.fase(port, r, id, Map.of("fase", "LATER")).status())
                .isEqualTo(400);
        assertThat(StappenData.fase(port, r, id, Map.of("fase", 3)).status()).isEqualTo(400);

        int auditVoor = audit.voorSamenwerking(id).size();
        Http.Antwoord door = StappenData.fase(
                port, r, id, Map.of("fase", "VORMGEVEN", "reden", "De raad wil voor de zomer een voorstel"));
        assertThat(door.status()).as(door.body()).isEqualTo(200);
        assertThat(door.json().path("override").asBoolean()).isTrue();
        assertThat(door.json()
                        .path("deelsBesproken")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("HOE");
        Map<String, Object> rij = jdbc.sql(
                        "SELECT override, reden, ontbrak, deels_besproken FROM samenwerking_fase_overgang WHERE samenwerking_id = :id")
                .param("id", id)
                .query((rs, i) -> Map.<String, Object>of(
                        "override",
                        rs.getBoolean(1),
                        "reden",
                        rs.getString(2),
                        "ontbrak",
                        rs.getString(3),
                        "deels",
                        rs.getString(4)))
                .single();
        assertThat(rij.get("override")).isEqualTo(true);
        assertThat(rij.get("reden")).isEqualTo("De raad wil voor de zomer een voorstel");
        assertThat((String) rij.get("ontbrak")).contains("Spanningen").contains("De Bilt");
        assertThat(rij.get("deels")).isEqualTo("HOE");
        // One fact, recorded once: the transition row above and exactly one audit entry for it.
        var nieuw =
                audit.voorSamenwerking(id).subList(0, audit.voorSamenwerking(id).size() - auditVoor);
        assertThat(nieuw).singleElement().satisfies(e -> {
            assertThat(e.entiteitType()).isEqualTo("fase_overgang");
            assertThat(e.wijzigingen())
                    .anyMatch(w -> "De raad wil voor de zomer een voorstel".equals(w.na()))
                    .anyMatch(w -> "VORMGEVEN".equals(w.na()));
        });
        String pagina =
                Http.browser(port, "ambtenaar2").get("/samenwerkingen/" + id).body();
        assertThat(pagina)
                .contains("Doorgezet zonder dat aan de voorwaarden was voldaan")
                .contains("De raad wil voor de zomer een voorstel");

        // Going back needs no criteria, and is recorded too.
        StappenData.ok(StappenData.fase(port, r, id, Map.of("fase", "VERKENNEN")));
        assertThat(r.get("/api/v1/samenwerkingen/" + id + "/fase-overgangen")
                        .json()
                        .size())
                .isEqualTo(2);
    }

    @Test
    void deRegisseurOpentDeVormstapVroegMetEenReden() {
        long id = StappenData.nieuweSamenwerking(port);
        String basis = pad(id, "vorm") + "/ontgrendeling";
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(basis, Map.of("reden", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "regisseur").postJson(basis, Map.of()).status())
                .isEqualTo(400);
        Http.Antwoord a = Http.api(port, "regisseur").postJson(basis, Map.of("reden", "Workshop over vormen"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().path("open").asBoolean()).isTrue();
        assertThat(a.json().path("ontgrendeling").path("reden").asString()).isEqualTo("Workshop over vormen");
        assertThat(a.json().path("ontgrendeling").path("ontbrak").size()).isPositive();
        assertThat(audit.voorSamenwerking(id)).anyMatch(e -> e.entiteitType().equals("vorm_ontgrendeling"));
        assertThat(Http.browser(port, "raadslid1")
                        .get("/samenwerkingen/" + id + "/stappen/vorm")
                        .body())
                .contains("Workshop over vormen");
    }

    /** A client that reads a step and sends it back unchanged keeps what is there (read-only fields are ignored). */
    @Test
    void eenStapGaatTerugZoalsGetHemGeeft() {
        long id = StappenData.nieuweSamenwerking(port);
        Http r = Http.api(port, "regisseur");
        StappenData.ok(r.putJson(
                pad(id, "hoe"),
                Map.of("wieDoetWat", "Zeist taxeert", "levering", "Digitaal"),
                StappenData.etag(r, pad(id, "hoe"))));
        Http.Antwoord hoe = r.get(pad(id, "hoe"));
        StappenData.ok(
                r.send("PUT", pad(id, "hoe"), "application/json", hoe.body(), Map.of("If-Match", hoe.header("ETag"))));
        JsonNode w = r.get(pad(id, "hoe")).json().path("werkwijze");
        assertThat(w.path("wieDoetWat").asString()).isEqualTo("Zeist taxeert");
        assertThat(w.path("levering").asString()).isEqualTo("Digitaal");

        StappenData.ok(r.putJson(
                pad(id, "wat"),
                Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "Samen taxeren"))),
                StappenData.etag(r, pad(id, "wat"))));
        Http.Antwoord wat = r.get(pad(id, "wat"));
        StappenData.ok(
                r.send("PUT", pad(id, "wat"), "application/json", wat.body(), Map.of("If-Match", wat.header("ETag"))));
        assertThat(r.get(pad(id, "wat"))
                        .json()
                        .path("doelen")
                        .valueStream()
                        .map(d -> d.path("tekst").asString())
                        .toList())
                .containsExactly("Samen taxeren");

        String spanningen = "/api/v1/samenwerkingen/" + id + "/spanningen";
        Http.Antwoord nieuw =
                r.postJson(spanningen, Map.of("omschrijving", "Wie betaalt", "soort", "KOSTEN_VERDELING"));
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        String spanning = spanningen + "/" + nieuw.json().path("id").asLong();
        Http.Antwoord gelezen = r.get(spanning);
        StappenData.ok(r.send(
                "PUT", spanning, "application/json", gelezen.body(), Map.of("If-Match", gelezen.header("ETag"))));
        assertThat(r.get(spanning).json().path("omschrijving").asString()).isEqualTo("Wie betaalt");
    }

    /** A wrong value deep in a list is named by its path, so a client knows which item to fix; nothing is stored. */
    @Test
    void eenFoutInEenLijstNoemtHetPadVanHetVeld() {
        long id = StappenData.nieuweSamenwerking(port);
        Http r = Http.api(port, "regisseur");
        String etag = StappenData.etag(r, pad(id, "wat"));
        Map<String, String> doel = Map.of("soort", "DOEL", "tekst", "Goed");
        Http.Antwoord a = r.putJson(
                pad(id, "wat"), Map.of("doelen", List.of(doel, doel, Map.of("soort", "DOEL", "tekst", 5))), etag);
        assertThat(velden(a))
                .containsExactly(Map.entry("doelen[2].tekst", "Dit veld moet tekst zijn (een JSON-string)."));

        a = r.putJson(
                pad(id, "vanzelfdynamiek"),
                Map.of("items", List.of("RUIMTE_HOUDEN")),
                StappenData.etag(r, pad(id, "vanzelfdynamiek")));
        assertThat(velden(a)).containsOnlyKeys("items[0]");

        a = r.putJson(pad(id, "wat"), Map.of("doelen", "DOEL"), etag);
        assertThat(velden(a)).containsExactly(Map.entry("doelen", "Dit veld moet een lijst zijn (een JSON-array)."));

        a = r.putJson(pad(id, "wat"), Map.of(), etag);
        assertThat(velden(a)).containsExactly(Map.entry("doelen", "Vul dit veld in."));

        a = r.send("PUT", pad(id, "wat"), "application/json", "{\"doelen\": [", Map.of("If-Match", etag));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("title").asString()).isEqualTo("Onleesbaar verzoek");
        assertThat(r.get(pad(id, "wat")).json().path("doelen").size())
                .as("nothing stored")
                .isZero();
    }

    private static Map<String, String> velden(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        Map<String, String> velden = new java.util.LinkedHashMap<>();
        a.json()
                .path("invalidParams")
                .forEach(p ->
                        velden.put(p.path("name").asString(), p.path("reason").asString()));
        return velden;
    }
}
