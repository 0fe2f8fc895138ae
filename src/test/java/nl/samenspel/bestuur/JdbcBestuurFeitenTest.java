package nl.samenspel.bestuur;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The check's bulk read: one Stand per id in the given order, with who sits where and with which portfolio. */
@SamenspelTest
class JdbcBestuurFeitenTest {

    @LocalServerPort
    int port;

    @Autowired
    BestuurFeiten feiten;

    @Test
    void eenStandPerSamenwerkingInDeGevraagdeVolgorde() {
        long leeg = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http r = Http.api(port, "regisseur");
        String pad = "/api/v1/samenwerkingen/" + id + "/organen";
        long ab = r.postJson(pad, Map.of("naam", "Algemeen bestuur", "lijn", "TOEZICHT"))
                .json()
                .path("id")
                .asLong();
        long klant = r.postJson(pad, Map.of("naam", "Opdrachtgeversoverleg", "lijn", "KLANT"))
                .json()
                .path("id")
                .asLong();
        r.postJson(
                pad + "/" + ab + "/zetels",
                Map.of(
                        "persoon",
                        "Anna  de Wit",
                        "gemeente",
                        ZEIST,
                        "rol",
                        "BESTUURLIJK",
                        "portefeuilles",
                        List.of("Jeugd")));
        r.postJson(
                pad + "/" + klant + "/zetels",
                Map.of(
                        "persoon",
                        "anna de wit",
                        "gemeente",
                        ZEIST,
                        "rol",
                        "BESTUURLIJK",
                        "portefeuilles",
                        List.of("Financiën")));

        List<BestuurFeiten.Stand> standen = feiten.lees(List.of(id, leeg));
        assertThat(standen).extracting(BestuurFeiten.Stand::samenwerkingId).containsExactly(id, leeg);
        assertThat(standen.get(1).organen()).isEmpty();
        List<BestuurFeiten.Orgaan> organen = standen.get(0).organen();
        assertThat(organen).extracting(BestuurFeiten.Orgaan::lijn).containsExactly(Lijn.TOEZICHT, Lijn.KLANT);
        BestuurFeiten.Zetel toezicht = organen.get(0).zetels().get(0);
        BestuurFeiten.Zetel opdrachtgever = organen.get(1).zetels().get(0);
        assertThat(toezicht.inhoudelijk()).isTrue();
        assertThat(opdrachtgever.inhoudelijk()).isFalse();
        assertThat(toezicht.persoonSleutel())
                .as("dezelfde persoon op beide lijnen")
                .isEqualTo(opdrachtgever.persoonSleutel());
        assertThat(toezicht.persoon()).isEqualTo("Anna  de Wit");
        assertThat(toezicht.gemeenteCode()).isEqualTo(ZEIST);
    }
}
