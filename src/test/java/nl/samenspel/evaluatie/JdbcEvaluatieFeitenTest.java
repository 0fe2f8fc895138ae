package nl.samenspel.evaluatie;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The check's bulk read: one Stand per id in the given order, with evaluations and their actions, uittredingen with
 * whether their conditions are settled, and the opheffing with whether its vereffening is recorded.
 */
@SamenspelTest
class JdbcEvaluatieFeitenTest {

    @LocalServerPort
    int port;

    @Autowired
    EvaluatieFeiten feiten;

    static final LocalDate VANDAAG = LocalDate.now(java.time.Clock.system(Tijdstip.NEDERLAND));

    @Test
    void eenStandPerSamenwerkingInDeGevraagdeVolgorde() {
        long leeg = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        String pad = "/api/v1/samenwerkingen/" + id;
        long ev = r.postJson(
                        pad + "/evaluaties",
                        Map.of("gepland", "2026-01-15", "reikwijdte", "Alles", "evaluator", "Bureau"))
                .json()
                .path("id")
                .asLong();
        r.postJson(
                pad + "/evaluaties/" + ev + "/acties",
                Map.of("omschrijving", "Tarieven", "eigenaar", "Directeur", "deadline", "2026-02-01"));
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("gemeente", ZEIST);
        u.put("datum", VANDAAG.plusYears(1).toString());
        u.put("reden", "Andere regio");
        u.put("voorwaarden", "Twee jaar opzegtermijn");
        u.put("afrekening", 1000);
        u.put("richting", "ONTVANGT");
        assertThat(r.postJson(pad + "/uittredingen", u).status()).isEqualTo(201);
        assertThat(r.putJson(
                                pad + "/opheffing",
                                Map.of("besluitdatum", VANDAAG.toString(), "ingangsdatum", "2099-01-01"),
                                null)
                        .status())
                .isEqualTo(201);

        List<EvaluatieFeiten.Stand> standen = feiten.lees(List.of(id, leeg));
        assertThat(standen).extracting(EvaluatieFeiten.Stand::samenwerkingId).containsExactly(id, leeg);
        assertThat(standen.get(1)).isEqualTo(EvaluatieFeiten.Stand.leeg(leeg));
        EvaluatieFeiten.Stand stand = standen.get(0);
        assertThat(stand.evaluaties()).hasSize(1);
        EvaluatieFeiten.Evaluatie e = stand.evaluaties().get(0);
        assertThat(e.gepland()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(e.uitgevoerd()).isNull();
        assertThat(e.acties()).extracting(EvaluatieFeiten.Actie::deadline).containsExactly(LocalDate.of(2026, 2, 1));
        assertThat(e.acties().get(0).afgerond()).isFalse();
        assertThat(stand.uittredingen()).hasSize(1);
        assertThat(stand.uittredingen().get(0).gemeenteCode()).isEqualTo(ZEIST);
        assertThat(stand.uittredingen().get(0).status()).isEqualTo(UittredingStatus.AANGEKONDIGD);
        assertThat(stand.uittredingen().get(0).voorwaardenGeregeld()).isTrue();
        assertThat(stand.opheffing()).isNotNull();
        assertThat(stand.opheffing().datum()).isEqualTo(LocalDate.of(2099, 1, 1));
        assertThat(stand.opheffing().vereffeningGeregeld()).isFalse();
        assertThat(stand.opheffing().afgerond()).isFalse();
        assertThat(feiten.lees(List.of())).isEmpty();
    }
}
