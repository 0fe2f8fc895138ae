package nl.samenspel.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Brings the generated OpenAPI document in line with the Logius API Design Rules, centrally, so that a new
 * endpoint cannot forget them: paths relative to the server {@code /api/v1}, the {@code API-Version} header on
 * every 2xx/3xx response, and every error the API really answers declared as {@code application/problem+json}
 * with the shared {@value #PROBLEEM} schema. What an operation says itself (its description of a 409, say) stays.
 */
@Component
class ApiRegels implements OpenApiCustomizer {

    static final String BASIS = "/api/v1";
    static final String PROBLEEM = "Probleem";
    static final String ONGELDIGE_PARAMETER = "OngeldigeParameter";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    /** Errors every operation can answer: bad input, login, access, content negotiation, throttling, outages. */
    static final List<Integer> ALTIJD = List.of(400, 401, 403, 406, 429, 500, 503);
    /** Extra errors of every write (POST, PUT, PATCH, DELETE): a state that forbids it, such as an archive. */
    static final List<Integer> SCHRIJVEN = List.of(409);
    /** Extra errors of an operation with a request body. */
    static final List<Integer> MET_INHOUD = List.of(415);
    /** Extra errors of an operation guarded by If-Match (ADR 0005). */
    static final List<Integer> MET_IF_MATCH = List.of(412, 428);
    /** Extra errors of a path with an identifier. */
    static final List<Integer> MET_ID = List.of(404);

    private static final Map<Integer, String> OMSCHRIJVING = Map.ofEntries(
            Map.entry(400, "Ongeldige invoer; invalidParams noemt elk veld met de reden. Er is niets opgeslagen"),
            Map.entry(401, "Niet ingelogd: HTTP Basic met een geldig account is nodig"),
            Map.entry(403, "Dit account mag dit niet"),
            Map.entry(404, "Bestaat niet, of u mag het niet zien"),
            Map.entry(406, "De gevraagde Accept-soort kan de API niet leveren; vraag application/json"),
            Map.entry(409, "Kan niet in de huidige toestand, bijvoorbeeld omdat de samenwerking gearchiveerd is"),
            Map.entry(412, "De If-Match-versie is verouderd: iemand anders wijzigde intussen; haal opnieuw op"),
            Map.entry(415, "De inhoud moet application/json zijn"),
            Map.entry(428, "If-Match met de ETag uit de laatste GET ontbreekt"),
            Map.entry(429, "Te vaak een verkeerd wachtwoord; Retry-After zegt hoe lang u moet wachten"),
            Map.entry(500, "Onverwachte fout; er is niets half opgeslagen"),
            Map.entry(503, "Tijdelijk niet beschikbaar, bijvoorbeeld omdat de database niet bereikbaar is"));

    private static final Set<PathItem.HttpMethod> SCHRIJFMETHODEN = Set.of(
            PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addHeaders(
                ApiVersion.HEADER,
                new Header()
                        .description("De volledige versie (semver) van de API die antwoordt")
                        .schema(new StringSchema().example(ApiVersion.VERSIE)));
        components.addSchemas(ONGELDIGE_PARAMETER, ongeldigeParameter());
        components.addSchemas(PROBLEEM, probleem());

        Paths relatief = new Paths();
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((pad, item) -> {
                relatief.addPathItem(pad.startsWith(BASIS + "/") ? pad.substring(BASIS.length()) : pad, item);
                item.readOperationsMap().forEach((methode, operatie) -> vulAan(pad, methode, operatie));
            });
        }
        openApi.setPaths(relatief);
    }

    private static void vulAan(String pad, PathItem.HttpMethod methode, Operation operatie) {
        ApiResponses antwoorden = operatie.getResponses() == null ? new ApiResponses() : operatie.getResponses();
        operatie.setResponses(antwoorden);
        TreeMap<Integer, String> fouten = new TreeMap<>();
        ALTIJD.forEach(s -> fouten.put(s, OMSCHRIJVING.get(s)));
        if (SCHRIJFMETHODEN.contains(methode)) {
            SCHRIJVEN.forEach(s -> fouten.put(s, OMSCHRIJVING.get(s)));
        }
        if (operatie.getRequestBody() != null) {
            MET_INHOUD.forEach(s -> fouten.put(s, OMSCHRIJVING.get(s)));
        }
        if (heeftIfMatch(operatie)) {
            MET_IF_MATCH.forEach(s -> fouten.put(s, OMSCHRIJVING.get(s)));
        }
        if (pad.contains("{")) {
            MET_ID.forEach(s -> fouten.put(s, OMSCHRIJVING.get(s)));
        }
        fouten.forEach((status, omschrijving) ->
                antwoorden.putIfAbsent(String.valueOf(status), new ApiResponse().description(omschrijving)));

        // Keep the declared order but sort so that success comes first, then the errors by status.
        Map<String, ApiResponse> gesorteerd = new TreeMap<>(antwoorden);
        antwoorden.clear();
        gesorteerd.forEach((status, antwoord) -> {
            if (status.startsWith("2") || status.startsWith("3")) {
                antwoord.addHeaderObject(
                        ApiVersion.HEADER, new Header().$ref("#/components/headers/" + ApiVersion.HEADER));
            } else if (status.startsWith("4") || status.startsWith("5")) {
                if (antwoord.getDescription() == null
                        || antwoord.getDescription().isBlank()) {
                    antwoord.setDescription(OMSCHRIJVING.getOrDefault(Integer.parseInt(status), "Fout"));
                }
                antwoord.setContent(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEEM))));
            }
            antwoorden.addApiResponse(status, antwoord);
        });
    }

    private static boolean heeftIfMatch(Operation operatie) {
        List<Parameter> parameters = operatie.getParameters();
        return parameters != null
                && parameters.stream()
                        .anyMatch(
                                p -> "header".equals(p.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()));
    }

    /** RFC 9457 problem details as {@link Problemen} writes them. */
    private static Schema<?> probleem() {
        Map<String, Schema> eigenschappen = new LinkedHashMap<>();
        eigenschappen.put(
                "type",
                new StringSchema()
                        .format("uri")
                        .description("De soort probleem")
                        .example("https://samenspel.nl/problemen/niet-gevonden"));
        eigenschappen.put("title", new StringSchema().description("Korte Nederlandse titel van de soort probleem"));
        eigenschappen.put(
                "status",
                new IntegerSchema()
                        .format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599))
                        .description("De HTTP-status"));
        eigenschappen.put("detail", new StringSchema().description("Nederlandse uitleg van dit geval"));
        eigenschappen.put("instance", new StringSchema().format("uri").description("Het gevraagde pad"));
        eigenschappen.put(
                "invalidParams",
                new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/" + ONGELDIGE_PARAMETER))
                        .description("Bij 400: elk ongeldig veld, elke ongeldige parameter of header met de reden"));
        eigenschappen.put(
                "ontbreekt",
                new ArraySchema()
                        .items(new StringSchema())
                        .description("Bij 409 van een fase of de vormstap: wat er nog ontbreekt"));
        ObjectSchema schema = new ObjectSchema();
        schema.description("Foutmelding volgens RFC 9457 (application/problem+json)");
        schema.setProperties(eigenschappen);
        schema.setRequired(List.of("type", "title", "status"));
        return schema;
    }

    private static Schema<?> ongeldigeParameter() {
        ObjectSchema schema = new ObjectSchema();
        schema.description("Eén ongeldig veld, één ongeldige parameter of header");
        schema.addProperty(
                "name",
                new StringSchema()
                        .description("Het pad van het veld, bv. doelen[0].tekst")
                        .example("titel"));
        schema.addProperty(
                "reason", new StringSchema().description("Nederlandse reden").example("Vul een titel in."));
        schema.setRequired(List.of("name", "reason"));
        return schema;
    }
}
