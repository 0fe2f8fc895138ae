package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Page URLs answer every error with the Dutch error page in the normal layout: for a signed-in browser, for a
 * client that sends no Accept at all, and never with JSON, Spring's English error or a stack trace.
 */
@SamenspelTest
class FoutPaginaTest {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Autowired
    Teksten teksten;

    @Autowired
    WebApplicationContext context;

    record Pagina(String wat, String gebruiker, String methode, String pad, int status, String soort) {

        @Override
        public String toString() {
            return wat;
        }
    }

    static Stream<Arguments> foutePaginas() {
        return Stream.of(
                        new Pagina(
                                "400: id van de verkeerde soort",
                                "raadslid1",
                                "GET",
                                "/samenwerkingen/abc",
                                400,
                                "onleesbaar"),
                        new Pagina(
                                "400: adres dat de firewall weigert",
                                "raadslid1",
                                "GET",
                                "/samenwerkingen/..;/1",
                                400,
                                "adres-geweigerd"),
                        new Pagina(
                                "400: %2e%2e in het adres",
                                "raadslid1", "GET", "/samenwerkingen/%2e%2e/1", 400, "adres-geweigerd"),
                        new Pagina(
                                "400: NUL in het adres (Tomcat)",
                                "raadslid1",
                                "GET",
                                "/samenwerkingen/%00",
                                400,
                                "onleesbaar"),
                        new Pagina(
                                "403: raadslid bij accountbeheer",
                                "raadslid1",
                                "GET",
                                "/beheer/accounts",
                                403,
                                "geen-toegang"),
                        new Pagina(
                                "403: onbekende pagina (standaard dicht)",
                                "raadslid1",
                                "GET",
                                "/bestaat-niet",
                                403,
                                "geen-toegang"),
                        new Pagina(
                                "404: samenwerking die niet bestaat",
                                "raadslid1",
                                "GET",
                                "/samenwerkingen/999999999",
                                404,
                                "niet-gevonden"),
                        new Pagina(
                                "404: slash aan het eind",
                                "raadslid1",
                                "GET",
                                "/samenwerkingen/",
                                404,
                                "niet-gevonden"),
                        new Pagina("404: /error zelf", "raadslid1", "GET", "/error", 404, "niet-gevonden"),
                        new Pagina(
                                "405: GET op een formulieradres",
                                "regisseur",
                                "GET",
                                "/samenwerkingen/1/fase",
                                405,
                                "methode"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foutePaginas")
    void eenIngelogdeBrowserKrijgtDeNederlandseFoutpagina(Pagina p) {
        Http.Antwoord a =
                Http.browser(port, p.gebruiker()).send(p.methode(), p.pad(), null, null, Map.of("Accept", BROWSER));
        foutpagina(a, p.status(), p.soort());
    }

    /** A page URL without Accept (curl, a link checker) gets the same page, not Spring's English JSON. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("foutePaginas")
    void zonderAcceptOokDeNederlandseFoutpagina(Pagina p) {
        Http.Antwoord a = Http.browser(port, p.gebruiker()).get(p.pad());
        foutpagina(a, p.status(), p.soort());
    }

    @Test
    void eenFormulierZonderCsrfTokenGeeftDeFoutpagina() {
        Http.Antwoord a = Http.browser(port, "regisseur")
                .send(
                        "POST",
                        "/samenwerkingen/1/fase",
                        "application/x-www-form-urlencoded",
                        "fase=ONDERHANDELEN",
                        Map.of("Accept", BROWSER));
        foutpagina(a, 403, "geen-toegang");
    }

    @Test
    void eenVerkeerdeMethodeNoemtDeToegestane() {
        Http.Antwoord a = Http.browser(port, "regisseur")
                .send("GET", "/samenwerkingen/1/fase", null, null, Map.of("Accept", BROWSER));
        assertThat(a.header("Allow")).isEqualTo("POST");
    }

    /** Only a client that asks for JSON and not for HTML gets problem+json on a page URL. */
    @Test
    void wieAlleenJsonVraagtKrijgtOpEenPaginaadresEenProbleem() {
        Http.Antwoord a = Http.browser(port, "raadslid1").get("/samenwerkingen/999999999", "application/json");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.json().path("title").asString()).isEqualTo(teksten.t("probleem.niet-gevonden.titel"));
    }

    /** A 409 on a page is the page itself with the reason, in Dutch. */
    @Test
    void eenConflictOpEenPaginaIsNederlandsHtml() {
        Http.Antwoord nieuw = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                "Conflict " + System.nanoTime(),
                                "omschrijving",
                                "Samen testen.",
                                "gemeenten",
                                List.of("GM0355", "GM0310")));
        long id = nieuw.json().path("id").asLong();
        Http regisseur = Http.browser(port, "regisseur");
        regisseur.get("/samenwerkingen/" + id);
        Http.Antwoord a =
                regisseur.formulier("/samenwerkingen/" + id + "/fase", Map.of("fase", "VORMGEVEN", "versie", "0"));
        assertThat(a.status()).as(a.body()).isEqualTo(409);
        nederlandsHtml(a);
        FoutenApiTest.beveiligingsheaders(a);
    }

    /** The unexpected: an exception that escaped to the servlet container, rendered by /error. */
    @Test
    void eenOnverwachteFoutOpEenPaginaNoemtAlleenEenKenmerk() throws Exception {
        MockHttpServletResponse r = onverwacht("/samenwerkingen/1", "text/html");
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(r.getContentType()).startsWith("text/html");
        String body = r.getContentAsString();
        assertThat(body)
                .contains("<html lang=\"nl\"")
                .contains(teksten.t("probleem.onverwacht.titel"))
                .contains("kenmerk")
                .doesNotContain("{0}")
                .doesNotContain("geheime-oorzaak")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at nl.samenspel");
    }

    @Test
    void eenOnverwachteFoutOpDeApiIsEenProbleemMetKenmerk() throws Exception {
        MockHttpServletResponse r = onverwacht("/api/v1/samenwerkingen/1", "text/html");
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        String body = r.getContentAsString();
        assertThat(body)
                .contains(teksten.t("probleem.onverwacht.titel"))
                .contains("kenmerk")
                .doesNotContain("geheime-oorzaak")
                .doesNotContain("IllegalStateException");
    }

    private MockHttpServletResponse onverwacht(String pad, String accept) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        return mvc.perform(get("/error")
                        .header("Accept", accept)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, pad)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("geheime-oorzaak")))
                .andReturn()
                .getResponse();
    }

    private void foutpagina(Http.Antwoord a, int status, String soort) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        nederlandsHtml(a);
        assertThat(a.body())
                .contains(teksten.t("probleem." + soort + ".titel"))
                .contains(teksten.t("foutpagina." + soort))
                .contains(teksten.t("fout.statuscode", status));
        FoutenApiTest.beveiligingsheaders(a);
    }

    private static void nederlandsHtml(Http.Antwoord a) {
        assertThat(a.header("Content-Type")).startsWith("text/html");
        assertThat(a.body()).contains("<html lang=\"nl\"");
        for (String verboden : List.of(
                "JSON",
                "json",
                "Exception",
                "at nl.samenspel",
                "at org.",
                "Whitelabel",
                "timestamp",
                "Bad Request",
                "Not Found",
                "Forbidden",
                "HTTP Status")) {
            assertThat(a.body()).as("bevat " + verboden).doesNotContain(verboden);
        }
    }
}
