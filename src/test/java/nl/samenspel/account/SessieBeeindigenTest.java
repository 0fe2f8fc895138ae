package nl.samenspel.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * When a beheerder changes what an account may do, its open sessions end at once: nobody keeps working with
 * old rights until the session times out. A change of only the display name leaves the session alone.
 */
@SamenspelTest
class SessieBeeindigenTest {

    private static final String PAD = "/beheer/accounts/";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void eenGedeactiveerdAccountIsMeteenUitgelogdOpPaginaEnApi() {
        long id = nieuw("sessie-uit");
        Http sessie = Http.browser(port, naam(id));
        assertThat(sessie.get("/samenwerkingen").status()).isEqualTo(200);

        wijzig(id, Map.of("actief", false));

        Http.Antwoord pagina = sessie.get("/samenwerkingen");
        assertThat(pagina.status()).isEqualTo(302);
        assertThat(pagina.header("Location")).endsWith("/inloggen?rechten-gewijzigd");
        assertThat(Http.anoniem(port).get("/inloggen?rechten-gewijzigd").body())
                .contains("Uw sessie is beëindigd omdat de beheerder uw account heeft gewijzigd.");

        Http tweede = Http.browser(port, "beheerder");
        assertThat(tweede.get("/api/v1/mij").status()).isEqualTo(200);
    }

    @Test
    void eenApiVerzoekMetDeBeeindigdeSessieKrijgt401() {
        long id = nieuw("sessie-api");
        Http sessie = Http.browser(port, naam(id));
        assertThat(sessie.get("/api/v1/mij").status()).isEqualTo(200);

        wijzig(id, Map.of("rollen", List.of("RAADSLID")));

        Http.Antwoord api = sessie.get("/api/v1/mij");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void alleenEenAndereWeergavenaamLaatDeSessieDoorlopen() {
        long id = nieuw("sessie-naam");
        Http sessie = Http.browser(port, naam(id));

        wijzig(id, Map.of("weergavenaam", "Nieuwe naam"));

        assertThat(sessie.get("/samenwerkingen").status()).isEqualTo(200);
        assertThat(sessie.get("/api/v1/mij").status()).isEqualTo(200);
    }

    @Test
    void eenNieuwWachtwoordViaHetBeheerformulierBeeindigtDeSessie() {
        long id = nieuw("sessie-ww");
        Http sessie = Http.browser(port, naam(id));

        Http beheerder = Http.browser(port, "beheerder");
        assertThat(beheerder.get(PAD + id).status()).isEqualTo(200);
        Http.Antwoord gezet = beheerder.formulier(
                PAD + id + "/wachtwoord",
                Map.of(
                        "wachtwoord",
                        "een-nieuw-wachtwoord",
                        "versie",
                        String.valueOf(accounts.vind(id).versie())));
        assertThat(gezet.status()).as(gezet.body()).isEqualTo(302);

        assertThat(sessie.get("/samenwerkingen").header("Location")).endsWith("/inloggen?rechten-gewijzigd");
    }

    private long nieuw(String basis) {
        String naam = basis + "-" + System.nanoTime() % 1_000_000;
        return accounts.maak(new NieuwAccount(naam, "Sessie Test", "samenspel", Set.of(Rol.AMBTENAAR), "GM0355"));
    }

    private String naam(long id) {
        return accounts.vind(id).gebruikersnaam();
    }

    /** PUT through the API as beheerder, starting from the current representation. */
    private void wijzig(long id, Map<String, Object> anders) {
        Http beheerder = Http.api(port, "beheerder");
        Http.Antwoord nu = beheerder.get("/api/v1/accounts/" + id);
        assertThat(nu.status()).as(nu.body()).isEqualTo(200);
        Map<String, Object> body = new HashMap<>();
        body.put("weergavenaam", nu.json().path("weergavenaam").asText());
        body.put("rollen", List.of("AMBTENAAR"));
        body.put("gemeenteCode", "GM0355");
        body.put("actief", true);
        body.putAll(anders);
        Http.Antwoord na = beheerder.putJson("/api/v1/accounts/" + id, body, nu.header("ETag"));
        assertThat(na.status()).as(na.body()).isEqualTo(200);
    }
}
