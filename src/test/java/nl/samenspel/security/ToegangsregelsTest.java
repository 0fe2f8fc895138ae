package nl.samenspel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every controller endpoint of every module must be named by some access rule; the chain denies the rest,
 * so a forgotten rule would make an endpoint silently unreachable (or, with a too-broad rule, open).
 */
@SamenspelTest
class ToegangsregelsTest {

    /** What an endpoint without a method restriction must be reachable with. */
    private static final List<HttpMethod> ALLE_METHODEN =
            List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    record Endpoint(HttpMethod methode, String patroon) {
        @Override
        public String toString() {
            return methode.name() + " " + patroon;
        }
    }

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void elkEndpointVanElkeModuleHeeftEenToegangsregel() {
        List<Toegang> regels = SecurityConfig.alleRegels(context.getBeanProvider(ToegangsRegels.class));
        List<Endpoint> endpoints = alleEndpoints();

        assertThat(endpoints)
                .as("de endpoints van de applicatie")
                .hasSizeGreaterThan(10)
                .contains(
                        new Endpoint(HttpMethod.GET, "/api/v1/mij"),
                        new Endpoint(HttpMethod.POST, "/beheer/accounts/{id}/deblokkeren"),
                        new Endpoint(HttpMethod.GET, "/inloggen"));
        assertThat(zonderRegel(endpoints, regels))
                .as("endpoints zonder toegangsregel (voeg een Toegang toe in de ToegangsRegels van de module)")
                .isEmpty();
    }

    @Test
    void deControleVindtEenEndpointZonderPassendeRegel() {
        List<Toegang> regels =
                List.of(Toegang.rollen(HttpMethod.GET, "/beheer/dingen/**", Rol.BEHEERDER), Toegang.publiek("/open"));
        List<Endpoint> endpoints = List.of(
                new Endpoint(HttpMethod.GET, "/beheer/dingen/{id}"),
                new Endpoint(HttpMethod.POST, "/beheer/dingen/{id}"),
                new Endpoint(HttpMethod.DELETE, "/open"),
                new Endpoint(HttpMethod.GET, "/geheim/{*rest}"));

        assertThat(zonderRegel(endpoints, regels)).containsExactly("POST /beheer/dingen/{id}", "GET /geheim/{*rest}");
    }

    @Test
    void eenPadZonderRegelWordtGeweigerdVoorAnoniemEnIngelogd() {
        Http.Antwoord anoniemPagina = Http.anoniem(port).get("/niet-gedeclareerd", "text/html");
        assertThat(anoniemPagina.status()).isEqualTo(302);
        assertThat(anoniemPagina.header("Location")).endsWith("/inloggen");

        Http.Antwoord anoniemApi = Http.anoniem(port).get("/api/v1/niet-gedeclareerd");
        assertThat(anoniemApi.status()).isEqualTo(401);

        for (String gebruiker : List.of("beheerder", "regisseur")) {
            assertThat(Http.browser(port, gebruiker).get("/niet-gedeclareerd").status())
                    .as(gebruiker)
                    .isEqualTo(403);
            assertThat(Http.api(port, gebruiker)
                            .get("/api/v1/niet-gedeclareerd")
                            .status())
                    .as(gebruiker)
                    .isEqualTo(403);
            assertThat(Http.api(port, gebruiker)
                            .postJson("/api/v1/niet-gedeclareerd", "{}")
                            .status())
                    .as(gebruiker)
                    .isEqualTo(403);
        }
    }

    private List<Endpoint> alleEndpoints() {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        for (RequestMappingHandlerMapping mapping :
                context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methoden = info.getMethodsCondition().getMethods();
                List<HttpMethod> teControleren = methoden.isEmpty()
                        ? ALLE_METHODEN
                        : methoden.stream()
                                .map(m -> HttpMethod.valueOf(m.name()))
                                .toList();
                for (String patroon : info.getPatternValues()) {
                    teControleren.forEach(m -> endpoints.add(new Endpoint(m, patroon)));
                }
            }
        }
        return new ArrayList<>(endpoints);
    }

    /** The endpoints no rule matches, checked with the same matcher the filter chain builds. */
    static List<String> zonderRegel(List<Endpoint> endpoints, List<Toegang> regels) {
        List<RequestMatcher> matchers = regels.stream()
                .map(r -> r.methode() == null
                        ? PathPatternRequestMatcher.pathPattern(r.patroon())
                        : PathPatternRequestMatcher.pathPattern(r.methode(), r.patroon()))
                .map(RequestMatcher.class::cast)
                .toList();
        List<String> zonder = new ArrayList<>();
        for (Endpoint e : endpoints) {
            String pad = voorbeeldPad(e.patroon());
            boolean gedekt = matchers.stream()
                    .anyMatch(m ->
                            m.matches(new MockHttpServletRequest(e.methode().name(), pad)));
            if (!gedekt) {
                zonder.add(e.toString());
            }
        }
        return zonder;
    }

    /** A concrete path for a pattern: every variable gets a sample value. */
    static String voorbeeldPad(String patroon) {
        return patroon.replaceAll("\\{\\*[^}]+}", "voorbeeld/pad")
                .replaceAll("\\{[^}]+}", "1")
                .replace("**", "voorbeeld/pad")
                .replace("*", "voorbeeld");
    }
}
