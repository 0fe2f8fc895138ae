package nl.samenspel.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The generated OpenAPI document against the Logius API Design Rules (the rules the ADR linter checks), for every
 * operation, so that a new endpoint that forgets one fails here. Each test lists all offenders at once.
 */
@SamenspelTest
class OpenApiRegelsTest {

    /**
     * Paths relative to the server: kebab-case segments or {camelCase} parameters, no trailing slash; a file feed may
     * end in its extension (issue 14: the iCalendar feeds end in ".ics", as calendar clients expect).
     */
    static final Pattern PAD = Pattern.compile("(/([a-z0-9]+(-[a-z0-9]+)*|\\{[a-z][a-zA-Z0-9]*\\}))+(\\.ics)?");

    static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** The API root, absolute with https or relative; the major version in it, no trailing slash. */
    static final Pattern SERVER = Pattern.compile("(https://[a-z0-9.-]+(:\\d+)?)?/api/v1");

    static final Set<String> METHODEN = Set.of("get", "post", "put", "patch", "delete");
    static final Set<String> SCHRIJVEN = Set.of("post", "put", "patch", "delete");

    /** Errors every operation can answer: bad input, no login, no access, Accept, login throttle, failures. */
    static final List<String> ALTIJD = List.of("400", "401", "403", "406", "429", "500", "503");

    @LocalServerPort
    int port;

    JsonNode doc;

    @BeforeEach
    void laad() {
        doc = Http.anoniem(port).get("/api/v1/openapi.json").json();
    }

    @Test
    void deServerIsDeApiRootMetDeHoofdversieEnDePadenZijnDaaraanRelatief() {
        JsonNode servers = doc.path("servers");
        assertThat(servers.size()).isEqualTo(1);
        String url = servers.get(0).path("url").asString();
        // https (servers-use-https) with the major version (include-major-version-in-uri), at the address the
        // client used: behind the proxy that is the public name.
        assertThat(url).matches(SERVER).isEqualTo("https://localhost:" + port + "/api/v1");

        List<String> fout = new ArrayList<>();
        for (String pad : doc.path("paths").propertyNames()) {
            if (!PAD.matcher(pad).matches() || pad.startsWith("/api/")) {
                fout.add(pad);
            }
        }
        assertThat(fout)
                .as("paden niet relatief aan " + url + ", niet kebab-case of met een slash aan het eind")
                .isEmpty();
        assertThat(doc.path("paths").has("/samenwerkingen")).isTrue();
    }

    @Test
    void padregelHerkentFouteVormen() {
        assertThat(PAD.matcher("/samenwerkingen/{id}/fase-overgangen").matches())
                .isTrue();
        assertThat(PAD.matcher("/samenwerkingen/{id}/taken/{taakId}").matches()).isTrue();
        assertThat(PAD.matcher("/samenwerkingen/").matches()).isFalse();
        assertThat(PAD.matcher("/samenWerkingen").matches()).isFalse();
        assertThat(PAD.matcher("/samen_werkingen").matches()).isFalse();
        assertThat(PAD.matcher("/samenwerkingen/{taak_id}").matches()).isFalse();
        assertThat(SERVER.matcher("/api/v1").matches()).isTrue();
        assertThat(SERVER.matcher("https://samenspel.example.nl/api/v1").matches())
                .isTrue();
        assertThat(SERVER.matcher("http://localhost:8080").matches()).isFalse();
        assertThat(SERVER.matcher("http://samenspel.example.nl/api/v1").matches())
                .isFalse();
        assertThat(SERVER.matcher("/api/v1/").matches()).isFalse();
    }

