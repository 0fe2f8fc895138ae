package nl.samenspel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.account.AccountService;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/** Scripts with HTTP Basic: no server session, JSON for every write, and 401 (not 403) without credentials. */
@SamenspelTest
class ApiZonderSessieTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    AccountService accounts;

    @Test
    void basicVerzoekenMakenGeenSessie() {
        Http api = Http.api(port, "regisseur");
        int voor = sessies();
        for (int i = 0; i < 30; i++) {
            Http.Antwoord a = api.get("/api/v1/mij");
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.headers().allValues("Set-Cookie"))
                    .as("geen sessiecookie")
                    .isEmpty();
        }
        Http.Antwoord metriek = Http.api(port, "beheerder").get("/actuator/prometheus");
        assertThat(metriek.status()).isEqualTo(200);
        assertThat(metriek.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(sessies()).as("aantal sessies op de server").isLessThanOrEqualTo(voor);
    }

    @Test
    void eenBrowsersessieWerktNogVoorDeApi() {
        Http browser = Http.browser(port, "regisseur");
        Http.Antwoord mij = browser.get("/api/v1/mij");
        assertThat(mij.status()).isEqualTo(200);
        assertThat(mij.json().path("gebruikersnaam").asString()).isEqualTo("regisseur");
    }

    @Test
    void eenApiWijzigingZonderJsonKrijgt415EnSlaatNietsOp() {
        String naam = BeveiligingTest.uniek("tekst");
        String body = "{\"gebruikersnaam\": \"" + naam + "\", \"weergavenaam\": \"X\", \"wachtwoord\": \"samenspel\", "
                + "\"rollen\": [\"UITVOERDER\"]}";
        for (String soort : List.of("text/plain", "application/x-www-form-urlencoded", "text/plain; charset=utf-8")) {
            Http.Antwoord a = Http.api(port, "beheerder").send("POST", "/api/v1/accounts", soort, body, Map.of());
            assertThat(a.status()).as(soort).isEqualTo(415);
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            assertThat(a.json().path("title").asString()).isEqualTo("Stuur JSON");
            assertThat(a.header("API-Version")).isNotBlank();
        }
        assertThat(accounts.bestaat(naam)).isFalse();
        assertThat(Http.api(port, "beheerder")
                        .send("POST", "/api/v1/accounts", "application/json; charset=utf-8", body, Map.of())
                        .status())
                .isEqualTo(201);
    }

    @Test
    void eenAnoniemeApiWijzigingKrijgt401MetWwwAuthenticate() {
        String naam = BeveiligingTest.uniek("anoniem");
        Http.Antwoord a = Http.anoniem(port)
                .postJson(
                        "/api/v1/accounts",
                        Map.of(
                                "gebruikersnaam",
                                naam,
                                "weergavenaam",
                                "X",
                                "wachtwoord",
                                "samenspel",
                                "rollen",
                                List.of("UITVOERDER")));
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Samenspel\"");
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.json().path("title").asString()).isEqualTo("Niet ingelogd");
        assertThat(Http.anoniem(port)
                        .delete("/api/v1/samenwerkingen/1/spanningen/1", "\"1\"")
                        .status())
                .isEqualTo(401);
        assertThat(accounts.bestaat(naam)).isFalse();
    }

    private int sessies() {
        Context tomcat = (Context)
                ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        return tomcat.getManager().getActiveSessions();
    }
}
