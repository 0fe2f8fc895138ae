package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SamenspelTest
class OpenApiTest {

    /** /api/v1, then kebab-case segments or {parameters}; no trailing slash. */
    static final Pattern PAD = Pattern.compile("/api/v1(/([a-z0-9]+(-[a-z0-9]+)*|\\{[a-zA-Z][a-zA-Z0-9]*\\}))*");
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
        assertThat(info.path("version").asString()).matches(SEMVER).isEqualTo(ApiVersion.VERSIE).isEqualTo("1.0.0");
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
        assertThat(doc.path("security").toString()).contains(schemas.propertyNames().iterator().next());
    }

    @Test
    void elkPadBegintMetApiV1IsKebabCaseEnEindigtNietOpEenSlash() {
        JsonNode paden = Http.anoniem(port).get("/api/v1/openapi.json").json().path("paths");
        List<String> fout = new ArrayList<>();
        for (String pad : paden.propertyNames()) {
            if (!PAD.matcher(pad).matches()) {
                fout.add(pad);
            }
        }
        assertThat(fout).as("paden die niet aan de API-regels voldoen").isEmpty();
    }

    @Test
    void padregelHerkentFouteVormen() {
        assertThat(PAD.matcher("/api/v1/samenwerkingen/{id}/partijen").matches()).isTrue();
        assertThat(PAD.matcher("/api/v1/mij").matches()).isTrue();
        assertThat(PAD.matcher("/api/v1/gemeenschappelijke-regelingen").matches()).isTrue();
        assertThat(PAD.matcher("/api/v1/samenwerkingen/").matches()).isFalse();
        assertThat(PAD.matcher("/api/v1/samenWerkingen").matches()).isFalse();
        assertThat(PAD.matcher("/api/v1/samen_werkingen").matches()).isFalse();
        assertThat(PAD.matcher("/api/v2/samenwerkingen").matches()).isFalse();
        assertThat(PAD.matcher("/samenwerkingen").matches()).isFalse();
    }
}