    @Test
    void elkeOperatieHeeftEenOmschrijvingEenBekendeTagEnEenUniekeOperationIdInCamelCase() {
        Set<String> tags = new HashSet<>();
        doc.path("tags").forEach(t -> {
            assertThat(t.path("description").asString())
                    .as("omschrijving van tag " + t.path("name"))
                    .isNotBlank();
            tags.add(t.path("name").asString());
        });
        Set<String> ids = new HashSet<>();
        List<String> fout = new ArrayList<>();
        perOperatie((naam, op) -> {
            if (op.path("summary").asString().isBlank()
                    || op.path("description").asString().isBlank()) {
                fout.add(naam + ": samenvatting of omschrijving ontbreekt");
            }
            if (op.path("tags").isEmpty()) {
                fout.add(naam + ": geen tag");
            }
            op.path("tags").forEach(t -> {
                if (!tags.contains(t.asString())) {
                    fout.add(naam + ": tag " + t.asString() + " staat niet in de lijst met tags");
                }
            });
            String id = op.path("operationId").asString();
            if (!CAMEL_CASE.matcher(id).matches()) {
                fout.add(naam + ": operationId '" + id + "' is geen camelCase");
            }
            if (!ids.add(id)) {
                fout.add(naam + ": operationId '" + id + "' komt vaker voor");
            }
        });
        assertThat(fout).isEmpty();
        assertThat(ids).hasSizeGreaterThan(40);
    }

    @Test
    void alleenDeGewoneHttpMethodenEnElkeOperatieHeeftEenSuccesantwoord() {
        List<String> fout = new ArrayList<>();
        doc.path("paths")
                .properties()
                .forEach(pad -> pad.getValue().propertyNames().forEach(methode -> {
                    if (!METHODEN.contains(methode) && !methode.equals("parameters")) {
                        fout.add(methode.toUpperCase(Locale.ROOT) + " " + pad.getKey());
                    }
                }));
        perOperatie((naam, op) -> {
            if (op.path("responses").propertyNames().stream().noneMatch(s -> s.startsWith("2"))) {
                fout.add(naam + ": geen 2xx-antwoord");
            }
        });
        assertThat(fout).isEmpty();
    }

    @Test
    void elkSuccesantwoordNoemtDeApiVersionHeader() {
        JsonNode header = doc.path("components").path("headers").path(ApiVersion.HEADER);
        assertThat(header.path("description").asString()).isNotBlank();
        assertThat(header.path("schema").path("type").asString()).isEqualTo("string");
        List<String> fout = new ArrayList<>();
        perAntwoord((naam, status, antwoord) -> {
            if (status.startsWith("2") || status.startsWith("3")) {
                JsonNode h = antwoord.path("headers").path(ApiVersion.HEADER);
                String ref = h.path("$ref").asString();
                boolean goed = ref.equals("#/components/headers/" + ApiVersion.HEADER)
                        || h.path("schema").isObject()
                                && !h.path("description").asString().isBlank();
                if (!goed) {
                    fout.add(naam + " " + status);
                }
            }
        });
        assertThat(fout).as("succesantwoorden zonder " + ApiVersion.HEADER).isEmpty();
    }

