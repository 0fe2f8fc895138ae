package nl.samenspel.regeling;

import static nl.samenspel.support.Rollen.DE_BILT;
import static nl.samenspel.support.Rollen.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the regeling waits for: in VORMGEVEN the regisseur (items to mark), in AFSPREKEN also every municipality
 * whose raad's toestemming is not recorded; a contract waits for nothing here.
 */
@SamenspelTest
class RegelingWerkvoorraadTest {

    @LocalServerPort
    int port;

    @Autowired
    RegelingWerkvoorraad werkvoorraad;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService details;

    private void fase(long id, String fase) {
        Http r = Http.api(port, "regisseur");
        String pad = "/api/v1/samenwerkingen/" + id;
        Http.Antwoord a = r.postJson(
                pad + "/fase",
                Map.of("fase", fase, "reden", "Zo besloten, ook al ontbrak er iets."),
                r.get(pad).header("ETag"));
        assertThat(a.status()).as(a.body()).isIn(200, 201);
    }

    @Test
    void eerstDeRegisseurMetDeOnderdelenDanElkeGemeenteZonderToestemming() {
        long id = RegelingData.metVorm(port, "OPENBAAR_LICHAAM", ZEIST, DE_BILT);
        assertThat(punten(id)).as("in VERKENNEN nog niets").isEmpty();

        fase(id, "VORMGEVEN");
        String pad = "/samenwerkingen/" + id + "/regeling";
        assertThat(punten(id)).containsExactly("REGISSEUR null regeling.werk.onderdelen [16] " + pad);

        fase(id, "AFSPREKEN");
        assertThat(punten(id))
                .containsExactly(
                        "REGISSEUR null regeling.werk.onderdelen [16] " + pad,
                        "GEMEENTE " + ZEIST + " regeling.werk.toestemming [] " + pad,
                        "GEMEENTE " + DE_BILT + " regeling.werk.toestemming [] " + pad);

        Http.Antwoord t = Http.api(port, "ambtenaar1")
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/raadsbesluiten/" + ZEIST + "/toestemming",
                        Map.of("document", "Raadsbesluit 7"),
                        "\"0\"");
        assertThat(t.status()).as(t.body()).isEqualTo(200);
        assertThat(punten(id))
                .containsExactly(
                        "REGISSEUR null regeling.werk.onderdelen [16] " + pad,
                        "GEMEENTE " + DE_BILT + " regeling.werk.toestemming [] " + pad);

        RegelingData.kies(port, id, "CONTRACT");
        assertThat(punten(id)).as("een contract kent geen regeling").isEmpty();
    }

    private List<String> punten(long id) {
        var regisseur = details.loadUserByUsername(TestAccounts.REGISSEUR);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(regisseur, null, regisseur.getAuthorities()));
        try {
            var s = samenwerkingen.vind(id);
            var los = werkvoorraad.open(s);
            assertThat(werkvoorraad.open(List.of(s)).getOrDefault(id, List.of()))
                    .as("bulk and single agree")
                    .isEqualTo(los);
            return los.stream()
                    .map(p -> p.wachtOp() + " " + p.gemeenteCode() + " "
                            + p.wat().sleutel() + " " + p.wat().argumenten() + " " + p.pad())
                    .toList();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
