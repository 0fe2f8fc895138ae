package nl.samenspel.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/** The cross-cutting protections of the whole application, seen from outside over real HTTP. */
@SamenspelTest
class BeveiligingTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    ServletContext servletContext;

    @Autowired
    AccountService accounts;

    @Test
    void eenFormulierPostZonderCsrfTokenWordtGeweigerdEnMetTokenUitgevoerd() {
        Http browser = Http.browser(port, "beheerder");
        browser.get("/beheer/accounts/nieuw");
        String naam = uniek("csrf");
        Map<String, String> velden = Map.of(
                "gebruikersnaam",
                naam,
                "weergavenaam",
                "Zonder Token",
                "wachtwoord",
                "samenspel",
                "rollen",
                "REGISSEUR");

        Http.Antwoord zonder = browser.formulierZonderCsrf("/beheer/accounts/nieuw", velden);
        assertThat(zonder.status()).isEqualTo(403);
        assertThat(accounts.bestaat(naam)).isFalse();

        Http.Antwoord met = browser.formulier("/beheer/accounts/nieuw", velden);
        assertThat(met.status()).isEqualTo(302);
        assertThat(met.header("Location")).endsWith("/beheer/accounts");
        assertThat(accounts.bestaat(naam)).isTrue();
    }

    @Test
    void eenApiPostMetBasicHeeftGeenCsrfTokenNodig() {
        String naam = uniek("basic");
        Http.Antwoord antwoord = Http.api(port, "beheerder")
                .postJson(
                        "/api/v1/accounts",
                        Map.of(
                                "gebruikersnaam",
                                naam,
                                "weergavenaam",
                                "Via Basic",
                                "wachtwoord",
                                "samenspel",
                                "rollen",
                                List.of("UITVOERDER")));
        assertThat(antwoord.status()).isEqualTo(201);
        assertThat(accounts.bestaat(naam)).isTrue();
    }

    @Test
    void eenApiPostMetAlleenEenSessieCookieHeeftWelEenTokenNodig() {
        Http browser = Http.browser(port, "beheerder");
        String naam = uniek("sessie");
        Http.Antwoord antwoord = browser.postJson(
                "/api/v1/accounts",
                Map.of(
                        "gebruikersnaam",
                        naam,
                        "weergavenaam",
                        "Via sessie",
                        "wachtwoord",
                        "samenspel",
                        "rollen",
                        List.of("UITVOERDER")));
        assertThat(antwoord.status()).isEqualTo(403);
        assertThat(accounts.bestaat(naam)).isFalse();
    }

    @Test
    void paginasDragenDeBeveiligingsheaders() {
        for (Http.Antwoord pagina : List.of(
                Http.anoniem(port).get("/inloggen"),
                Http.browser(port, "beheerder").get("/beheer/accounts"))) {
            assertThat(pagina.status()).isEqualTo(200);
            String csp = pagina.header("Content-Security-Policy");
            assertThat(csp)
                    .contains("script-src 'self'")
                    .contains("style-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(pagina.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(pagina.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(pagina.header("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void eenSessieVerlooptNaDertigMinutenNietsDoen() {
        assertThat(servletContext.getSessionTimeout())
                .as("standaard sessieduur in minuten")
                .isEqualTo(30);

        Http.browser(port, "regisseur").get("/");
        Context tomcat = (Context)
                ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        Session[] sessies = tomcat.getManager().findSessions();
        assertThat(sessies).as("de sessie van de zojuist ingelogde gebruiker").isNotEmpty();
        assertThat(Arrays.stream(sessies).map(Session::getMaxInactiveInterval)).containsOnly(30 * 60);
    }

    @Test
    void regisseurEnRaadslidKomenNietBijAccountbeheer() {
        for (String gebruiker : List.of("regisseur", "raadslid1", "ambtenaar1")) {
            assertThat(Http.browser(port, gebruiker).get("/beheer/accounts").status())
                    .as(gebruiker)
                    .isEqualTo(403);
            assertThat(Http.browser(port, gebruiker)
                            .get("/beheer/accounts/nieuw")
                            .status())
                    .as(gebruiker)
                    .isEqualTo(403);
            Http.Antwoord api = Http.api(port, gebruiker).get("/api/v1/accounts");
            assertThat(api.status()).as(gebruiker).isEqualTo(403);
            assertThat(api.header("Content-Type")).startsWith("application/problem+json");
            assertThat(api.json().path("title").asString()).isEqualTo("Geen toegang");
            assertThat(Http.api(port, gebruiker)
                            .postJson("/api/v1/accounts", Map.of("gebruikersnaam", uniek("x")))
                            .status())
                    .as(gebruiker)
                    .isEqualTo(403);
        }
    }

    @Test
    void anoniemeApiAanroepKrijgt401AlsNederlandsProbleem() {
        Http.Antwoord antwoord = Http.anoniem(port).get("/api/v1/mij");
        assertThat(antwoord.status()).isEqualTo(401);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        assertThat(antwoord.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(antwoord.json().path("title").asString()).isEqualTo("Niet ingelogd");
        assertThat(antwoord.json().path("detail").asString()).contains("Log in");
    }

    @Test
    void verkeerdWachtwoordOpDeApiGeeft401() {
        assertThat(Http.api(port, "regisseur", "helemaal-fout")
                        .get("/api/v1/mij")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void healthIsOpenbaarEnPrometheusAlleenVoorDeBeheerder() {
        Http.Antwoord health = Http.anoniem(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");

        Http.Antwoord metrics = Http.api(port, "beheerder").get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("# HELP")
                .contains("# TYPE")
                .contains("jvm_memory_used_bytes")
                .contains("http_server_requests");

        assertThat(Http.api(port, "regisseur").get("/actuator/prometheus").status())
                .isEqualTo(403);
        assertThat(Http.anoniem(port).get("/actuator/prometheus").status()).isIn(302, 401);
        assertThat(Http.api(port, "regisseur").get("/actuator/metrics").status())
                .isEqualTo(403);
    }

    static String uniek(String voorvoegsel) {
        return voorvoegsel + "-" + Long.toString(System.nanoTime(), 36);
    }

    static void maak(AccountService accounts, String naam) {
        accounts.maak(new NieuwAccount(naam, "Test", "samenspel", Set.of(Rol.REGISSEUR), null));
    }
}
