package nl.samenspel.rechten;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An archived samenwerking is read-only in every module (samenwerking, verkenning, stappen, toets): every write
 * is a 409 problem+json with a Dutch message and changes nothing, on the page it leads back with a clear message;
 * only its regisseur taking it out of the archive is accepted.
 */
@SamenspelTest
class GearchiveerdTest {

    static final String ZEIST = "GM0355";
    static final String DE_BILT = "GM0310";
    private static final AtomicInteger TELLER = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    record Opzet(long id, long taak, String titel) {
        String pad() {
            return "/api/v1/samenwerkingen/" + id;
        }
    }

    /** A samenwerking with a task, a goal, Zeist's position and a tension; then archived by its regisseur. */
    Opzet gearchiveerd() {
        Http regisseur = Http.api(port, "regisseur");
        String titel = "Archief " + TELLER.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        Http.Antwoord s = regisseur.postJson(
                "/api/v1/samenwerkingen",
                Map.of("titel", titel, "omschrijving", "Samen", "gemeenten", List.of(ZEIST, DE_BILT)));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        long id = s.json().path("id").asLong();
        String pad = "/api/v1/samenwerkingen/" + id;
        Http.Antwoord taak = Http.api(port, "ambtenaar1").postJson(pad + "/taken", Map.of("naam", "WOZ"));
        assertThat(taak.status()).as(taak.body()).isEqualTo(201);
        assertThat(regisseur
                        .putJson(
                                pad + "/stappen/wat",
                                Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "Samen"))),
                                regisseur.get(pad + "/stappen/wat").header("ETag"))
                        .status())
                .isEqualTo(200);
        assertThat(Http.api(port, "ambtenaar1")
                        .putJson(pad + "/posities/" + ZEIST, Map.of("watWillenWij", "Iets"), null)
                        .status())
                .isEqualTo(201);
        assertThat(regisseur
                        .postJson(pad + "/spanningen", Map.of("omschrijving", "Wie eerst?", "soort", "ANDERS"))
                        .status())
                .isEqualTo(201);
        Http.Antwoord archief = regisseur.putJson(
                pad,
                Map.of(
                        "titel",
                        titel,
                        "omschrijving",
                        "Samen",
                        "gemeenten",
                        List.of(ZEIST, DE_BILT),
                        "gearchiveerd",
                        true),
                regisseur.get(pad).header("ETag"));
        assertThat(archief.status()).as(archief.body()).isEqualTo(200);
        return new Opzet(id, taak.json().path("id").asLong(), titel);
    }

    private String stand(long id) {
        Function<String, List<String>> lijst =
                sql -> jdbc.sql(sql).param(id).query(String.class).list();
        return lijst.apply("SELECT titel || fase || gearchiveerd || versie FROM samenwerking WHERE id = ?")
                + "" + lijst.apply("SELECT naam || versie FROM taak WHERE samenwerking_id = ? ORDER BY id")
                + lijst.apply("SELECT tekst || versie FROM doel WHERE samenwerking_id = ? ORDER BY id")
                + lijst.apply(
                        "SELECT COALESCE(wat_willen_wij, '') || versie || gedeeld FROM positie WHERE samenwerking_id = ?")
                + lijst.apply("SELECT omschrijving || versie FROM spanning WHERE samenwerking_id = ? ORDER BY id")
                + lijst.apply("SELECT stap || gemeente_code FROM stap_besproken WHERE samenwerking_id = ?")
                + lijst.apply("SELECT COALESCE(wie_doet_wat, '') FROM werkwijze WHERE samenwerking_id = ?")
                + lijst.apply("SELECT onderwerp FROM besluit_uitstel WHERE samenwerking_id = ?")
                + lijst.apply("SELECT reden FROM vorm_ontgrendeling WHERE samenwerking_id = ?")
                + lijst.apply("SELECT controle FROM bevinding WHERE samenwerking_id = ? AND status = 'ERKEND'");
    }

    Http.Antwoord schrijf(String actie, Opzet o) {
        String pad = o.pad();
        Http regisseur = Http.api(port, "regisseur");
        Http zeist = Http.api(port, "ambtenaar1");
        return switch (actie) {
            case "taak-toevoegen" -> zeist.postJson(pad + "/taken", Map.of("naam", "Nog een"));
            case "taak-wijzigen" -> regisseur.putJson(pad + "/taken/" + o.taak(), Map.of("naam", "Anders"), "\"0\"");
            case "taak-verwijderen" -> zeist.delete(pad + "/taken/" + o.taak(), "\"0\"");
            case "positie-wijzigen" ->
                zeist.putJson(pad + "/posities/" + ZEIST, Map.of("watWillenWij", "Anders"), "\"0\"");
            case "positie-delen" ->
                zeist.putJson(pad + "/posities/" + ZEIST, Map.of("watWillenWij", "Iets", "gedeeld", true), "\"0\"");
            case "doelen-vervangen" ->
                regisseur.putJson(
                        pad + "/stappen/wat",
                        Map.of("doelen", List.of()),
                        regisseur.get(pad + "/stappen/wat").header("ETag"));
            case "hoe-wijzigen" -> zeist.putJson(pad + "/stappen/hoe", Map.of("wieDoetWat", "Zeist"), "\"0\"");
            case "spanning-toevoegen" ->
                Http.api(port, "ambtenaar2")
                        .postJson(pad + "/spanningen", Map.of("omschrijving", "Nieuw", "soort", "ANDERS"));
            case "besproken-markeren" -> zeist.postJson(pad + "/stappen/wat/besproken", Map.of());
            case "uitstellen" ->
                regisseur.postJson(pad + "/stappen/uitstel", Map.of("onderwerp", "STAP:HOE", "reden", "Later"));
            case "vorm-ontgrendelen" ->
                regisseur.postJson(pad + "/stappen/vorm/ontgrendeling", Map.of("reden", "Toch"));
            case "fase-wijzigen" ->
                regisseur.postJson(pad + "/fase", Map.of("fase", "ONDERHANDELEN", "reden", "Toch"), "\"0\"");
            case "toets-erkennen" -> regisseur.postJson(pad + "/toets/R1.2/erkenning", Map.of("reden", "Bewust"));
            case "titel-wijzigen" ->
                regisseur.putJson(
                        pad,
                        Map.of("titel", "Nieuw", "omschrijving", "Samen", "gemeenten", List.of(ZEIST, DE_BILT)),
                        regisseur.get(pad).header("ETag"));
            case "dearchiveren-met-wijziging" ->
                regisseur.putJson(
                        pad,
                        Map.of(
                                "titel",
                                "Nieuw",
                                "omschrijving",
                                "Samen",
                                "gemeenten",
                                List.of(ZEIST, DE_BILT),
                                "gearchiveerd",
                                false),
                        regisseur.get(pad).header("ETag"));
            default -> throw new IllegalArgumentException(actie);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "taak-toevoegen",
                "taak-wijzigen",
                "taak-verwijderen",
                "positie-wijzigen",
                "positie-delen",
                "doelen-vervangen",
                "hoe-wijzigen",
                "spanning-toevoegen",
                "besproken-markeren",
                "uitstellen",
                "vorm-ontgrendelen",
                "fase-wijzigen",
                "toets-erkennen",
                "titel-wijzigen",
                "dearchiveren-met-wijziging"
            })
    void elkeWijzigingWordtGeweigerdMet409(String actie) {
        Opzet o = gearchiveerd();
        String voor = stand(o.id());
        Http.Antwoord a = schrijf(actie, o);
        assertThat(a.status()).as(a.body()).isEqualTo(409);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.json().path("detail").asString()).contains("gearchiveerd").contains("uit het archief");
        assertThat(stand(o.id())).isEqualTo(voor);
    }

    @Test
    void wieNooitMochtKrijgtNog403EnNiet409() {
        Opzet o = gearchiveerd();
        assertThat(Http.api(port, "raadslid1")
                        .postJson(o.pad() + "/taken", Map.of("naam", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar2")
                        .delete(o.pad() + "/taken/" + o.taak(), "\"0\"")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void deRegisseurHaaltHemUitHetArchiefEnDanKanHetWeer() {
        Opzet o = gearchiveerd();
        Http regisseur = Http.api(port, "regisseur");
        String pad = o.pad();
        Map<String, Object> terug = Map.of(
                "titel",
                o.titel(),
                "omschrijving",
                "Samen",
                "gemeenten",
                List.of(ZEIST, DE_BILT),
                "gearchiveerd",
                false);
        assertThat(Http.api(port, "ambtenaar1")
                        .putJson(pad, terug, regisseur.get(pad).header("ETag"))
                        .status())
                .isEqualTo(403);
        Http.Antwoord a = regisseur.putJson(pad, terug, regisseur.get(pad).header("ETag"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("gearchiveerd").asBoolean()).isFalse();
        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(pad + "/taken", Map.of("naam", "Weer open"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void opDePaginaLeidtEenWijzigingTerugMetEenDuidelijkeMelding() {
        Opzet o = gearchiveerd();
        String basis = "/samenwerkingen/" + o.id();
        Http zeist = Http.browser(port, "ambtenaar1");
        String taken = zeist.get(basis + "/taken").body();
        assertThat(taken)
                .contains("is gearchiveerd")
                .doesNotContain("action=\"" + basis + "/taken\"")
                .doesNotContain("/verwijderen");
        assertThat(zeist.get(basis + "/posities/" + ZEIST).body()).doesNotContain("name=\"actie\"");
        assertThat(zeist.get(basis + "/stappen/wat").body())
                .contains("is gearchiveerd")
                .doesNotContain("action=\"" + basis + "/stappen/wat/doelen\"")
                .doesNotContain("/besproken\"");
        String voor = stand(o.id());

        // A form that was still open in another tab:
        Http.Antwoord post = zeist.formulier(basis + "/taken", Map.of("naam", "Toch nog"));
        assertThat(post.status()).isEqualTo(302);
        assertThat(post.header("Location")).endsWith(basis + "?alleen-lezen");
        assertThat(zeist.get(basis + "?alleen-lezen").body())
                .contains("Uw wijziging is niet opgeslagen")
                .contains("gearchiveerd");
        assertThat(stand(o.id())).isEqualTo(voor);

        Http regisseur = Http.browser(port, "regisseur");
        String pagina = regisseur.get(basis).body();
        assertThat(pagina)
                .contains("Uit het archief halen")
                .doesNotContain("/bewerken\"")
                .doesNotContain("/archiveren\"");
        long versie = jdbc.sql("SELECT versie FROM samenwerking WHERE id = ?")
                .param(o.id())
                .query(Long.class)
                .single();
        Http.Antwoord terug = regisseur.formulier(basis + "/dearchiveren", Map.of("versie", String.valueOf(versie)));
        assertThat(terug.status()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT gearchiveerd FROM samenwerking WHERE id = ?")
                        .param(o.id())
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(regisseur.get(basis).body()).contains("/archiveren\"").doesNotContain("Uit het archief halen");
    }
}
