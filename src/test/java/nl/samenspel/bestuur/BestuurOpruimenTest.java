package nl.samenspel.bestuur;

import static nl.samenspel.support.TestAccounts.ZEIST;
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

/** A deleted samenwerking leaves no bodies or seats behind (BestuurOpruimen on SamenwerkingVerwijderd). */
@SamenspelTest
class BestuurOpruimenTest {

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
    void eenVerwijderdeOefensamenwerkingLaatGeenOrganenEnZetelsAchter() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord nieuw = r.postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        String pad = "/api/v1/samenwerkingen/" + id + "/organen";
        long orgaan = r.postJson(pad, Map.of("naam", "Algemeen bestuur", "lijn", "TOEZICHT"))
                .json()
                .path("id")
                .asLong();
        assertThat(r.postJson(
                                pad + "/" + orgaan + "/zetels",
                                Map.of("persoon", "Anna", "gemeente", ZEIST, "rol", "BESTUURLIJK"))
                        .status())
                .isEqualTo(201);
        assertThat(rijen("bestuur_orgaan", id)).isEqualTo(1);
        assertThat(rijen("bestuur_zetel", id)).isEqualTo(1);

        assertThat(r.delete("/api/v1/oefensamenwerkingen/" + id, nieuw.header("ETag"))
                        .status())
                .isEqualTo(204);
        assertThat(rijen("bestuur_orgaan", id)).isZero();
        assertThat(rijen("bestuur_zetel", id)).isZero();
    }
}
