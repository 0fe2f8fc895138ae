package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SamenspelTest
class OpenApiTest {

    static final Pattern SEMVER = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    @LocalServerPort
    int port;

    @Test
    void beschrijvingIsOpenbaarGeldigeJsonMetApiVersieHeader() {
        Http.Antwoord antwoord = Http.anoniem(port).get("/api/v1/openapi.json");
        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.header("Content-Type")).startsWith("application/json");
        assertThat(antwoord.header(ApiVersion.HEADER)).isEqualTo(ApiVersion.VERSIE);
        JsonNode doc = antwoord.json();
        assertThat(doc.path("openapi").asString()).startsWith("3.");
    }

    @Test
    void infoNoemtTitelVersieContactLicentieEnEenNederlandseOmschrijving() {
        JsonNode info = Http.anoniem(port).get("/api/v1/openapi.json").json().path("info");
        assertThat(info.path("title").asString()).isNotBlank();
        assertThat(info.path("version").asString())
                .matches(SEMVER)
                .isEqualTo(ApiVersion.VERSIE)
                .isEqualTo("1.5.0");
        assertThat(info.path("contact").path("name").asString()).isNotBlank();
        assertThat(info.path("contact").path("url").asString()).startsWith("https://");
        assertThat(info.path("contact").path("email").asString()).contains("@");
        assertThat(info.path("license").path("name").asString()).isEqualTo("EUPL-1.2");
        assertThat(info.path("description").asString()).contains("gegevens", "wijzigen", "If-Match");
    }

    @Test
    void httpBasicIsHetBeveiligingsschema() {
        JsonNode doc = Http.anoniem(port).get("/api/v1/openapi.json").json();
        JsonNode schemas = doc.path("components").path("securitySchemes");
        assertThat(schemas.properties()).hasSize(1);
        JsonNode schema = schemas.properties().iterator().next().getValue();
        assertThat(schema.path("type").asString()).isEqualTo("http");
        assertThat(schema.path("scheme").asString()).isEqualTo("basic");
        assertThat(doc.path("security").toString())
                .contains(schemas.propertyNames().iterator().next());
    }
}
