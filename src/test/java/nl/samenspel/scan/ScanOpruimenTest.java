package nl.samenspel.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A deleted samenwerking leaves no scans or actions behind (ScanOpruimen). */
@SamenspelTest
class ScanOpruimenTest {

    static final List<String> TABELLEN = List.of("scan_scan", "scan_actie");

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
    void eenVerwijderdeOefensamenwerkingLaatGeenScanAchter() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord nieuw = r.postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        String pad = "/api/v1/samenwerkingen/" + id;
        String vandaag =
                LocalDate.now(java.time.Clock.system(Tijdstip.NEDERLAND)).toString();
        long scan = r.postJson(pad + "/scans", Map.of()).json().path("id").asLong();
        assertThat(r.postJson(
                                pad + "/scans/" + scan + "/acties",
                                Map.of("omschrijving", "X", "eigenaar", "Y", "deadline", vandaag))
                        .status())
                .isEqualTo(201);
        TABELLEN.forEach(t -> assertThat(rijen(t, id)).as(t).isEqualTo(1));

        assertThat(r.delete("/api/v1/oefensamenwerkingen/" + id, r.get(pad).header("ETag"))
                        .status())
                .isEqualTo(204);
        TABELLEN.forEach(t -> assertThat(rijen(t, id)).as(t).isZero());
    }
}
