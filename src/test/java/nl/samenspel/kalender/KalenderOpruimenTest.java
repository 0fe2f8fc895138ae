package nl.samenspel.kalender;

import static org.assertj.core.api.Assertions.assertThat;

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

/** A deleted samenwerking leaves no planned years, budget changes or zienswijzen behind (KalenderOpruimen). */
@SamenspelTest
class KalenderOpruimenTest {

    @LocalServerPort
    int port;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Autowired
    JdbcClient jdbc;

    long rijen(String tabel, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + tabel + " WHERE samenwerking_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void eenVerwijderdeOefensamenwerkingLaatGeenKalenderAchter() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord nieuw = r.postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        String pad = "/api/v1/samenwerkingen/" + id;
        r.postJson(pad + "/stappen/vorm/ontgrendeling", Map.of("reden", "Test"));
        Http.Antwoord vorm = r.putJson(
                pad + "/vormbesluit",
                Map.of("vorm", "OPENBAAR_LICHAAM", "motivering", "Test"),
                r.get(pad + "/vormbesluit").header("ETag"));
        assertThat(vorm.status()).as(vorm.body()).isEqualTo(200);
        Http.Antwoord plan = r.putJson(
                pad + "/pc-kalender?jaar=2027",
                Map.of(
                        "begroting",
                        Map.of("gepland", "2026-07-01"),
                        "wijzigingen",
                        List.of(Map.of("omschrijving", "Wijziging"))),
                "\"0\"");
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(r.postJson(
                                pad + "/pc-kalender/zienswijzen",
                                Map.of("jaar", 2027, "gemeente", "GM0355", "inhoud", "Zienswijze"))
                        .status())
                .isEqualTo(201);
        for (String tabel : List.of("kalender_jaar", "kalender_wijziging", "kalender_zienswijze")) {
            assertThat(rijen(tabel, id)).as(tabel).isEqualTo(1);
        }

        assertThat(r.delete("/api/v1/oefensamenwerkingen/" + id, r.get(pad).header("ETag"))
                        .status())
                .isEqualTo(204);
        for (String tabel : List.of("kalender_jaar", "kalender_wijziging", "kalender_zienswijze")) {
            assertThat(rijen(tabel, id)).as(tabel).isZero();
        }
    }
}
