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
    RegelingFeiten feiten;

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

    @Test
    void deFeitenVoorDeToetsKomenPerSamenwerkingInDeGevraagdeVolgorde() {
        long een = RegelingData.metVorm(port, "OPENBAAR_LICHAAM", ZEIST, DE_BILT);
        long twee = RegelingData.metVorm(port, "CENTRUMREGELING", ZEIST, DE_BILT);
        Http regisseur = Http.api(port, "regisseur");
        String inhoud = "/api/v1/samenwerkingen/" + een + "/regeling-inhoud";
        regisseur.putJson(
                inhoud + "/onderdelen/evaluatie", Map.of("status", "GEREGELD", "verwijzing", "art. 20"), "\"0\"");
        regisseur.putJson(
                inhoud + "/onderdelen/adviescommissie",
                Map.of("status", "AFGEWOGEN", "verwijzing", "Twee raden"),
                "\"1\"");
        Http.Antwoord z = regisseur.putJson(
                "/api/v1/samenwerkingen/" + een + "/raadsbesluiten/" + DE_BILT + "/zienswijze",
                Map.of("datum", "2026-02-01", "document", "Zienswijze"),
                "\"2\"");
        assertThat(z.status()).as(z.body()).isEqualTo(200);

        List<RegelingFeiten.Stand> standen = feiten.lees(List.of(twee, een));
        assertThat(standen).extracting(RegelingFeiten.Stand::samenwerkingId).containsExactly(twee, een);
        assertThat(standen.get(0)).isEqualTo(RegelingFeiten.Stand.leeg(twee));
        RegelingFeiten.Stand stand = standen.get(1);
        assertThat(stand.geregeld()).containsExactly(RegelingOnderdeel.EVALUATIE);
        assertThat(stand.afgewogen()).containsExactly(RegelingOnderdeel.ADVIESCOMMISSIE);
        assertThat(stand.toestemming()).isEmpty();
        assertThat(stand.zienswijze()).containsEntry(DE_BILT, java.time.LocalDate.of(2026, 2, 1));
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
