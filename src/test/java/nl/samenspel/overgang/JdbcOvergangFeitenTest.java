package nl.samenspel.overgang;

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

/** The check's bulk read: one Stand per id in the given order, empty ones included, with what was recorded. */
@SamenspelTest
class JdbcOvergangFeitenTest {

    @LocalServerPort
    int port;

    @Autowired
    OvergangFeiten feiten;

    @Test
    void eenStandPerSamenwerkingInDeGevraagdeVolgorde() {
        long leeg = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long alleenMaatregel = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        String pad = "/api/v1/samenwerkingen/" + id;
        assertThat(r.putJson(
                                pad + "/overgang",
                                Map.of(
                                        "start",
                                        "2027-01-01",
                                        "transitie",
                                        Map.of("start", "2027-01-01", "eind", "2027-12-31")),
                                "\"0\"")
                        .status())
                .isEqualTo(200);
        long besparing = r.postJson(
                        pad + "/maatregelen",
                        Map.of("soort", "BESPARINGSTAAKSTELLING", "omschrijving", "Minder kosten", "jaar", 2027))
                .json()
                .path("id")
                .asLong();
        long vacatures = r.postJson(
                        pad + "/maatregelen",
                        Map.of("soort", "VACATURES_NIET_INVULLEN", "omschrijving", "Niet invullen"))
                .json()
                .path("id")
                .asLong();
        long tussendoor = r.postJson(
                        pad + "/overdrachtsinventaris",
                        Map.of("soort", "TUSSENDOORTAAK", "naam", "Baliebriefjes", "ontdektNaStart", true))
                .json()
                .path("id")
                .asLong();
        long verwachting = r.postJson(
                        pad + "/verwachtingen",
                        Map.of("groep", "MEDEWERKERS", "verwachting", "Zekerheid", "volgendeToets", "2027-03-01"))
                .json()
                .path("id")
                .asLong();
        long ander = r.postJson(
                        "/api/v1/samenwerkingen/" + alleenMaatregel + "/maatregelen",
                        Map.of("soort", "OPLEIDING", "omschrijving", "Cursus"))
                .json()
                .path("id")
                .asLong();

        List<OvergangFeiten.Stand> standen = feiten.lees(List.of(alleenMaatregel, leeg, id));

        assertThat(standen).extracting(OvergangFeiten.Stand::samenwerkingId).containsExactly(alleenMaatregel, leeg, id);
        assertThat(standen.get(1)).isEqualTo(OvergangFeiten.Stand.leeg(leeg));
        assertThat(standen.get(0).start()).isNull();
        assertThat(standen.get(0).transitie()).isNull();
        assertThat(standen.get(0).maatregelen())
                .containsExactly(new OvergangFeiten.Maatregel(ander, MaatregelSoort.OPLEIDING, null));
        OvergangFeiten.Stand vol = standen.get(2);
        assertThat(vol.start()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(vol.transitie()).isEqualTo(new Transitie(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
        assertThat(vol.maatregelen())
                .containsExactly(
                        new OvergangFeiten.Maatregel(besparing, MaatregelSoort.BESPARINGSTAAKSTELLING, 2027),
                        new OvergangFeiten.Maatregel(vacatures, MaatregelSoort.VACATURES_NIET_INVULLEN, null));
        assertThat(vol.inventaris())
                .containsExactly(new OvergangFeiten.Overdracht(tussendoor, OverdrachtSoort.TUSSENDOORTAAK, true));
        assertThat(vol.verwachtingen())
                .containsExactly(new OvergangFeiten.Verwachting(
                        verwachting, Belanghebbende.MEDEWERKERS, LocalDate.of(2027, 3, 1)));
        assertThat(feiten.lees(List.of())).isEmpty();
    }
}
