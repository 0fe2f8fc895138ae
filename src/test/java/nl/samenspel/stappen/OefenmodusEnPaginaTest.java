package nl.samenspel.stappen;

import static nl.samenspel.stappen.StappenData.DE_BILT;
import static nl.samenspel.stappen.StappenData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SamenspelTest
class OefenmodusEnPaginaTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Test
    void eenOefensamenwerkingIsEenKopieVanDeOefencasusBuitenDeEchteLijstEnInEenKeerWeg() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord nieuw = r.postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        assertThat(nieuw.header("Location")).isEqualTo("/api/v1/samenwerkingen/" + id);
        JsonNode s = r.get("/api/v1/samenwerkingen/" + id).json();
        // Issue 10: the copy says it is practice once, not "Oefening: Oefencasus: ...".
        assertThat(s.path("titel").asString()).startsWith("Oefening: ").doesNotContainIgnoringCase("oefencasus");
        assertThat(s.path("oefencasus").asBoolean()).isTrue();
        assertThat(s.path("gemeenten").size()).isEqualTo(3);
        // The practice case's step content came along (the fixture gives it goals and two tensions).
        assertThat(r.get("/api/v1/samenwerkingen/" + id + "/stappen/wat")
                        .json()
                        .path("doelen")
                        .size())
                .isPositive();
        assertThat(r.get("/api/v1/samenwerkingen/" + id + "/spanningen")
                        .json()
                        .path("totaal")
                        .asInt())
                .isEqualTo(2);

        assertThat(r.get("/api/v1/samenwerkingen?paginaGrootte=100")
                        .json()
                        .path("samenwerkingen")
                        .valueStream()
                        .map(n -> n.path("id").asLong()))
                .doesNotContain(id);
        assertThat(r.get("/api/v1/samenwerkingen?oefen=true&paginaGrootte=100")
                        .json()
                        .path("samenwerkingen")
                        .valueStream()
                        .map(n -> n.path("id").asLong()))
                .contains(id);
        Http browser = Http.browser(port, "regisseur");
        assertThat(browser.get("/samenwerkingen").body()).doesNotContain("/samenwerkingen/" + id + "\"");
        assertThat(browser.get("/samenwerkingen/oefenen").body()).contains("/samenwerkingen/" + id + "\"");

        assertThat(Http.api(port, "ambtenaar1")
                        .delete("/api/v1/oefensamenwerkingen/" + id, "\"0\"")
                        .status())
                .isEqualTo(403);
        assertThat(r.delete("/api/v1/oefensamenwerkingen/" + id, null).status()).isEqualTo(428);
        assertThat(r.delete("/api/v1/oefensamenwerkingen/" + id, "\"7\"").status())
                .isEqualTo(412);
        assertThat(r.delete("/api/v1/oefensamenwerkingen/" + id, "\"0\"").status())
                .isEqualTo(204);
        assertThat(r.get("/api/v1/samenwerkingen/" + id).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM doel WHERE samenwerking_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(audit.voorSamenwerking(id))
                .anyMatch(e -> e.actie() == nl.samenspel.audit.Actie.VERWIJDERD
                        && e.entiteitType().equals("samenwerking"));
    }

    @Test
    void eenEchteSamenwerkingKanNietAlsOefeningWordenVerwijderd() {
        long id = StappenData.nieuweSamenwerking(port);
        Http.Antwoord a = Http.api(port, "regisseur").delete("/api/v1/oefensamenwerkingen/" + id, "\"0\"");
        assertThat(a.status()).isEqualTo(409);
        assertThat(Http.api(port, "regisseur")
                        .get("/api/v1/samenwerkingen/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson("/api/v1/oefensamenwerkingen", Map.of())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void deOefenknopMaaktEenOefeningEnDeVerwijderknopHaaltHemWeg() {
        Http browser = Http.browser(port, "regisseur");
        browser.get("/samenwerkingen/oefenen");
        Http.Antwoord start = browser.formulier("/samenwerkingen/oefenen", Map.of());
        assertThat(start.status()).isEqualTo(302);
        String locatie = start.header("Location");
        var m = java.util.regex.Pattern.compile("/samenwerkingen/(\\d+)/stappen")
                .matcher(locatie);
        assertThat(m.find()).as(locatie).isTrue();
        long id = Long.parseLong(m.group(1));
        String pagina = browser.get("/samenwerkingen/" + id).body();
        assertThat(pagina).contains("samenspel-oefen").contains("Oefensamenwerking verwijderen");
        Http.Antwoord weg = browser.formulier("/samenwerkingen/" + id + "/oefening-verwijderen", Map.of("versie", "0"));
        assertThat(weg.status()).isEqualTo(302);
        assertThat(weg.header("Location")).contains("/samenwerkingen/oefenen");
        assertThat(browser.get("/samenwerkingen/" + id).status()).isEqualTo(404);
    }

    @Test
    void opDePaginasVultEenAmbtenaarDeStappenInEnMarkeertZeBesproken() {
        long id = StappenData.nieuweSamenwerking(port);
        Http zeist = Http.browser(port, "ambtenaar1");
        String basis = "/samenwerkingen/" + id + "/stappen";
        assertThat(zeist.get(basis).body())
                .contains("Wat willen we")
                .contains("Nog leeg")
                .contains("Dicht");

        zeist.get(basis + "/wat");
        Http.Antwoord leeg = zeist.formulier(basis + "/wat/doelen", Map.of("soort", "DOEL", "tekst", ""));
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.body()).contains("utrecht-form-field-error-message");
        Http.Antwoord onbekend =
                zeist.formulier(basis + "/wat/doelen", Map.of("soort", "DOEL", "tekst", "t", "bronGemeente", "GM9999"));
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.body()).contains("GM9999");
        assertThat(zeist.formulier(
                                basis + "/wat/doelen",
                                Map.of("soort", "DOEL", "tekst", "Samen <b>sterk</b>", "bronGemeente", ZEIST))
                        .status())
                .isEqualTo(302);
        String wat = zeist.get(basis + "/wat").body();
        assertThat(wat).contains("Samen &lt;b&gt;sterk&lt;/b&gt;").contains("uit de positie van Zeist");
        assertThat(zeist.formulier(basis + "/wat/besproken", Map.of()).status()).isEqualTo(302);
        assertThat(zeist.get(basis + "/wat").body())
                .contains("ambtenaar1")
                .contains("nog niet (opnieuw) ambtelijk besproken door De Bilt");

        zeist.get(basis + "/hoe");
        assertThat(zeist.formulier(basis + "/hoe", Map.of("versie", "0", "levering", "Via een portaal"))
                        .status())
                .isEqualTo(302);
        Http.Antwoord oud = zeist.formulier(basis + "/hoe", Map.of("versie", "0", "levering", "Mijn versie"));
        assertThat(oud.status()).isEqualTo(409);
        assertThat(oud.body()).contains("Mijn versie");

        zeist.get(basis + "/spanningen/nieuw");
        Http.Antwoord sp = zeist.formulier(
                basis + "/spanningen/nieuw",
                "omschrijving=Wie betaalt de conversie?",
                "soort=KOSTEN_VERDELING",
                "partijen=" + ZEIST,
                "partijen=" + DE_BILT,
                "status=OPEN");
        assertThat(sp.status()).as(sp.body()).isEqualTo(302);
        assertThat(zeist.get(basis + "/spanningen").body())
                .contains("Wie betaalt de conversie?")
                .contains("Kosten en hun verdeling");
        assertThat(zeist.formulier(basis + "/spanningen/besproken", Map.of()).status())
                .isEqualTo(302);

        zeist.get(basis + "/vanzelfdynamiek");
        assertThat(zeist.formulier(
                                basis + "/vanzelfdynamiek/items",
                                Map.of("gedrag", "STILLE_BUFFER", "botsing", "b", "omgang", "o"))
                        .status())
                .isEqualTo(302);
        assertThat(zeist.get(basis + "/vanzelfdynamiek").body()).contains("Stille buffer");

        Http raadslid = Http.browser(port, "raadslid1");
        raadslid.get(basis + "/wat");
        assertThat(raadslid.formulier(basis + "/wat/doelen", Map.of("soort", "DOEL", "tekst", "x"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void deRegisseurZietOpDeSamenwerkingspaginaWatErOntbreektEnKanMetRedenDoorzetten() {
        long id = StappenData.nieuweSamenwerking(port);
        Http r = Http.browser(port, "regisseur");
        String pagina = r.get("/samenwerkingen/" + id).body();
        assertThat(pagina).contains("Fase wijzigen").contains("Onderhandelen");
        assertThat(r.formulier(
                                "/samenwerkingen/" + id + "/fase",
                                Map.of("fase", "ONDERHANDELEN", "versie", StappenData.versie(port, id)))
                        .status())
                .isEqualTo(302);
        String nu = r.get("/samenwerkingen/" + id).body();
        assertThat(nu)
                .contains("Voor de fase \u201eVormgeven\u201d ontbreekt nog")
                .contains("er staat nog niets in");
        Http.Antwoord geweigerd = r.formulier(
                "/samenwerkingen/" + id + "/fase", Map.of("fase", "VORMGEVEN", "versie", StappenData.versie(port, id)));
        assertThat(geweigerd.status()).isEqualTo(409);
        assertThat(geweigerd.body()).contains("De fase is niet gewijzigd");
        assertThat(r.formulier(
                                "/samenwerkingen/" + id + "/fase",
                                Map.of(
                                        "fase",
                                        "VORMGEVEN",
                                        "reden",
                                        "Oefenen met vormen",
                                        "versie",
                                        StappenData.versie(port, id)))
                        .status())
                .isEqualTo(302);
        assertThat(r.get("/samenwerkingen/" + id).body())
                .contains("Doorgezet zonder dat aan de voorwaarden was voldaan")
                .contains("Oefenen met vormen");
        assertThat(Http.browser(port, "ambtenaar1").get("/samenwerkingen/" + id).body())
                .doesNotContain("name=\"reden\"");
    }
}
