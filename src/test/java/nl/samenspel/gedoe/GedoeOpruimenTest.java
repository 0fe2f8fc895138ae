package nl.samenspel.gedoe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A deleted samenwerking leaves no gedoe, settings or safety-net use behind (GedoeOpruimen). */
@SamenspelTest
class GedoeOpruimenTest {

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
    void eenVerwijderdeOefensamenwerkingLaatGeenGedoeAchter() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord nieuw = r.postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        String pad = "/api/v1/samenwerkingen/" + id;
        long item = r.postJson(pad + "/gedoe", Map.of("titel", "Iets", "soort", "ANDERS"))
                .json()
                .path("id")
                .asLong();
        assertThat(r.putJson(pad + "/gedoe-instellingen", Map.of("vangnetBudget", "100"), "\"0\"")
                        .status())
                .isEqualTo(200);
        assertThat(r.postJson(pad + "/vangnet/gebruik", Map.of("bedrag", "10", "waarvoor", "x", "gedoe", item))
                        .status())
                .isEqualTo(201);
        assertThat(rijen("gedoe_item", id)).isEqualTo(1);
        assertThat(rijen("gedoe_instelling", id)).isEqualTo(1);
        assertThat(rijen("gedoe_vangnet_gebruik", id)).isEqualTo(1);

        assertThat(r.delete("/api/v1/oefensamenwerkingen/" + id, nieuw.header("ETag"))
                        .status())
                .isEqualTo(204);
        assertThat(rijen("gedoe_item", id)).isZero();
        assertThat(rijen("gedoe_instelling", id)).isZero();
        assertThat(rijen("gedoe_vangnet_gebruik", id)).isZero();
    }
}
