package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "What is next" for accounts (issue 11): a party without an account waits on the regisseur to ask, then on a
 * beheerder to make it, and is off the list once it has one.
 */
@SamenspelTest
class AccountWerkvoorraadTest {

    static final String MONTFOORT = "GM0335";

    @LocalServerPort
    int port;

    @Autowired
    AccountWerkvoorraad werkvoorraad;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService details;

    @Test
    void eenPartijZonderAccountWachtEerstOpDeRegisseurDanOpDeBeheerder() {
        long id = TestSamenwerkingen.maak(port, TestAccounts.REGISSEUR, TestAccounts.ZEIST, MONTFOORT);
        assertThat(punten(id))
                .containsExactly(OpenPunt.WachtOp.REGISSEUR
                        + " samenwerking.werk.account-aanvragen [Montfoort] /samenwerkingen/" + id + "#accounts");

        Http.Antwoord a = Http.api(port, TestAccounts.REGISSEUR)
                .postJson(
                        "/api/v1/account-aanvragen",
                        Map.of(
                                "samenwerkingId",
                                id,
                                "weergavenaam",
                                "Mo Montfoort",
                                "rol",
                                "AMBTENAAR",
                                "gemeenteCode",
                                MONTFOORT));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(punten(id)).singleElement().asString().startsWith("BEHEERDER samenwerking.werk.account-maken");

        Http.Antwoord gemaakt = Http.api(port, TestAccounts.BEHEERDER)
                .postJson(
                        "/api/v1/account-aanvragen/" + a.json().path("id").asLong() + "/afhandeling",
                        Map.of("besluit", "AANMAKEN", "gebruikersnaam", "mo-" + Long.toString(System.nanoTime(), 36)),
                        "\"0\"");
        assertThat(gemaakt.status()).as(gemaakt.body()).isEqualTo(201);
        assertThat(punten(id)).isEmpty();
    }

    private List<String> punten(long id) {
        var regisseur = details.loadUserByUsername(TestAccounts.REGISSEUR);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(regisseur, null, regisseur.getAuthorities()));
        try {
            return werkvoorraad.open(samenwerkingen.vind(id)).stream()
                    .map(p -> p.wachtOp() + " " + p.wat().sleutel() + " "
                            + p.wat().argumenten() + " " + p.pad())
                    .toList();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
