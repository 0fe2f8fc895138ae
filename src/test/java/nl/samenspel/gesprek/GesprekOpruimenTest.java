package nl.samenspel.gesprek;

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

/** A deleted samenwerking leaves no conversations, agenda, actions or question bank behind (GesprekOpruimen). */
@SamenspelTest
class GesprekOpruimenTest {

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
    void eenVerwijderdeOefensamenwerkingLaatGeenGesprekkenAchter() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord nieuw = r.postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        String pad = "/api/v1/samenwerkingen/" + id;
        String gemeente =
                r.get(pad).json().path("gemeenten").findValuesAsString("code").get(0);
        Http.Antwoord dvo = r.postJson(pad + "/dvo", Map.of("gemeente", gemeente, "jaar", 2099));
        assertThat(dvo.status()).as(dvo.body()).isEqualTo(201);
        Http.Antwoord g = r.postJson(
                pad + "/gesprekken", Map.of("dvo", dvo.json().path("id").asLong()));
        assertThat(g.status()).as(g.body()).isEqualTo(201);
        String gPad = pad + "/gesprekken/" + g.json().path("id").asLong();
        assertThat(r.postJson(gPad + "/acties", Map.of("omschrijving", "x", "eigenaar", "y", "deadline", "2099-01-01"))
                        .status())
                .isEqualTo(201);
        assertThat(r.postJson(gPad + "/bijsturingen", Map.of("tekst", "z")).status())
                .isEqualTo(201);
        assertThat(r.postJson(pad + "/vragenbank", Map.of("soort", "REK", "tekst", "Waarvoor?"))
                        .status())
                .isEqualTo(201);
        List<String> tabellen = List.of(
                "gesprek_gesprek", "gesprek_actie", "gesprek_bijsturing", "gesprek_vraag", "gesprek_vragenbank");
        for (String t : tabellen) {
            assertThat(rijen(t, id)).as(t).isPositive();
        }

        assertThat(r.delete("/api/v1/oefensamenwerkingen/" + id, nieuw.header("ETag"))
                        .status())
                .isEqualTo(204);
        for (String t : tabellen) {
            assertThat(rijen(t, id)).as(t).isZero();
        }
        assertThat(rijen("gesprek_agendapunt", id)).isZero();
    }
}
