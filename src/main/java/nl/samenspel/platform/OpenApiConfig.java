package nl.samenspel.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description of the API served at /api/v1/openapi.json; the operations come from the controllers and
 * {@link ApiRegels} adds what the Logius API Design Rules ask of every operation. The one server is the API root
 * ({@code samenspel.api.url}, by default this instance's https address with /api/v1, see {@link #apiWortel}); paths are
 * relative to it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BASIC = "basic";

    /**
     * Without {@code samenspel.api.url} the server is this instance's own address as the client reached it (behind
     * the proxy: its public name, ADR 0004), always https and ending in /api/v1: the NL API Design Rules ask for an
     * https server that includes the major version ({@code servers-use-https}, {@code include-major-version-in-uri}).
     */
    @Bean
    ServerBaseUrlCustomizer apiWortel() {
        return (basis, request) ->
                "https://" + basis.replaceFirst("^[a-zA-Z]+://", "").replaceAll("/+$", "") + ApiRegels.BASIS;
    }

    @Bean
    OpenAPI samenspelOpenApi(@Value("${samenspel.api.url:}") String apiUrl) {
        OpenAPI api = new OpenAPI();
        if (!apiUrl.isBlank()) {
            api.addServersItem(new Server().url(apiUrl).description("Samenspel API, versie 1"));
        }
        return api.info(new Info()
                        .title("Samenspel API")
                        .version(ApiVersion.VERSIE)
                        .description("""
                                Met de API van Samenspel lezen en wijzigen scripts en andere systemen dezelfde \
                                gegevens als de gebruikers in het scherm: gemeenten, samenwerkingen, partijen en \
                                afspraken. Elke aanvraag logt in met HTTP Basic; de rechten zijn die van het account. \
                                Wijzigen (PUT, PATCH, DELETE en de faseovergang) vraagt een If-Match-header met de ETag uit de laatste \
                                GET, zodat niemand ongemerkt het werk van een ander overschrijft. Fouten komen terug \
                                als application/problem+json met een Nederlandse uitleg; lijsten zijn gepagineerd \
                                en noemen het totaal.""")
                        .contact(new Contact()
                                .name("Samenspel-beheer")
                                .url("https://github.com/samenspel/samenspel")
                                .email("beheer@samenspel.nl"))
                        .license(new License()
                                .name("EUPL-1.2")
                                .identifier("EUPL-1.2")
                                .url("https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Gebruikersnaam en wachtwoord van een Samenspel-account.")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
