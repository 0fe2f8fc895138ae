package nl.samenspel.regeling;

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

/** Deleting a (practice) samenwerking deletes its regeling rows too (ADR 0012: no cascade across modules). */
@SamenspelTest
class RegelingOpruimenTest {

    @LocalServerPort
    int port;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eenVerwijderdeOefeningLaatGeenRegelingAchter() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord nieuw = r.postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        String pad = "/api/v1/samenwerkingen/" + id;
        String gemeente =
                r.get(pad).json().path("gemeenten").get(0).path("code").asString();
        Http.Antwoord open = r.postJson(pad + "/stappen/vorm/ontgrendeling", Map.of("reden", "Oefenen"));
        assertThat(open.status()).as(open.body()).isIn(201, 409);
        RegelingData.kies(port, id, "OPENBAAR_LICHAAM");
        assertThat(r.putJson(
                                pad + "/regeling-inhoud/onderdelen/belangen",
                                Map.of("status", "GEREGELD", "verwijzing", "art. 1"),
                                "\"0\"")
                        .status())
                .isEqualTo(200);
        assertThat(r.putJson(
                                pad + "/raadsbesluiten/" + gemeente + "/toestemming",
                                Map.of("document", "Besluit"),
                                "\"1\"")
                        .status())
                .isEqualTo(200);
        assertThat(aantal(id)).isEqualTo(3);

        Http.Antwoord weg =
                r.delete("/api/v1/oefensamenwerkingen/" + id, r.get(pad).header("ETag"));
        assertThat(weg.status()).as(weg.body()).isEqualTo(204);
        assertThat(aantal(id)).isZero();
    }

    private int aantal(long id) {
        int som = 0;
        for (String tabel : List.of("regeling_stand", "regeling_onderdeel", "regeling_raadsbesluit")) {
            som += jdbc.sql("SELECT COUNT(*) FROM " + tabel + " WHERE samenwerking_id = :id")
                    .param("id", id)
                    .query(Integer.class)
                    .single();
        }
        return som;
    }
}
