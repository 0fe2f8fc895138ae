package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.DE_BILT;
import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenspel.account.AccountService;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 11 point 4: "Laatst gewijzigd door" names the person, not their username. */
@SamenspelTest
class PositieGewijzigdDoorTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void dePositiepaginaNoemtDeWeergavenaamVanWieHemLaatstWijzigde() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http.Antwoord opgeslagen = VerkenningTestData.positie(port, "ambtenaar1", id, ZEIST, false, List.of());
        assertThat(opgeslagen.status()).as(opgeslagen.body()).isBetween(200, 201);
        String naam = accounts.vindOpNaam("ambtenaar1").orElseThrow().weergavenaam();

        String pagina = Http.browser(port, "ambtenaar1")
                .get("/samenwerkingen/" + id + "/posities/" + ZEIST)
                .body();
        assertThat(pagina).contains("Laatst gewijzigd door " + naam).doesNotContain("Laatst gewijzigd door ambtenaar1");
    }
}