    @Test
    void elkFoutantwoordIsProblemJsonMetHetGedeeldeSchemaEnEenOmschrijving() {
        List<String> fout = new ArrayList<>();
        perAntwoord((naam, status, antwoord) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                JsonNode content = antwoord.path("content");
                if (content.size() != 1
                        || !content.path("application/problem+json")
                                .path("schema")
                                .path("$ref")
                                .asString()
                                .equals("#/components/schemas/Probleem")) {
                    fout.add(naam + " " + status + ": " + content.propertyNames());
                }
                if (antwoord.path("description").asString().isBlank()) {
                    fout.add(naam + " " + status + ": geen omschrijving");
                }
            }
        });
        assertThat(fout).isEmpty();

        JsonNode probleem = doc.path("components").path("schemas").path("Probleem");
        assertThat(probleem.path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "invalidParams");
        assertThat(probleem.path("properties").path("status").path("type").asString())
                .isEqualTo("integer");
        String parameter = probleem.path("properties")
                .path("invalidParams")
                .path("items")
                .path("$ref")
                .asString();
        JsonNode ongeldig =
                doc.path("components").path("schemas").path(parameter.substring(parameter.lastIndexOf('/') + 1));
        assertThat(ongeldig.path("properties").propertyNames()).contains("name", "reason");
    }

    @Test
    void elkeOperatieNoemtDeFoutenDieDeApiEchtGeeft() {
        List<String> fout = new ArrayList<>();
        perOperatie((naam, op) -> {
            String methode = naam.substring(0, naam.indexOf(' ')).toLowerCase(Locale.ROOT);
            Set<String> nodig = new TreeSet<>(ALTIJD);
            if (SCHRIJVEN.contains(methode)) {
                nodig.add("409");
            }
            if (op.has("requestBody")) {
                nodig.add("415");
            }
            boolean ifMatch = false;
            for (JsonNode p : op.path("parameters")) {
                ifMatch |= p.path("in").asString().equals("header")
                        && p.path("name").asString().equalsIgnoreCase("If-Match");
            }
            if (ifMatch) {
                nodig.addAll(List.of("412", "428"));
            }
            if (naam.contains("{")) {
                nodig.add("404");
            }
            nodig.removeAll(op.path("responses").propertyNames());
            if (!nodig.isEmpty()) {
                fout.add(naam + " mist " + nodig);
            }
        });
        assertThat(fout).isEmpty();
    }

    @Test
    void ietsMetIfMatchIsEenSchrijfoperatie() {
        // Guards the If-Match rule above against a document in which the header got lost everywhere.
        List<String> metIfMatch = new ArrayList<>();
        perOperatie((naam, op) -> op.path("parameters").forEach(p -> {
            if (p.path("name").asString().equals("If-Match")) {
                metIfMatch.add(naam);
            }
        }));
        // The phase change is a POST (it records a transition) that changes the samenwerking: it needs its ETag too.
        assertThat(metIfMatch)
                .contains(
                        "PUT /samenwerkingen/{id}",
                        "DELETE /samenwerkingen/{id}/taken/{taakId}",
                        "POST /samenwerkingen/{id}/fase")
                .allMatch(n ->
                        n.startsWith("PUT") || n.startsWith("DELETE") || n.startsWith("PATCH") || n.startsWith("POST"));
    }

    @Test
    void eigenschappenVanSchemasZijnCamelCase() {
        List<String> fout = new ArrayList<>();
        doc.path("components").path("schemas").properties().forEach(s -> eigenschappen(s.getKey(), s.getValue(), fout));
        assertThat(fout).isEmpty();
    }

    @Test
    void deSamenwerkingWijzigingNeemtOokGemeentenAlsObjectenZoalsGetZeGeeft() {
        JsonNode items = doc.path("components")
                .path("schemas")
                .path("WijzigingJson")
                .path("properties")
                .path("gemeenten")
                .path("items");
        if (items.has("$ref")) {
            items = doc.path("components")
                    .path("schemas")
                    .path(items.path("$ref").asString().replace("#/components/schemas/", ""));
        }
        assertThat(items.path("oneOf").findValuesAsString("$ref"))
                .as(items.toString())
                .contains("#/components/schemas/GemeenteJson");
        assertThat(items.path("oneOf").findValuesAsString("type"))
                .as(items.toString())
                .contains("string");
    }

    private static void eigenschappen(String pad, JsonNode schema, List<String> fout) {
        if (!schema.isObject()) {
            return;
        }
        schema.path("properties").properties().forEach(e -> {
            if (!CAMEL_CASE.matcher(e.getKey()).matches()) {
                fout.add(pad + "." + e.getKey());
            }
            eigenschappen(pad + "." + e.getKey(), e.getValue(), fout);
        });
        eigenschappen(pad + "[]", schema.path("items"), fout);
    }

    private interface PerAntwoord {
        void met(String operatie, String status, JsonNode antwoord);
    }

    private void perOperatie(BiConsumer<String, JsonNode> actie) {
        for (Map.Entry<String, JsonNode> pad : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : pad.getValue().properties()) {
                if (METHODEN.contains(op.getKey())) {
                    actie.accept(op.getKey().toUpperCase(Locale.ROOT) + " " + pad.getKey(), op.getValue());
                }
            }
        }
    }

    private void perAntwoord(PerAntwoord actie) {
        perOperatie((naam, op) ->
                op.path("responses").properties().forEach(a -> actie.met(naam, a.getKey(), a.getValue())));
    }
}
