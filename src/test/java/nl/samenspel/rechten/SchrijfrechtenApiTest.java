package nl.samenspel.rechten;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The write matrix of docs/adr/0011-schrijfrechten.md over the real API: role x own/other municipality x action.
 * Every row starts from a fresh samenwerking of Zeist, De Bilt and Bunnik in which Zeist's alderman added a task
 * and Zeist's civil servant added a goal; "own" users are of Zeist, "other" users of De Bilt.
 * A refused write changes nothing.
 */
@SamenspelTest
class SchrijfrechtenApiTest {

    static final String ZEIST = "GM0355";
    static final String DE_BILT = "GM0310";
    static final String BUNNIK = "GM0312";
    private static final AtomicInteger TELLER = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    record Opzet(long id, long taak, long doel) {
        String pad() {
            return "/api/v1/samenwerkingen/" + id;
        }
    }

    Opzet opzet() {
        Http regisseur = Http.api(port, "regisseur");
        Http.Antwoord s = regisseur.postJson(
                "/api/v1/samenwerkingen",
                Map.of(
                        "titel",
                        "Rechten " + TELLER.incrementAndGet() + "-" + System.nanoTime() % 100_000,
                        "omschrijving",
                        "Samen",
                        "gemeenten",
                        List.of(ZEIST, DE_BILT, BUNNIK)));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        long id = s.json().path("id").asLong();
        String pad = "/api/v1/samenwerkingen/" + id;
        Http.Antwoord taak =
                Http.api(port, "bestuurder1").postJson(pad + "/taken", Map.of("naam", "Belastingen heffen"));
        assertThat(taak.status()).as(taak.body()).isEqualTo(201);
        Http zeist = Http.api(port, "ambtenaar1");
        Http.Antwoord wat = zeist.putJson(
                pad + "/stappen/wat",
                Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "Minder kwetsbaar"))),
                zeist.get(pad + "/stappen/wat").header("ETag"));
        assertThat(wat.status()).as(wat.body()).isEqualTo(200);
        long doel = jdbc.sql("SELECT id FROM doel WHERE samenwerking_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        Http.Antwoord spanning = regisseur.postJson(
                pad + "/spanningen", Map.of("omschrijving", "Wie gaat voor?", "soort", "PRIORITERING_KLANTEN"));
        assertThat(spanning.status()).as(spanning.body()).isEqualTo(201);
        return new Opzet(id, taak.json().path("id").asLong(), doel);
    }

    private long aantal(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    /** What the table's actions do, as {@code gebruiker}; returns the HTTP status. */
    int doe(String actie, String gebruiker, Opzet o) {
        Http h = Http.api(port, gebruiker);
        String pad = o.pad();
        return switch (actie) {
            case "taak-toevoegen" ->
                h.postJson(pad + "/taken", Map.of("naam", "Nieuwe taak")).status();
            case "taak-zeist-wijzigen" ->
                h.putJson(pad + "/taken/" + o.taak(), Map.of("naam", "Anders"), "\"0\"")
                        .status();
            case "taak-zeist-verwijderen" ->
                h.delete(pad + "/taken/" + o.taak(), "\"0\"").status();
            case "beantwoorde-taak-zeist-verwijderen" -> {
                Http.Antwoord p = Http.api(port, "ambtenaar2")
                        .putJson(
                                pad + "/posities/" + DE_BILT,
                                Map.of(
                                        "watWillenWij",
                                        "Gedeeld",
                                        "gedeeld",
                                        true,
                                        "behoeften",
                                        List.of(Map.of("taak", o.taak(), "naar", ZEIST, "sterkte", "STERK"))),
                                null);
                assertThat(p.status()).as(p.body()).isEqualTo(201);
                yield h.delete(pad + "/taken/" + o.taak(), "\"0\"").status();
            }
            case "concept-beantwoorde-taak-zeist-verwijderen" -> {
                // An answer in De Bilt's unshared draft must not change Zeist's rights: that would tell Zeist the
                // draft exists (issue 8, ADR 0007).
                Http.Antwoord p = Http.api(port, "ambtenaar2")
                        .putJson(
                                pad + "/posities/" + DE_BILT,
                                Map.of(
                                        "watWillenWij",
                                        "Concept",
                                        "behoeften",
                                        List.of(Map.of("taak", o.taak(), "naar", ZEIST, "sterkte", "STERK"))),
                                null);
                assertThat(p.status()).as(p.body()).isEqualTo(201);
                yield h.delete(pad + "/taken/" + o.taak(), "\"0\"").status();
            }
            case "positie-zeist-schrijven" ->
                h.putJson(pad + "/posities/" + ZEIST, Map.of("watWillenWij", "Wij willen", "gedeeld", true), null)
                        .status();
            case "positie-zeist-namens-schrijven" ->
                h.putJson(
                                pad + "/posities/" + ZEIST,
                                Map.of("watWillenWij", "Wij willen", "gedeeld", true, "namens", true),
                                null)
                        .status();
            case "doel-toevoegen" ->
                h.putJson(
                                pad + "/stappen/wat",
                                Map.of(
                                        "doelen",
                                        List.of(
                                                Map.of("soort", "DOEL", "tekst", "Minder kwetsbaar"),
                                                Map.of("soort", "DOEL", "tekst", "Erbij"))),
                                etag(pad + "/stappen/wat"))
                        .status();
            case "doel-zeist-verwijderen" ->
                h.putJson(pad + "/stappen/wat", Map.of("doelen", List.of()), etag(pad + "/stappen/wat"))
                        .status();
            case "hoe-wijzigen" ->
                h.putJson(pad + "/stappen/hoe", Map.of("wieDoetWat", "Zeist"), "\"0\"")
                        .status();
            case "spanning-verwijderen" -> {
                long sp = jdbc.sql("SELECT id FROM spanning WHERE samenwerking_id = ?")
                        .param(o.id())
                        .query(Long.class)
                        .single();
                yield h.delete(pad + "/spanningen/" + sp, "\"0\"").status();
            }
            case "wat-besproken" ->
                h.postJson(pad + "/stappen/wat/besproken", Map.of()).status();
            case "fase-wijzigen" ->
                h.postJson(pad + "/fase", Map.of("fase", "ONDERHANDELEN", "reden", "Bewust door"), etag(pad))
                        .status();
            case "samenwerking-wijzigen" ->
                h.putJson(
                                pad,
                                Map.of(
                                        "titel",
                                        "Nieuwe titel",
                                        "omschrijving",
                                        "Samen",
                                        "gemeenten",
                                        List.of(ZEIST, DE_BILT, BUNNIK)),
                                etag(pad))
                        .status();
            case "archiveren" ->
                h.putJson(
                                pad,
                                Map.of(
                                        "titel",
                                        Http.api(port, "regisseur")
                                                .get(pad)
                                                .json()
                                                .path("titel")
                                                .asString(),
                                        "omschrijving",
                                        "Samen",
                                        "gemeenten",
                                        List.of(ZEIST, DE_BILT, BUNNIK),
                                        "gearchiveerd",
                                        true),
                                etag(pad))
                        .status();
            default -> throw new IllegalArgumentException(actie);
        };
    }

    private String etag(String pad) {
        return Http.api(port, "regisseur").get(pad).header("ETag");
    }

    // Columns: action | regisseur | beheerder | uitvoerder | civil servant of Zeist (own) | alderman of Zeist (own)
    // | council member of Zeist | civil servant of De Bilt (other). Expected HTTP status; 404 where the user may not
    // even know the thing exists (another municipality's unshared position, a samenwerking the user cannot see).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            taak-toevoegen                     | 201 | 403 | 403 | 201 | 201 | 403 | 201
            taak-zeist-wijzigen                | 200 | 403 | 403 | 200 | 200 | 403 | 403
            taak-zeist-verwijderen             | 204 | 403 | 403 | 204 | 204 | 403 | 403
            beantwoorde-taak-zeist-verwijderen | 204 | 403 | 403 | 403 | 403 | 403 | 403
            concept-beantwoorde-taak-zeist-verwijderen | 204 | 403 | 403 | 204 | 204 | 403 | 403
            positie-zeist-schrijven            | 400 | 403 | 403 | 201 | 201 | 403 | 404
            positie-zeist-namens-schrijven     | 201 | 403 | 403 | 403 | 403 | 403 | 403
            doel-toevoegen                     | 200 | 403 | 403 | 200 | 200 | 403 | 200
            doel-zeist-verwijderen             | 200 | 403 | 403 | 200 | 200 | 403 | 403
            hoe-wijzigen                       | 200 | 403 | 403 | 200 | 200 | 403 | 200
            spanning-verwijderen               | 204 | 403 | 403 | 403 | 403 | 403 | 403
            wat-besproken                      | 403 | 403 | 403 | 200 | 200 | 403 | 200
            fase-wijzigen                      | 200 | 403 | 403 | 403 | 403 | 403 | 403
            samenwerking-wijzigen              | 200 | 403 | 403 | 403 | 403 | 403 | 403
            archiveren                         | 200 | 403 | 403 | 403 | 403 | 403 | 403
            """)
    void waarheidstabel(
            String actie,
            int regisseur,
            int beheerder,
            int uitvoerder,
            int ambtenaarEigen,
            int bestuurderEigen,
            int raadslidEigen,
            int ambtenaarAnder) {
        String[] wie = {"regisseur", "beheerder", "uitvoerder", "ambtenaar1", "bestuurder1", "raadslid1", "ambtenaar2"};
        int[] verwacht = {
            regisseur, beheerder, uitvoerder, ambtenaarEigen, bestuurderEigen, raadslidEigen, ambtenaarAnder
        };
        for (int i = 0; i < wie.length; i++) {
            Opzet o = opzet();
            String voor = stand(o.id());
            int status = doe(actie, wie[i], o);
            assertThat(status).as(actie + " door " + wie[i]).isEqualTo(verwacht[i]);
            if (status >= 400 && !actie.contains("beantwoorde")) {
                assertThat(stand(o.id()))
                        .as("geweigerd, dus niets veranderd: " + actie + " door " + wie[i])
                        .isEqualTo(voor);
            }
        }
    }

    /** Everything a write in the table could touch, as one comparable string. */
    private String stand(long id) {
        return jdbc.sql(
                                "SELECT titel || '/' || fase || '/' || gearchiveerd || '/' || versie FROM samenwerking WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single()
                + " taken="
                + jdbc.sql("SELECT naam || ':' || versie FROM taak WHERE samenwerking_id = ? ORDER BY id")
                        .param(id)
                        .query(String.class)
                        .list()
                + " doelen="
                + jdbc.sql("SELECT tekst FROM doel WHERE samenwerking_id = ? ORDER BY id")
                        .param(id)
                        .query(String.class)
                        .list()
                + " posities=" + aantal("SELECT COUNT(*) FROM positie WHERE samenwerking_id = ?", id)
                + " spanningen=" + aantal("SELECT COUNT(*) FROM spanning WHERE samenwerking_id = ?", id)
                + " besproken=" + aantal("SELECT COUNT(*) FROM stap_besproken WHERE samenwerking_id = ?", id)
                + " hoe=" + aantal("SELECT COUNT(*) FROM werkwijze WHERE samenwerking_id = ?", id);
    }
}
