package nl.samenspel.gedoe;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The check's bulk read: one Stand per id in the given order, with forum, items and safety net. */
@SamenspelTest
class JdbcGedoeFeitenTest {

    @LocalServerPort
    int port;

    @Autowired
    GedoeFeiten feiten;

    @Test
    void eenStandPerSamenwerkingInDeGevraagdeVolgorde() {
        long leeg = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        String pad = "/api/v1/samenwerkingen/" + id;
        long forum = r.postJson(pad + "/organen", Map.of("naam", "Opdrachtgeversoverleg", "lijn", "KLANT"))
                .json()
                .path("id")
                .asLong();
        r.putJson(
                pad + "/gedoe-instellingen",
                Map.of("forum", forum, "termijnDagen", 14, "vangnetBudget", "5.000"),
                "\"0\"");
        long gemeld = r.postJson(pad + "/gedoe", Map.of("titel", "Eén", "soort", "KOPPELING"))
                .json()
                .path("id")
                .asLong();
        long besloten = r.postJson(pad + "/gedoe", Map.of("titel", "Twee", "soort", "PRIORITERING"))
                .json()
                .path("id")
                .asLong();
        Http.Antwoord b = r.putJson(
                pad + "/gedoe/" + besloten,
                Map.of("titel", "Twee", "soort", "PRIORITERING", "forum", forum, "besluit", "Zo", "les", "Zo leren"),
                "\"1\"");
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        r.postJson(pad + "/vangnet/gebruik", Map.of("bedrag", "1.250,50", "waarvoor", "Inhuur"));

        List<GedoeFeiten.Stand> standen = feiten.lees(List.of(id, leeg));
        assertThat(standen).extracting(GedoeFeiten.Stand::samenwerkingId).containsExactly(id, leeg);
        assertThat(standen.get(1)).isEqualTo(GedoeFeiten.Stand.leeg(leeg));

        GedoeFeiten.Stand s = standen.get(0);
        assertThat(s.forumVoorOnvoorzien()).isEqualTo(forum);
        assertThat(s.termijnDagen()).isEqualTo(14);
        assertThat(standen.get(1).termijnDagen()).isEqualTo(GedoeInstellingen.STANDAARD_TERMIJN);
        assertThat(s.vangnet())
                .isEqualTo(new GedoeFeiten.Vangnet(new BigDecimal("5000.00"), new BigDecimal("1250.50")));
        assertThat(s.gedoe()).extracting(GedoeFeiten.Gedoe::id).containsExactly(gemeld, besloten);
        GedoeFeiten.Gedoe eerste = s.gedoe().get(0);
        assertThat(eerste.status()).isEqualTo(GedoeStatus.GEMELD);
        assertThat(eerste.forum()).isNull();
        assertThat(eerste.soort()).isEqualTo(GedoeSoort.KOPPELING);
        GedoeFeiten.Gedoe tweede = s.gedoe().get(1);
        assertThat(tweede.status()).isEqualTo(GedoeStatus.BESLOTEN);
        assertThat(tweede.forum()).isEqualTo(forum);
        assertThat(tweede.beslotenOp()).isNotNull();
        assertThat(tweede.lesGeleerd()).isTrue();
        assertThat(tweede.herzien()).isFalse();
    }
}
