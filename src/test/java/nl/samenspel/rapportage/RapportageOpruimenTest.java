package nl.samenspel.rapportage;

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

/** A deleted samenwerking leaves no reports, lines or values behind (RapportageOpruimen). */
@SamenspelTest
class RapportageOpruimenTest {

    static final List<String> TABELLEN = List.of("rapportage_rapportage", "rapportage_lijn", "rapportage_waarde");

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
    void eenVerwijderdeOefensamenwerkingLaatGeenRapportagesAchter() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord nieuw = r.postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        String pad = "/api/v1/samenwerkingen/" + id;
        String gemeente =
                r.get(pad).json().path("gemeenten").get(0).path("code").asString();
        long dienst = r.postJson(pad + "/diensten", Map.of("naam", "Opruimdienst", "backoffice", "Eén"))
                .json()
                .path("id")
                .asLong();
        long dvo = r.postJson(pad + "/dvo", Map.of("gemeente", gemeente, "jaar", 2099))
                .json()
                .path("id")
                .asLong();
        assertThat(r.postJson(
                                pad + "/dvo/" + dvo + "/regels",
                                Map.of("dienst", dienst, "resultaat", "Iets", "indicatoren", List.of("Aantal")))
                        .status())
                .isEqualTo(201);
        Http.Antwoord rap =
                r.postJson(pad + "/rapportages", Map.of("dvo", dvo, "van", "2099-01-01", "tot", "2099-03-31"));
        assertThat(rap.status()).as(rap.body()).isEqualTo(201);
        TABELLEN.forEach(t -> assertThat(rijen(t, id)).as(t).isPositive());

        assertThat(r.delete("/api/v1/oefensamenwerkingen/" + id, r.get(pad).header("ETag"))
                        .status())
                .isEqualTo(204);
        TABELLEN.forEach(t -> assertThat(rijen(t, id)).as(t).isZero());
    }
}
