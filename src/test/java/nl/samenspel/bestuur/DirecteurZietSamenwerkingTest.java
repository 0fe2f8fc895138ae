package nl.samenspel.bestuur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12 point 7 end to end: the regisseur gives the director of the shared organisation a seat (linked to their
 * account) on the execution line, and from then on the director sees the samenwerking; moving the seat to the
 * client line or removing it takes that away again.
 */
@SamenspelTest
class DirecteurZietSamenwerkingTest {

    // Municipalities no other test puts in a samenwerking for an uitvoerder.
    static final String AA_EN_HUNZE = "GM1680";
    static final String TYTSJERKSTERADIEL = "GM0737";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void eenZetelInDeUitvoeringMaaktDeSamenwerkingZichtbaarVoorDeDirecteur() {
        String directeur = TestSamenwerkingen.uniek("directeur").toLowerCase(Locale.ROOT);
        accounts.maak(new NieuwAccount(directeur, "Dirk Directeur", "samenspel", Set.of(Rol.UITVOERDER), null));
        long id = TestSamenwerkingen.maak(port, "regisseur", AA_EN_HUNZE, TYTSJERKSTERADIEL);
        String pad = "/api/v1/samenwerkingen/" + id;
        Http regisseur = Http.api(port, "regisseur");
        Http dirk = Http.api(port, directeur);
        assertThat(dirk.get(pad).status()).isEqualTo(404);

        Http.Antwoord directie = regisseur.postJson(pad + "/organen", Map.of("naam", "Directie", "lijn", "UITVOERING"));
        assertThat(directie.status()).as(directie.body()).isEqualTo(201);
        String orgaan = pad + "/organen/" + directie.json().path("id").asLong();
        Http.Antwoord zetel = regisseur.postJson(
                orgaan + "/zetels",
                Map.of("persoon", "Dirk Directeur", "rol", "AMBTELIJK", "stemmen", 1, "account", directeur));
        assertThat(zetel.status()).as(zetel.body()).isEqualTo(201);

        assertThat(dirk.get(pad).status()).isEqualTo(200);
        assertThat(dirk.get("/api/v1/samenwerkingen?paginaGrootte=100").body()).contains("\"id\":" + id);
        assertThat(Http.browser(port, directeur).get("/samenwerkingen/" + id).status())
                .isEqualTo(200);

        // The same body moved to the client line: no longer the execution line, so no longer visible.
        Http.Antwoord verplaatst =
                regisseur.putJson(orgaan, Map.of("naam", "Directie", "lijn", "KLANT"), directie.header("ETag"));
        assertThat(verplaatst.status()).as(verplaatst.body()).isEqualTo(200);
        assertThat(dirk.get(pad).status()).isEqualTo(404);

        Http.Antwoord terug =
                regisseur.putJson(orgaan, Map.of("naam", "Directie", "lijn", "UITVOERING"), verplaatst.header("ETag"));
        assertThat(terug.status()).as(terug.body()).isEqualTo(200);
        assertThat(dirk.get(pad).status()).isEqualTo(200);
        String zetelPad = orgaan + "/zetels/" + zetel.json().path("id").asLong();
        assertThat(regisseur.delete(zetelPad, zetel.header("ETag")).status()).isEqualTo(204);
        assertThat(dirk.get(pad).status()).isEqualTo(404);
    }
}
