package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deleting a practice samenwerking removes what every module kept of it, although no foreign key cascades across
 * modules any more: each owner deletes its own rows on {@code SamenwerkingVerwijderd} (ADR 0012). Only the audit
 * trail keeps its history.
 */
@SamenspelTest
class SamenwerkingVerwijderenTest {

    private static final String ZEIST = "GM0355";
    private static final String DE_BILT = "GM0310";

    /** Tables that keep history of a samenwerking on purpose. */
    private static final List<String> BLIJVEN = List.of("audit_event");

    /** Only samenwerking's own tables may point at samenwerking with a key. */
    private static final List<String> EIGEN_TABELLEN = List.of(
            "samenwerking_gemeente",
            "samenwerking_fase_overgang",
            "samenwerking_uitvoerder",
            // Issue 13: the parties that left, and the successor link of samenwerking itself.
            "samenwerking_vertrokken",
            "samenwerking");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Test
    void eenVerwijderdeOefensamenwerkingLaatInGeenEnkeleModuleRijenAchter() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord nieuw = r.postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        // Data of every module: tasks, a position with a need (verkenning), a discussed step (stappen; goals and
        // tensions came with the copy), findings of the check (toets).
        Http.Antwoord taak = r.postJson(
                "/api/v1/samenwerkingen/" + id + "/taken",
                Map.of("naam", "Belastingen", "omschrijving", "Heffen en innen"));
        assertThat(taak.status()).as(taak.body()).isEqualTo(201);
        Http.Antwoord positie = Http.api(port, "ambtenaar1")
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST,
                        Map.of(
                                "watWillenWij",
                                "Minder kwetsbaar",
                                "watWillenWijNiet",
                                "Geen nieuwe bestuurslaag",
                                "behoeften",
                                List.of(Map.of(
                                        "taak",
                                        taak.json().path("id").asLong(),
                                        "naar",
                                        DE_BILT,
                                        "sterkte",
                                        "STERK",
                                        "toelichting",
                                        "Kennis")),
                                "kosten",
                                Map.of("maximumPerJaar", 1000, "eigenRuimte", "Beperkt"),
                                "gedeeld",
                                true),
                        null);
        assertThat(positie.status()).as(positie.body()).isIn(200, 201);
        Http.Antwoord besproken = Http.api(port, "ambtenaar1")
                .postJson("/api/v1/samenwerkingen/" + id + "/stappen/wat/besproken", Map.of());
        assertThat(besproken.status()).as(besproken.body()).isEqualTo(200);

        Http.Antwoord route = r.putJson(
                "/api/v1/samenwerkingen/" + id + "/taken/"
                        + taak.json().path("id").asLong() + "/route",
                Map.of("route", "SAMENWERKEN", "reden", "Alle partijen willen het samen doen."),
                "\"0\"");
        assertThat(route.status()).as(route.body()).isEqualTo(200);

        // An account that carries it out (issue 12); no such account needs to exist for the list.
        samenwerkingen.zetUitvoerders(id, java.util.Set.of("uitvoerder-van-de-oefening"));

        Map<String, Long> voor = rijen(id);
        assertThat(voor).as("rows per table before").allSatisfy((tabel, n) -> {
            if (List.of(
                            "taak",
                            "verkenning_taak_route",
                            "positie",
                            "behoefte",
                            "doel",
                            "spanning",
                            "stap_besproken",
                            "bevinding",
                            "samenwerking_uitvoerder")
                    .contains(tabel)) {
                assertThat(n).as(tabel).isPositive();
            }
        });

        assertThat(r.delete("/api/v1/oefensamenwerkingen/" + id, "\"0\"").status())
                .isEqualTo(204);

        Map<String, Long> na = rijen(id);
        na.keySet().removeAll(BLIJVEN);
        assertThat(na)
                .as("rows per table after the deletion")
                .allSatisfy((tabel, n) -> assertThat(n).as(tabel).isZero());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spanning_partij WHERE spanning_id NOT IN (SELECT id FROM spanning)")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void alleenDeTabellenVanSamenwerkingZelfVerwijzenMetEenSleutelNaarSamenwerking() {
        List<String> verwijzers = jdbc.sql("""
                SELECT LOWER(tc.table_name)
                FROM information_schema.table_constraints tc
                JOIN information_schema.referential_constraints rc
                  ON rc.constraint_schema = tc.constraint_schema AND rc.constraint_name = tc.constraint_name
                JOIN information_schema.table_constraints doel
                  ON doel.constraint_schema = rc.unique_constraint_schema AND doel.constraint_name = rc.unique_constraint_name
                WHERE tc.constraint_type = 'FOREIGN KEY' AND LOWER(doel.table_name) = 'samenwerking'
                  AND LOWER(tc.table_schema) = LOWER(CURRENT_SCHEMA)""").query(String.class).list();
        assertThat(verwijzers).containsExactlyInAnyOrderElementsOf(EIGEN_TABELLEN);
    }

    /** Rows of this samenwerking in every table with a samenwerking_id column. */
    private Map<String, Long> rijen(long id) {
        List<String> tabellen = jdbc.sql("""
                SELECT LOWER(table_name) FROM information_schema.columns
                WHERE LOWER(column_name) = 'samenwerking_id' AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)
                ORDER BY 1""").query(String.class).list();
        assertThat(tabellen).contains("taak", "doel", "bevinding", "audit_event");
        Map<String, Long> rijen = new LinkedHashMap<>();
        for (String t : tabellen) {
            rijen.put(
                    t,
                    jdbc.sql("SELECT COUNT(*) FROM " + t + " WHERE samenwerking_id = :id")
                            .param("id", id)
                            .query(Long.class)
                            .single());
        }
        return rijen;
    }
}
