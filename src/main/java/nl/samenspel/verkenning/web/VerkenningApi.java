package nl.samenspel.verkenning.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.verkenning.Afhankelijkheid;
import nl.samenspel.verkenning.AnalyseUitkomst;
import nl.samenspel.verkenning.Einddoel;
import nl.samenspel.verkenning.OntbrekendAntwoord;
import nl.samenspel.verkenning.PaarAnalyse;
import nl.samenspel.verkenning.Partij;
import nl.samenspel.verkenning.Positie;
import nl.samenspel.verkenning.PositieInvoer;
import nl.samenspel.verkenning.Richting;
import nl.samenspel.verkenning.Route;
import nl.samenspel.verkenning.RouteAdvies;
import nl.samenspel.verkenning.RouteInvoer;
import nl.samenspel.verkenning.SamenwerkingTaak;
import nl.samenspel.verkenning.TaakAnalyse;
import nl.samenspel.verkenning.TaakInvoer;
import nl.samenspel.verkenning.TaakRoute;
import nl.samenspel.verkenning.Taakveld;
import nl.samenspel.verkenning.Uitleg;
import nl.samenspel.verkenning.Verkenning;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tasks, positions and the mutual-need analysis of a samenwerking. Bodies are typed records bound by Jackson; a
 * wrong type gets a Dutch message naming the field path (see platform ApiProblemen), the rest is checked by
 * {@link Verkenning}.
 */
@RestController
@Tag(name = "Verkenning", description = "Taken, posities per partij en de behoefteanalyse")
class VerkenningApi {

    private final Verkenning verkenning;
    private final Samenwerkingen samenwerkingen;
    private final Teksten teksten;

    VerkenningApi(Verkenning verkenning, Samenwerkingen samenwerkingen, Teksten teksten) {
        this.verkenning = verkenning;
        this.samenwerkingen = samenwerkingen;
        this.teksten = teksten;
    }

    public record TaakveldJson(int jaar, String code, String naam, String hoofdtaakveld) {
        static @Nullable TaakveldJson van(@Nullable Taakveld t) {
            return t == null ? null : new TaakveldJson(t.geldigVanaf(), t.code(), t.naam(), t.hoofdtaakveld());
        }
    }

    public record TaakJson(
            long id,
            String naam,
            @Nullable String omschrijving,
            @Nullable TaakveldJson taakveld,
            long versie,

            @Schema(description = "De gekozen route, of (gekozen = false) het advies van de analyse")
            RouteJson route) {
        static TaakJson van(SamenwerkingTaak t, RouteJson route) {
            return new TaakJson(t.id(), t.naam(), t.omschrijving(), TaakveldJson.van(t.taakveld()), t.versie(), route);
        }
    }

    @Schema(
            description = "De route van een taak (gouden regel 5). gekozen = true: door de regisseur vastgelegd, met "
                    + "reden; gekozen = false: nog niets vastgelegd, dit is het advies van de analyse (route null "
                    + "zolang er antwoorden ontbreken). kopers, leverancier en vehikel alleen bij INKOPEN")
    public record RouteJson(
            @Schema(allowableValues = {"SAMENWERKEN", "INKOPEN", "NIET_SAMEN"}) @Nullable
            String route,

            boolean gekozen,
            List<String> kopers,
            @Nullable String leverancier,

            @Schema(allowableValues = {"DIENSTVERLENINGSOVEREENKOMST", "CENTRUMREGELING", "INKOOP"}) @Nullable
            String vehikel,

            @Nullable String reden,
            @Nullable String gewijzigdOp,
            @Nullable String gewijzigdDoor) {

        static RouteJson van(@Nullable TaakRoute r, @Nullable RouteAdvies advies) {
            if (r != null) {
                return new RouteJson(
                        r.route().name(),
                        true,
                        r.kopers(),
                        r.leverancier(),
                        r.vehikel() == null ? null : r.vehikel().name(),
                        r.reden(),
                        r.gewijzigdOp().toString(),
                        r.gewijzigdDoor());
            }
            Route route = advies == null ? null : advies.route();
            Partij leverancier = advies == null ? null : advies.leverancier();
            return new RouteJson(
                    route == null ? null : route.name(),
                    false,
                    advies == null
                            ? List.of()
                            : advies.kopers().stream().map(Partij::code).toList(),
                    leverancier == null ? null : leverancier.code(),
                    null,
                    null,
                    null,
                    null);
        }
    }

