package nl.samenspel.kalender;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the check reads: every computed term of every planned year, and the zienswijzen with the board's day. */
@SamenspelTest
class JdbcKalenderFeitenTest {

    @LocalServerPort
    int port;

    @Autowired
    KalenderFeiten feiten;

    @Test
    void termijnenEnZienswijzenInBulk() {
        long ol = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        String basis = "/api/v1/samenwerkingen/" + ol;
        r.postJson(basis + "/stappen/vorm/ontgrendeling", Map.of("reden", "Test"));
        r.putJson(
                basis + "/vormbesluit",
                Map.of("vorm", "OPENBAAR_LICHAAM", "motivering", "Test"),
                r.get(basis + "/vormbesluit").header("ETag"));
        r.putJson(
                basis + "/pc-kalender?jaar=2027",
                Map.of(
                        "ontwerpbegroting",
                        Map.of("gepland", "2026-04-15"),
                        "begroting",
                        Map.of("gepland", "2026-07-01")),
                "\"0\"");
        r.postJson(
                basis + "/pc-kalender/zienswijzen", Map.of("jaar", 2027, "gemeente", ZEIST, "inhoud", "Minder groei."));
        long zonderVorm = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);

        List<KalenderFeiten.Stand> standen = feiten.lees(List.of(zonderVorm, ol));
        assertThat(standen).extracting(KalenderFeiten.Stand::samenwerkingId).containsExactly(zonderVorm, ol);
        assertThat(standen.get(0).termijnen()).isEmpty();
        KalenderFeiten.Stand stand = standen.get(1);
        KalenderFeiten.Termijn ontwerp = stand.termijnen().stream()
                .filter(t -> t.moment() == PcMoment.ONTWERPBEGROTING_NAAR_RADEN)
                .findFirst()
                .orElseThrow();
        assertThat(ontwerp.jaar()).isEqualTo(2027);
        assertThat(ontwerp.uiterlijk()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(ontwerp.gebroken()).isTrue();
        assertThat(stand.zienswijzen()).singleElement().satisfies(z -> {
            assertThat(z.gemeenteCode()).isEqualTo(ZEIST);
            assertThat(z.beantwoordOp()).isNull();
            assertThat(z.besluitOp()).isEqualTo(LocalDate.of(2026, 7, 1));
        });
        assertThat(feiten.lees(List.of())).isEmpty();
    }
}
