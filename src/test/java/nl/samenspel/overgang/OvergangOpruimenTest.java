package nl.samenspel.overgang;

import static nl.samenspel.support.TestAccounts.ZEIST;
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

/** A deleted samenwerking leaves nothing of the overgang behind (OvergangOpruimen on SamenwerkingVerwijderd). */
@SamenspelTest
class OvergangOpruimenTest {

    @LocalServerPort
    int port;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Autowired
    OvergangFeiten feiten;

    @Test
    void eenVerwijderdeOefensamenwerkingLaatNietsAchter() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        Http r = Http.api(port, "regisseur");
        Http.Antwoord nieuw = r.postJson("/api/v1/oefensamenwerkingen", Map.of());
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        String pad = "/api/v1/samenwerkingen/" + id;
        assertThat(r.putJson(pad + "/overgang", Map.of("start", "2027-01-01"), "\"0\"")
                        .status())
                .isEqualTo(200);
        assertThat(r.postJson(pad + "/maatregelen", Map.of("soort", "OPLEIDING", "omschrijving", "Cursus"))
                        .status())
                .isEqualTo(201);
        assertThat(r.postJson(
                                pad + "/overdrachtsinventaris",
                                Map.of("soort", "TAAK", "naam", "Inning", "gemeente", ZEIST))
                        .status())
                .isEqualTo(201);
        assertThat(r.postJson(pad + "/verwachtingen", Map.of("groep", "MEDEWERKERS", "verwachting", "Rust"))
                        .status())
                .isEqualTo(201);
        assertThat(feiten.lees(List.of(id)).get(0)).isNotEqualTo(OvergangFeiten.Stand.leeg(id));

        assertThat(r.delete("/api/v1/oefensamenwerkingen/" + id, nieuw.header("ETag"))
                        .status())
                .isEqualTo(204);
        assertThat(feiten.lees(List.of(id)).get(0)).isEqualTo(OvergangFeiten.Stand.leeg(id));
    }
}