    @Schema(
            description = "De route die de partijen voor een taak kiezen, met reden. kopers, leverancier en vehikel "
                    + "alleen bij INKOPEN (anders 400). Wat GET teruggeeft, mag terug: alleen-lezen velden "
                    + "(gekozen, gewijzigdOp, gewijzigdDoor) worden genegeerd")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RouteInvoerJson(
            @Schema(
                    allowableValues = {"SAMENWERKEN", "INKOPEN", "NIET_SAMEN"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable
            String route,

            @Schema(description = "Gemeentecodes van de kopers", example = "[\"GM0312\"]") @Nullable
            List<@NotNull(message = "{fout.verplicht}") String> kopers,

            @Schema(example = "GM0355") @Nullable String leverancier,

            @Schema(allowableValues = {"DIENSTVERLENINGSOVEREENKOMST", "CENTRUMREGELING", "INKOOP"}) @Nullable
            String vehikel,

            @Schema(maxLength = Fouten.MAX_LANG, requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String reden) {

        RouteInvoer invoer() {
            return new RouteInvoer(route, kopers == null ? List.of() : kopers, leverancier, vehikel, reden);
        }
    }

    @Schema(description = "Een taak; taakveld als \"2023:0.61\" of alleen de code (dan de lijst van dit jaar)")
    public record TaakInvoerJson(
            @Schema(maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String naam,

            @Nullable String omschrijving,
            @Schema(example = "2023:0.61") @Nullable String taakveld) {

        TaakInvoer invoer() {
            return new TaakInvoer(naam, omschrijving, taakveld);
        }
    }

    /**
     * A task as PUT accepts it: also what GET returns (id and versie are ignored, taakveld may be the object GET
     * gives, of which only jaar and code count).
     */
    @Schema(
            description = "Een taak; taakveld als \"2023:0.61\", alleen de code, of het object zoals GET het geeft. "
                    + "Alleen-lezen velden (id, versie) worden genegeerd")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaakWijzigingJson(
            @Schema(maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String naam,

            @Nullable String omschrijving,
            @Nullable TaakveldVerwijzing taakveld) {

        TaakInvoer invoer() {
            return new TaakInvoer(naam, omschrijving, taakveld == null ? null : taakveld.tekst());
        }
    }

    /** A task field in a request: {@code "2023:0.61"}, {@code "0.61"} or {@code {"jaar": 2023, "code": "0.61"}}. */
    @Schema(oneOf = {String.class, TaakveldJson.class})
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaakveldVerwijzing(
            @Nullable Integer jaar, @Nullable String code) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public TaakveldVerwijzing(
                @JsonProperty("jaar") @Nullable Integer jaar, @JsonProperty("code") @Nullable String code) {
            this.jaar = jaar;
            this.code = code;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static TaakveldVerwijzing vanTekst(@Nullable String tekst) {
            return new TaakveldVerwijzing(null, tekst);
        }

        @Nullable
        String tekst() {
            return jaar == null || code == null ? code : jaar + ":" + code;
        }
    }

    /** One answer; the same shape in GET and PUT. */
    public record BehoefteJson(
            @Nullable Long taak,
            @Nullable String naar,
            @Nullable String sterkte,
            @Nullable String toelichting) {}

    public record KostenJson(
            @Nullable BigDecimal maximumPerJaar, @Nullable String eigenRuimte) {}

    public record PositieJson(
            String gemeente,
            @Nullable String watWillenWij,
            @Nullable String watWillenWijNiet,

            @Schema(description = "Het einddoel dat deze partij voor ogen heeft; null als het niet gekozen is")
            @Nullable
            Einddoel einddoel,

            @Nullable String einddoelToelichting,

            @Schema(description = "De einddoelen die deze partij in elk geval uitsluit")
            List<Einddoel> uitgeslotenEinddoelen,

            List<BehoefteJson> behoeften,
            KostenJson kosten,
            boolean gedeeld,
            @Nullable String gedeeldOp,
            long versie,
            String gewijzigdOp,
            String gewijzigdDoor,

            @Schema(
                    description = "true: de regisseur legde deze positie namens de gemeente vast en de gemeente heeft "
                            + "haar nog niet bevestigd of gewijzigd; tot dan is zij voorlopig")
            boolean vastgelegdNamens,

            @Schema(description = "Bij vastgelegdNamens: de naam van de regisseur die haar vastlegde") @Nullable
            String vastgelegdDoor,

            @Schema(description = "Bij vastgelegdNamens: wanneer de regisseur haar vastlegde") @Nullable
            String vastgelegdOp,

            @Schema(description = "true: de positie is van de gemeente zelf (door haar ingevuld of bevestigd)")
            boolean bevestigd) {
        static PositieJson van(Positie p, java.util.function.UnaryOperator<String> weergavenaam) {
            return new PositieJson(
                    p.gemeenteCode(),
                    p.watWillenWij(),
                    p.watWillenWijNiet(),
                    p.einddoel(),
                    p.einddoelToelichting(),
                    List.copyOf(p.uitgeslotenEinddoelen()),
                    p.behoeften().stream()
                            .map(b -> new BehoefteJson(
                                    b.taakId(), b.naar(), b.sterkte().name(), b.toelichting()))
                            .toList(),
                    new KostenJson(p.maximumPerJaar(), p.eigenRuimte()),
                    p.gedeeld(),
                    p.gedeeldOp() == null ? null : p.gedeeldOp().toString(),
                    p.versie(),
                    p.gewijzigdOp().toString(),
                    p.gewijzigdDoor(),
                    p.namens(),
                    p.vastgelegdDoor() == null ? null : weergavenaam.apply(p.vastgelegdDoor()),
                    p.vastgelegdOp() == null ? null : p.vastgelegdOp().toString(),
                    p.bevestigd());
        }
    }

    @Schema(
            description =
                    "Positie van een partij; alles mag (nog) leeg zijn. Wat GET teruggeeft, mag ongewijzigd terug: "
                            + "alleen-lezen velden (gemeente, gedeeldOp, versie, gewijzigdOp, gewijzigdDoor, vastgelegdDoor, "
                            + "vastgelegdOp, bevestigd) worden genegeerd")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PositieInvoerJson(
            @Nullable String watWillenWij,
            @Nullable String watWillenWijNiet,

            @Schema(
                    description = "Het einddoel dat deze partij voor ogen heeft; mag ontbreken",
                    allowableValues = {
                        "ZELFSTANDIG_BLIJVEN",
                        "AMBTELIJKE_SAMENWERKING",
                        "AMBTELIJKE_FUSIE",
                        "BESTUURLIJKE_FUSIE_OP_TERMIJN",
                        "NOG_OPEN"
                    })
            @Nullable
            String einddoel,

            @Nullable String einddoelToelichting,

            @ArraySchema(
                    arraySchema = @Schema(description = "Einddoelen die deze partij in elk geval uitsluit"),
                    schema =
                            @Schema(
                                    allowableValues = {
                                        "ZELFSTANDIG_BLIJVEN",
                                        "AMBTELIJKE_SAMENWERKING",
                                        "AMBTELIJKE_FUSIE",
                                        "BESTUURLIJKE_FUSIE_OP_TERMIJN",
                                        "NOG_OPEN"
                                    }))
            @Nullable
            List<@NotNull(message = "{fout.verplicht}") String> uitgeslotenEinddoelen,
            // An answer may not be null: without this, [null] reached the service as a 500.
            @Nullable List<@NotNull(message = "{fout.verplicht}") BehoefteJson> behoeften,
            @Nullable KostenJson kosten,
            @Nullable Boolean gedeeld,

            @Schema(
                    description =
                            "Alleen voor de regisseur, en dan verplicht true: de regisseur legt de positie namens "
                                    + "de gemeente vast (na een gesprek). Zij blijft gemarkeerd tot de gemeente haar bevestigt "
                                    + "of wijzigt; een positie die de gemeente zelf vastlegde of bevestigde, overschrijft de "
                                    + "regisseur niet (409)")
            @Nullable
            Boolean namens) {}

    public record PartijJson(String code, String naam) {
        static @Nullable PartijJson van(@Nullable Partij p) {
            return p == null ? null : new PartijJson(p.code(), p.naam());
        }
    }

    public record RichtingJson(
            String van, String naar, @Nullable String sterkte) {}

    public record PaarJson(
            String a,
            String b,
            String classificatie,
            String advies,
            @Nullable String koper,
            @Nullable String leverancier,
            String uitleg,

            @Schema(
                    description = "Alleen bij WEDERZIJDS: GELIJK als beide partijen elkaar even sterk nodig hebben, "
                            + "ONGELIJK als de een de ander sterk en de ander de een maar enigszins nodig heeft")
            @Nullable
            Afhankelijkheid afhankelijkheid,

            @Schema(description = "Alleen bij ONGELIJK: de partij die de ander sterk nodig heeft") @Nullable
            String meestAfhankelijk,

            @Schema(description = "Alleen bij ONGELIJK: de partij die de ander maar enigszins nodig heeft") @Nullable
            String minstAfhankelijk,

            @Schema(
                    description = "Partijen (codes) op wier nog niet bevestigde positie deze conclusie rust: de "
                            + "regisseur legde haar namens hen vast. Leeg: niets voorlopigs")
            List<String> voorlopigDoor,

            @Schema(description = "Bij voorlopigDoor: \"voorlopig: nog niet bevestigd door …\"") @Nullable
            String voorlopig) {}

    /** One party in the side-by-side view; the position fields are null when this reader may not read it. */
    public record NaastElkaarPartijJson(
            String gemeente,
            String naam,

            @Schema(
                    description =
                            "Of u de positie van deze partij mag lezen (zo niet: nog niet gedeeld of nog niet ingevuld)")
            boolean zichtbaar,

            boolean gedeeld,
            @Nullable String watWillenWij,
            @Nullable String watWillenWijNiet,
            @Nullable Einddoel einddoel,
            @Nullable String einddoelToelichting,
            List<Einddoel> uitgeslotenEinddoelen,

            @Schema(description = "Door de regisseur namens de gemeente vastgelegd en nog niet door haar bevestigd")
            boolean vastgelegdNamens) {}

    public record NaastElkaarJson(List<NaastElkaarPartijJson> partijen) {}

    public record SamenvattingJson(String patroon, List<String> uitleg) {}

    public record TaakAnalyseJson(
            long taak,
            String naam,
            List<RichtingJson> behoeften,
            List<PaarJson> paren,
            SamenvattingJson samenvatting,
            List<RichtingJson> ontbrekend,

            @Schema(description = "Partijen (codes) met een nog niet bevestigde positie die in deze taak meetelt")
            List<String> voorlopigDoor,

            @Schema(description = "Bij voorlopigDoor: \"voorlopig: nog niet bevestigd door …\"") @Nullable
            String voorlopig) {}

    public record AnalyseJson(
            List<PartijJson> partijen,
            List<TaakAnalyseJson> taken,

            @Schema(
                    description =
                            "Partijen waarvan u de positie niet mag lezen (nog niet gedeeld of nog niet ingevuld); "
                                    + "hun antwoorden tellen als ontbrekend")
            List<PartijJson> nietZichtbaar,

            @Schema(
                    description = "Partijen waarvan de positie door de regisseur namens hen is vastgelegd en nog niet "
                            + "bevestigd: wat op hun antwoorden rust, is voorlopig")
            List<PartijJson> voorlopig) {}

    // ---- taakvelden ----

    @Operation(
            summary = "Iv3-taakvelden",
            description = "De lijst die geldt in het gevraagde jaar (standaard dit jaar)")
    @GetMapping(path = "/api/v1/taakvelden", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TaakveldJson> taakvelden(@RequestParam(required = false) @Nullable Integer jaar) {
        int j = jaar == null ? Verkenning.huidigJaar() : Math.max(1900, Math.min(3000, jaar));
        return verkenning.taakvelden(j).stream().map(TaakveldJson::van).toList();
    }

    // ---- taken ----

    @Operation(
            summary = "Taken van een samenwerking",
            description =
                    "Alle taken die de partijen (willen) samen doen, met taakveld en omschrijving; voor wie de samenwerking mag zien")
    @GetMapping(path = "/api/v1/samenwerkingen/{id}/taken", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TaakJson> taken(@PathVariable long id) {
        Routes routes = routes(id);
        return verkenning.taken(id).stream()
                .map(t -> TaakJson.van(t, routes.van(t.id())))
                .toList();
    }

    /** The recorded routes and the analysis's advice (as the current user may see it) of one samenwerking. */
    private record Routes(Map<Long, TaakRoute> gekozen, Map<Long, RouteAdvies> advies) {
        RouteJson van(long taakId) {
            return RouteJson.van(gekozen.get(taakId), advies.get(taakId));
        }
    }

    private Routes routes(long id) {
        Map<Long, RouteAdvies> advies = new HashMap<>();
        verkenning.analyse(id).taken().forEach(t -> advies.put(t.taak().id(), RouteAdvies.van(t)));
        return new Routes(verkenning.routes(id), advies);
    }

    @Operation(summary = "Eén taak", description = "De ETag is de versie; stuur die mee in If-Match bij PUT en DELETE")
    @GetMapping(path = "/api/v1/samenwerkingen/{id}/taken/{taakId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TaakJson> taak(@PathVariable long id, @PathVariable long taakId) {
        SamenwerkingTaak t = verkenning.taak(id, taakId);
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(t.versie()))
                .body(TaakJson.van(t, routes(id).van(t.id())));
    }

    @Operation(
            summary = "Taak toevoegen",
            description = "Door de regisseur en ambtenaren/bestuurders van deelnemende gemeenten")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; Location en ETag in de headers")
    @PostMapping(
            path = "/api/v1/samenwerkingen/{id}/taken",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TaakJson> maakTaak(@PathVariable long id, @Valid @RequestBody TaakInvoerJson body) {
        SamenwerkingTaak t = verkenning.maakTaak(id, body.invoer());
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/taken/" + t.id()))
                .header(HttpHeaders.ETAG, Versie.etag(t.versie()))
                .body(TaakJson.van(t, routes(id).van(t.id())));
    }

    @Operation(
            summary = "Taak wijzigen",
            description = "Door de regisseur, of door ambtenaren/bestuurders van de gemeente die "
                    + "de taak toevoegde zolang geen andere partij haar beantwoordde (anders 403). If-Match verplicht (428 zonder, "
                    + "412 bij een oude versie); 409 als de samenwerking gearchiveerd is")
    @PutMapping(
            path = "/api/v1/samenwerkingen/{id}/taken/{taakId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TaakJson> wijzigTaak(
            @PathVariable long id,
            @PathVariable long taakId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody TaakWijzigingJson body) {
        SamenwerkingTaak huidig = verkenning.taak(id, taakId);
        long versie = Versie.uitIfMatch(ifMatch, huidig::versie);
        SamenwerkingTaak t = verkenning.wijzigTaak(id, taakId, versie, body.invoer());
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(t.versie()))
                .body(TaakJson.van(t, routes(id).van(t.id())));
    }

    @Operation(
            summary = "Taak verwijderen",
            description = "Wie de taak mag wijzigen (zie Taak wijzigen). If-Match verplicht; "
                    + "de antwoorden over deze taak in de posities vervallen")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping("/api/v1/samenwerkingen/{id}/taken/{taakId}")
    ResponseEntity<Void> verwijderTaak(
            @PathVariable long id,
            @PathVariable long taakId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        SamenwerkingTaak huidig = verkenning.taak(id, taakId);
        verkenning.verwijderTaak(id, taakId, Versie.uitIfMatch(ifMatch, huidig::versie));
        return ResponseEntity.noContent().build();
    }

    // ---- route per taak ----

    @Operation(
            summary = "Route van een taak",
            description = "De gekozen route, of het advies van de analyse zolang er niets is vastgelegd. De ETag is de "
                    + "versie van de taak; stuur die mee in If-Match bij PUT")
    @GetMapping(path = "/api/v1/samenwerkingen/{id}/taken/{taakId}/route", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RouteJson> route(@PathVariable long id, @PathVariable long taakId) {
        SamenwerkingTaak t = verkenning.taak(id, taakId);
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(t.versie()))
                .body(routes(id).van(taakId));
    }

    @Operation(
            summary = "Route van een taak vastleggen",
            description =
                    "Alleen door de regisseur van de samenwerking (anders 403). SAMENWERKEN, INKOPEN (met kopers, "
                            + "leverancier en vehikel) of NIET_SAMEN, altijd met een reden. If-Match met de versie van de taak "
                            + "verplicht (428 zonder, 412 bij een oude versie); 409 als de samenwerking gearchiveerd is")
    @PutMapping(
            path = "/api/v1/samenwerkingen/{id}/taken/{taakId}/route",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RouteJson> legRouteVast(
            @PathVariable long id,
            @PathVariable long taakId,
            @Parameter(description = "ETag van de taak uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody RouteInvoerJson body) {
        SamenwerkingTaak huidig = verkenning.taak(id, taakId);
        long versie = Versie.uitIfMatch(ifMatch, huidig::versie);
        SamenwerkingTaak t = verkenning.legRouteVast(id, taakId, versie, body.invoer());
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(t.versie()))
                .body(routes(id).van(taakId));
    }

    // ---- posities ----

    @Operation(
            summary = "Posities die u mag lezen",
            description = "Niet-gedeelde posities van anderen ontbreken gewoon")
    @GetMapping(path = "/api/v1/samenwerkingen/{id}/posities", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PositieJson> posities(@PathVariable long id) {
        return verkenning.leesbarePosities(id).stream()
                .map(p -> PositieJson.van(p, samenwerkingen::weergavenaam))
                .toList();
    }

    @Operation(
            summary = "Posities naast elkaar",
            description =
                    "Per partij wat zij wil, wat zij niet wil, haar einddoel en wat zij uitsluit. De regisseur ziet "
                            + "elke positie; anderen alleen de posities die zij mogen lezen (gedeeld, of van de eigen gemeente)")
    @GetMapping(path = "/api/v1/samenwerkingen/{id}/posities/naast-elkaar", produces = MediaType.APPLICATION_JSON_VALUE)
    NaastElkaarJson naastElkaar(@PathVariable long id) {
        Map<String, Positie> leesbaar = new LinkedHashMap<>();
        verkenning.leesbarePosities(id).forEach(p -> leesbaar.put(p.gemeenteCode(), p));
        List<NaastElkaarPartijJson> partijen = new ArrayList<>();
        for (Partij partij : verkenning.partijen(id)) {
            Positie p = leesbaar.get(partij.code());
            partijen.add(
                    p == null
                            ? new NaastElkaarPartijJson(
                                    partij.code(),
                                    partij.naam(),
                                    false,
                                    false,
                                    null,
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    false)
                            : new NaastElkaarPartijJson(
                                    partij.code(),
                                    partij.naam(),
                                    true,
                                    p.gedeeld(),
                                    p.watWillenWij(),
                                    p.watWillenWijNiet(),
                                    p.einddoel(),
                                    p.einddoelToelichting(),
                                    List.copyOf(p.uitgeslotenEinddoelen()),
                                    p.namens()));
        }
        return new NaastElkaarJson(partijen);
    }

    @Operation(
            summary = "Positie van een partij",
            description = "404 als zij niet bestaat of als u haar (nog) niet mag lezen")
    @GetMapping(
            path = "/api/v1/samenwerkingen/{id}/posities/{gemeentecode}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PositieJson> positie(@PathVariable long id, @PathVariable String gemeentecode) {
        Positie p = verkenning.positie(id, gemeentecode).orElseThrow(() -> new NietGevondenException("positie"));
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(p.versie()))
                .body(PositieJson.van(p, samenwerkingen::weergavenaam));
    }

    @Operation(
            summary = "Positie vastleggen",
            description =
                    "Door ambtenaren en bestuurders van die gemeente, of namens de gemeente door de regisseur "
                            + "(met namens = true; zonder namens krijgt de regisseur 400). "
                            + "De eerste PUT maakt de positie (201); daarna is If-Match verplicht (428 zonder, 412 bij een oude versie)")
    @ApiResponse(responseCode = "200", description = "Gewijzigd; de nieuwe ETag in de header")
    @ApiResponse(responseCode = "201", description = "Eerste keer vastgelegd; Location en ETag in de headers")
    @PutMapping(
            path = "/api/v1/samenwerkingen/{id}/posities/{gemeentecode}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PositieJson> bewaar(
            @PathVariable long id,
            @PathVariable String gemeentecode,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody PositieInvoerJson body) {
        // No If-Match creates the position; If-Match: * only matches one that exists (RFC 9110).
        Long versie = ifMatch == null || ifMatch.isBlank()
                ? null
                : Versie.uitIfMatch(
                        ifMatch,
                        () -> verkenning
                                .positie(id, gemeentecode)
                                .map(Positie::versie)
                                .orElseThrow(VersieConflictException::new));
        PositieInvoer invoer = positieInvoer(body);
        Verkenning.Opgeslagen o =
                verkenning.bewaarPositie(id, gemeentecode, versie, invoer, Boolean.TRUE.equals(body.namens()));
        ResponseEntity.BodyBuilder antwoord = o.nieuw()
                ? ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/posities/"
                        + o.positie().gemeenteCode()))
                : ResponseEntity.ok();
        return antwoord.header(HttpHeaders.ETAG, Versie.etag(o.positie().versie()))
                .body(PositieJson.van(o.positie(), samenwerkingen::weergavenaam));
    }

    @Operation(
            summary = "Positie bevestigen",
            description = "De gemeente bevestigt ongewijzigd de positie die de regisseur namens haar vastlegde; "
                    + "daarna is zij van de gemeente zelf. Alleen ambtenaren en bestuurders van die gemeente; "
                    + "If-Match verplicht (428 zonder, 412 bij een oude versie); 409 als er niets te bevestigen is")
    @ApiResponse(responseCode = "200", description = "Bevestigd; de nieuwe ETag in de header")
    @PostMapping(
            path = "/api/v1/samenwerkingen/{id}/posities/{gemeentecode}/bevestiging",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PositieJson> bevestig(
            @PathVariable long id,
            @PathVariable String gemeentecode,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        long versie = Versie.uitIfMatch(
                ifMatch,
                () -> verkenning
                        .positie(id, gemeentecode)
                        .map(Positie::versie)
                        .orElseThrow(() -> new NietGevondenException("positie")));
        Positie p = verkenning.bevestigPositie(id, gemeentecode, versie);
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(p.versie()))
                .body(PositieJson.van(p, samenwerkingen::weergavenaam));
    }

    private static PositieInvoer positieInvoer(PositieInvoerJson body) {
        Fouten fouten = new Fouten();
        @Nullable String maximum = null;
        KostenJson kosten = body.kosten();
        if (kosten != null && kosten.maximumPerJaar() != null) {
            // Exact: JSON fractions arrive as BigDecimal (see platform JsonInvoer), never as a rounded double.
            Bedrag.Uitkomst u = Bedrag.van(kosten.maximumPerJaar());
            if (u.gelukt()) {
                maximum = Bedrag.invoerTekst(Objects.requireNonNull(u.bedrag(), "a read amount"));
            } else {
                fouten.voeg(
                        "kosten.maximumPerJaar", Objects.requireNonNull(u.foutSleutel(), "a failed amount has a key"));
            }
        }
        List<PositieInvoer.BehoefteInvoer> behoeften = new ArrayList<>();
        List<BehoefteJson> lijst = body.behoeften() == null ? List.of() : body.behoeften();
        for (int i = 0; i < lijst.size() && i < 10_000; i++) {
            BehoefteJson b = lijst.get(i);
            behoeften.add(new PositieInvoer.BehoefteInvoer(
                    "behoeften[" + i + "]",
                    b.taak() == null ? null : String.valueOf(b.taak()),
                    b.naar(),
                    b.sterkte(),
                    b.toelichting()));
        }
        fouten.gooiAlsNietLeeg();
        return new PositieInvoer(
                body.watWillenWij(),
                body.watWillenWijNiet(),
                behoeften,
                maximum,
                kosten == null ? null : kosten.eigenRuimte(),
                body.gedeeld(),
                body.einddoel(),
                body.einddoelToelichting(),
                body.uitgeslotenEinddoelen());
    }

    // ---- analyse ----

    @Operation(
            summary = "Behoefteanalyse",
            description =
                    "Per taak wie wie nodig heeft, per paar de classificatie en het "
                            + "advies, de samenvatting en de ontbrekende antwoorden. Alleen antwoorden uit posities die u mag lezen tellen mee")
    @GetMapping(path = "/api/v1/samenwerkingen/{id}/behoefteanalyse", produces = MediaType.APPLICATION_JSON_VALUE)
    AnalyseJson analyse(@PathVariable long id) {
        AnalyseUitkomst u = verkenning.analyse(id);
        return new AnalyseJson(
                u.partijen().stream().map(PartijJson::van).toList(),
                u.taken().stream().map(t -> taakAnalyse(u, t)).toList(),
                u.nietZichtbaar().stream().map(PartijJson::van).toList(),
                u.voorlopig().stream().map(PartijJson::van).toList());
    }

    private @Nullable String voorlopig(List<Partij> partijen) {
        return partijen.isEmpty()
                ? null
                : teksten.t(
                        "verkenning.analyse.voorlopig",
                        String.join(", ", partijen.stream().map(Partij::naam).toList()));
    }

    private TaakAnalyseJson taakAnalyse(AnalyseUitkomst u, TaakAnalyse t) {
        List<RichtingJson> behoeften = t.richtingen().stream()
                .filter(r -> !r.ontbreekt())
                .map(VerkenningApi::richting)
                .toList();
        List<PaarJson> paren = t.paren().stream().map(p -> paar(u, p)).toList();
        SamenvattingJson samenvatting = new SamenvattingJson(
                t.samenvatting().patroon().name(),
                t.samenvatting().uitleg().stream().map(this::tekst).toList());
        List<RichtingJson> ontbrekend =
                t.ontbrekend().stream().map(VerkenningApi::ontbrekend).toList();
        List<Partij> voorlopig = u.voorlopig(t);
        return new TaakAnalyseJson(
                t.taak().id(),
                t.taak().naam(),
                behoeften,
                paren,
                samenvatting,
                ontbrekend,
                voorlopig.stream().map(Partij::code).toList(),
                voorlopig(voorlopig));
    }

    private PaarJson paar(AnalyseUitkomst u, PaarAnalyse p) {
        List<Partij> voorlopig = u.voorlopig(p);
        return new PaarJson(
                p.a().code(),
                p.b().code(),
                p.classificatie().name(),
                p.advies().name(),
                p.koper() == null ? null : p.koper().code(),
                p.leverancier() == null ? null : p.leverancier().code(),
                tekst(p.uitleg()),
                p.afhankelijkheid(),
                p.meestAfhankelijk() == null ? null : p.meestAfhankelijk().code(),
                p.minstAfhankelijk() == null ? null : p.minstAfhankelijk().code(),
                voorlopig.stream().map(Partij::code).toList(),
                voorlopig(voorlopig));
    }

    private static RichtingJson richting(Richting r) {
        // Only answered directions come here (filtered on ontbreekt()).
        return new RichtingJson(
                r.van().code(),
                r.naar().code(),
                Objects.requireNonNull(r.sterkte()).name());
    }

    private static RichtingJson ontbrekend(OntbrekendAntwoord o) {
        return new RichtingJson(o.van().code(), o.naar().code(), null);
    }

    private String tekst(Uitleg u) {
        return teksten.t(u.sleutel(), u.argumenten().toArray());
    }
}
