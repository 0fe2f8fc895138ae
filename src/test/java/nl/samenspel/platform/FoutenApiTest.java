package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A crawl of bad API requests, the kind a fuzzer sends: every answer is problem+json with the Dutch title of its
 * kind, the status in the body, the security headers and API-Version, and nothing of Spring's or Tomcat's own.
 */
@SamenspelTest
class FoutenApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Teksten teksten;

    record Slecht(
            String wat,
            String gebruiker,
            String methode,
            String pad,
            String contentType,
            String body,
            Map<String, String> headers,
            int status,
            String soort) {

        @Override
        public String toString() {
            return wat;
        }
    }

    static Stream<Arguments> slechteVerzoeken() {
        String groot = "a".repeat(20_000);
        return Stream.of(
                        new Slecht(
                                "onbekend pad",
                                "regisseur",
                                "GET",
                                "/api/v1/bestaat-niet",
                                null,
                                null,
                                Map.of(),
                                403,
                                "geen-toegang"),
                        new Slecht(
                                "onbekend pad, anoniem",
                                null,
                                "GET",
                                "/api/v1/bestaat-niet",
                                null,
                                null,
                                Map.of(),
                                401,
                                "niet-ingelogd"),
                        new Slecht(
                                "slash aan het eind (lijst)",
                                "regisseur",
                                "GET",
                                "/api/v1/samenwerkingen/",
                                null,
                                null,
                                Map.of(),
                                404,
                                "niet-gevonden"),
                        new Slecht(
                                "slash aan het eind (gemeenten)",
                                "regisseur",
                                "GET",
                                "/api/v1/gemeenten/",
                                null,
                                null,
                                Map.of(),
                                404,
                                "niet-gevonden"),
                        new Slecht(
                                "verkeerde methode (DELETE op de accountlijst)",
                                "beheerder",
                                "DELETE",
                                "/api/v1/accounts",
                                null,
                                null,
                                Map.of("X-Requested-With", "test"),
                                405,
                                "methode"),
                        new Slecht(
                                "verkeerde methode (PATCH op een account)",
                                "beheerder",
                                "PATCH",
                                "/api/v1/accounts/1",
                                "application/json",
                                "{}",
                                Map.of(),
                                405,
                                "methode"),
                        new Slecht(
                                "verkeerd mediatype",
                                "regisseur",
                                "POST",
                                "/api/v1/samenwerkingen",
                                "text/plain",
                                "titel",
                                Map.of(),
                                415,
                                "json-vereist"),
                        new Slecht(
                                "formulier in plaats van JSON",
                                "regisseur",
                                "POST",
                                "/api/v1/samenwerkingen",
                                "application/x-www-form-urlencoded",
                                "titel=x",
                                Map.of(),
                                415,
                                "json-vereist"),
                        new Slecht(
                                "niet aanvaardbaar (XML gevraagd)",
                                "regisseur",
                                "GET",
                                "/api/v1/samenwerkingen",
                                null,
                                null,
                                Map.of("Accept", "application/xml"),
                                406,
                                "niet-aanvaardbaar"),
                        new Slecht(
                                "kapotte JSON",
                                "regisseur",
                                "POST",
                                "/api/v1/samenwerkingen",
                                "application/json",
                                "{kapot",
                                Map.of(),
                                400,
                                "onleesbaar"),
                        new Slecht(
                                "pad-variabele van de verkeerde soort",
                                "regisseur",
                                "GET",
                                "/api/v1/samenwerkingen/abc",
                                null,
                                null,
                                Map.of(),
                                400,
                                "parameter"),
                        new Slecht(
                                "query-parameter van de verkeerde soort",
                                "regisseur",
                                "GET",
                                "/api/v1/samenwerkingen?pagina=twee",
                                null,
                                null,
                                Map.of(),
                                400,
                                "parameter"),
                        new Slecht(
                                "firewall: ..;",
                                "regisseur",
                                "GET",
                                "/api/v1/..;/samenwerkingen",
                                null,
                                null,
                                Map.of(),
                                400,
                                "adres-geweigerd"),
                        new Slecht(
                                "firewall: %2e%2e",
                                "regisseur",
                                "GET",
                                "/api/v1/%2e%2e/samenwerkingen",
                                null,
                                null,
                                Map.of(),
                                400,
                                "adres-geweigerd"),
                        new Slecht(
                                "firewall: puntkomma",
                                "regisseur",
                                "GET",
                                "/api/v1/samenwerkingen;x=1",
                                null,
                                null,
                                Map.of(),
                                400,
                                "adres-geweigerd"),
                        new Slecht(
                                "firewall: dubbele slash",
                                "regisseur",
                                "GET",
                                "/api/v1//samenwerkingen",
                                null,
                                null,
                                Map.of(),
                                400,
                                "adres-geweigerd"),
                        new Slecht(
                                "If-Match zonder aanhalingstekens",
                                "beheerder",
                                "PUT",
                                "/api/v1/accounts/1",
                                "application/json",
                                "{}",
                                Map.of("If-Match", "1"),
                                400,
                                "ongeldige-invoer"),
                        new Slecht(
                                "NUL in het pad (Tomcat)",
                                "regisseur",
                                "GET",
                                "/api/v1/samenwerkingen/%00",
                                null,
                                null,
                                Map.of(),
                                400,
                                "onleesbaar"),
                        new Slecht(
                                "gecodeerde slash in het pad (Tomcat)",
                                "regisseur",
                                "GET",
                                "/api/v1/samenwerkingen%2F1",
                                null,
                                null,
                                Map.of(),
                                400,
                                "onleesbaar"),
                        new Slecht(
                                "header te groot (Tomcat)",
                                "regisseur",
                                "GET",
                                "/api/v1/samenwerkingen",
                                null,
                                null,
                                Map.of("X-Vulling", groot),
                                400,
                                "onleesbaar"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slechteVerzoeken")
    void elkeFoutIsEenNederlandsProbleemMetDeBeveiligingsheaders(Slecht v) {
        Http http = v.gebruiker() == null ? Http.anoniem(port) : Http.api(port, v.gebruiker());
        Http.Antwoord a = http.send(v.methode(), v.pad(), v.contentType(), v.body(), v.headers());

        assertThat(a.status()).as(a.body()).isEqualTo(v.status());
        assertThat(a.header("Content-Type")).as(a.body()).startsWith("application/problem+json");
        JsonNode p = a.json();
        assertThat(p.path("status").asInt()).isEqualTo(v.status());
        assertThat(p.path("type").asString()).isEqualTo("https://samenspel.nl/problemen/" + v.soort());
        assertThat(p.path("title").asString())
                .isEqualTo(teksten.t("probleem." + v.soort() + ".titel"))
                .doesNotStartWith("probleem.");
        assertThat(p.path("detail").asString()).isNotBlank().doesNotStartWith("probleem.");
        // Nothing of Spring's own error body, never a stack trace.
        assertThat(p.has("timestamp") || p.has("error") || p.has("trace") || p.has("exception"))
                .isFalse();
        assertThat(a.body())
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("Whitelabel");
        beveiligingsheaders(a);
        assertThat(a.header("API-Version")).isEqualTo(ApiVersion.VERSIE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slechteVerzoeken")
    void vanDeParametersNoemtHetProbleemWelke(Slecht v) {
        if (!List.of("parameter", "ongeldige-invoer").contains(v.soort())) {
            return;
        }
        Http.Antwoord a =
                Http.api(port, v.gebruiker()).send(v.methode(), v.pad(), v.contentType(), v.body(), v.headers());
        JsonNode eerste = a.json().path("invalidParams").path(0);
        assertThat(eerste.path("name").asString()).isIn("id", "pagina", "If-Match");
        assertThat(eerste.path("reason").asString()).isNotBlank().doesNotContain("fout.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slechteVerzoeken")
    void eenVerkeerdeMethodeNoemtDeToegestane(Slecht v) {
        if (v.status() != 405) {
            return;
        }
        Http.Antwoord a =
                Http.api(port, v.gebruiker()).send(v.methode(), v.pad(), v.contentType(), v.body(), v.headers());
        assertThat(a.header("Allow")).contains("GET").doesNotContain(v.methode());
    }

    static void beveiligingsheaders(Http.Antwoord a) {
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(a.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(a.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(a.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(a.header("Cache-Control")).contains("no-store");
    }
}
