package nl.samenspel.stappen.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.gemeente.GemeenteCode;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.OngeldigeInvoerException;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Versie;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.stappen.*;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
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
 * {@code /api/v1/samenwerkingen/{id}/stappen/{stap}}, the tension register {@code …/spanningen} and practice
 * samenwerkingen {@code /api/v1/oefensamenwerkingen}. Bodies are typed records bound by Jackson (a wrong type is a
 * 400 naming the field path, see platform ApiProblemen); what they mean is checked by {@link Stappen}.
 */
@RestController
@Tag(name = "Stappen", description = "De stappen wat, hoe, spanningen, vanzelfdynamiek en vorm; de poort naar de vorm")
class StappenApi {

    private static final String BASIS = "/api/v1/samenwerkingen/{id}";

    private final Stappen stappen;
    private final Oefenmodus oefenmodus;
    private final Teksten teksten;

    StappenApi(Stappen stappen, Oefenmodus oefenmodus, Teksten teksten) {
        this.stappen = stappen;
        this.oefenmodus = oefenmodus;
        this.teksten = teksten;
    }

    /**
     * A party marked the step as discussed ("ambtelijk besproken"). verouderd: the step's content changed afterwards;
     * the mark does not count (not in besproken for the gate, listed in nogNietBesproken) until it is given again.
     */
    public record BesprokenJson(
            String gemeente,
            String door,
            String op,
            boolean verouderd,

            @Schema(
                    description =
                            "Vastgelegd door de regisseur (door) namens de gemeente, nog niet door de gemeente bevestigd")
            boolean namens) {}

    /**
     * Optional body of a discussed-mark. Left out (or {}): staff of a party mark the step for their own
     * municipality (a mark the regisseur recorded on its behalf is thereby confirmed). The regisseur records a mark
     * on behalf of a party after a meeting with it: {"gemeente": "GM0321", "namens": true}. revisie: the step's
     * content revision the mark is about (left out: the current one; another: 412).
     */
    public record BesprokenInvoerJson(
            @Schema(example = "GM0321") @Nullable String gemeente,
            @Nullable Boolean namens,
            @Nullable Long revisie) {}

    /** A municipality's deciding body decided on the step ("bestuurlijk vastgesteld"); the latest per party. */
    public record VaststellingJson(
            String gemeente,
            @Schema(example = "COLLEGE") String orgaan,
            String orgaanNaam,
            @Schema(example = "2019-03-14") String datum,
            String referentie,
            String door,
            String op,
            boolean verouderd) {}

    /** The last change of the step's content: what, by whom, when. */
    public record WijzigingJson(String wat, String door, String op) {}

    /**
     * The state of a step: has content, who discussed it (current and outdated marks), who not yet (no current
     * mark), open or closed, the latest decision per party, the content revision and its last change.
     */
    public record StandJson(
            String stap,
            String naam,
            boolean inhoud,
            boolean open,
            List<BesprokenJson> besproken,
            List<String> nogNietBesproken,
            List<VaststellingJson> vaststellingen,
            List<String> verouderd,
            long revisie,
            @Nullable WijzigingJson laatsteWijziging) {}

    /**
     * A decision of a municipality's deciding body. gemeente: its code (left out: the user's own); orgaan:
     * COLLEGE, BURGEMEESTER or RAAD; datum: left out = today, never in the future; referentie: a decision number
     * or a link; revisie: the step's revision the decision is about (left out: the current one; another: 412).
     */
    public record VaststellingInvoerJson(
            @Schema(example = "GM0355") @Nullable String gemeente,
            @Schema(example = "COLLEGE") @Nullable String orgaan,
            @Schema(example = "2019-03-14") java.time.@Nullable LocalDate datum,

            @Schema(example = "Collegebesluit 2019/123") @Nullable
            String referentie,

            @Nullable Long revisie) {}

    /** A goal; id and versie are read-only (ignored in PUT), so what GET returns may go back as it is. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DoelJson(
            @Schema(accessMode = Schema.AccessMode.READ_ONLY) @Nullable
            Long id,

            @Schema(example = "DOEL") @Nullable String soort,
            @Nullable String tekst,
            @Schema(example = "GM0355") @Nullable String bronGemeente,

            @Schema(accessMode = Schema.AccessMode.READ_ONLY) @Nullable
            Long versie) {

        Invoer.DoelInvoer invoer() {
            return new Invoer.DoelInvoer(soort, tekst, bronGemeente);
        }
    }

    public record WerkwijzeJson(
            @Nullable String wieDoetWat,
            @Nullable String afsprakenMaken,
            @Nullable String levering,
            @Nullable String sturing,
            @Nullable String bijsturing) {

        Invoer.WerkwijzeInvoer invoer() {
            return new Invoer.WerkwijzeInvoer(wieDoetWat, afsprakenMaken, levering, sturing, bijsturing);
        }
    }

    /** An item of the vanzelfdynamiek step; id and versie are read-only (ignored in PUT). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DynamiekJson(
            @Schema(accessMode = Schema.AccessMode.READ_ONLY) @Nullable
            Long id,

            @Schema(example = "RUIMTE_HOUDEN") @Nullable String gedrag,
            @Nullable String eigenNaam,
            @Nullable String botsing,
            @Nullable String omgang,

            @Schema(accessMode = Schema.AccessMode.READ_ONLY) @Nullable
            Long versie) {

        Invoer.DynamiekInvoer invoer() {
            return new Invoer.DynamiekInvoer(gedrag, eigenNaam, botsing, omgang);
        }
    }

    /** A tension; id and versie are read-only (ignored in POST and PUT). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SpanningJson(
            @Schema(accessMode = Schema.AccessMode.READ_ONLY) @Nullable
            Long id,

            @Nullable String omschrijving,
            @Nullable String soort,
            @Nullable List<String> partijen,
            @Nullable String hantering,
            @Nullable String escalatieroute,
            @Nullable String backofficeFrontoffice,

            @Schema(description = "Standaard OPEN") @Nullable
            String status,

            @Schema(accessMode = Schema.AccessMode.READ_ONLY) @Nullable
            Long versie,

            @Schema(
                    description = "De dag waarop de spanning ontstond of benoemd werd: leeg = vandaag (bij "
                            + "wijzigen: ongewijzigd), eerder mag, later niet",
                    example = "2016-01-01",
                    format = "date")
            @Nullable
            String datum) {

        static SpanningJson van(Spanning s) {
            return new SpanningJson(
                    s.id(),
                    s.omschrijving(),
                    s.soort().name(),
                    s.partijen(),
                    s.hantering(),
                    s.escalatieroute(),
                    s.backofficeFrontoffice(),
                    s.status().name(),
                    s.versie(),
                    s.datum().toString());
        }

        Invoer.SpanningInvoer invoer() {
            return new Invoer.SpanningInvoer(
                    omschrijving, soort, partijen, hantering, escalatieroute, backofficeFrontoffice, status, datum);
        }
    }

    /** {@code op}: when it was recorded; {@code datum}: the day it was decided. */
    public record OntgrendelingJson(
            String reden,
            List<String> ontbrak,
            String door,
            String op,
            String datum,
            @Nullable String besluitOrgaan) {}

    /** {@code op}: when it was recorded; {@code datum}: the day it happened. */
    public record UitstelJson(
            String onderwerp, String soort, @Nullable String reden, String door, String op, String datum) {

        static UitstelJson van(Uitstel u) {
            return new UitstelJson(
                    u.onderwerp(),
                    u.soort(),
                    u.reden(),
                    u.door(),
                    Objects.requireNonNull(u.op(), "a stored postponement has a time")
                            .toString(),
                    u.datum().toString());
        }
    }

    /** One step: its state and the content of that step (only the fields of this step are present). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StapJson(
            @JsonUnwrapped StandJson stand,
            @Nullable List<DoelJson> doelen,
            @Nullable WerkwijzeJson werkwijze,
            @Nullable List<SpanningJson> spanningen,
            @Nullable List<DynamiekJson> items,
            @Nullable List<String> ontbreekt,
            @Nullable OntgrendelingJson ontgrendeling) {}

    /**
     * The body of PUT on a step. wat: doelen; hoe: werkwijze (as GET returns it) or its five fields at the top;
     * vanzelfdynamiek: items. What GET returns may go back as it is: the other fields are ignored.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StapWijzigingJson(
            @Nullable List<@NotNull(message = "{fout.verplicht}") DoelJson> doelen,
            @Nullable WerkwijzeJson werkwijze,
            @Nullable String wieDoetWat,
            @Nullable String afsprakenMaken,
            @Nullable String levering,
            @Nullable String sturing,
            @Nullable String bijsturing,
            @Nullable List<@NotNull(message = "{fout.verplicht}") DynamiekJson> items) {

        Invoer.WerkwijzeInvoer werkwijzeInvoer() {
            return werkwijze != null
                    ? werkwijze.invoer()
                    : new Invoer.WerkwijzeInvoer(wieDoetWat, afsprakenMaken, levering, sturing, bijsturing);
        }
    }

    public record OverzichtJson(List<StandJson> stappen, List<String> ontbreektVoorVorm, List<UitstelJson> uitstel) {}

    public record IntrekkingJson(@JsonUnwrapped StandJson stand, boolean heropend) {}

    /** {@code datum}: the day it was postponed (empty = today, earlier allowed, later not). */
    public record UitstelInvoerJson(
            @Schema(example = "STAP:WAT") @Nullable String onderwerp,
            @Nullable String reden,

            @Schema(example = "2016-01-01", format = "date") @Nullable
            String datum) {}

    /** {@code datum}: the day it was decided (empty = today); {@code besluitOrgaan}: who decided (optional). */
    public record OntgrendelingInvoerJson(
            @Nullable String reden,

            @Schema(example = "2016-01-01", format = "date") @Nullable
            String datum,

            @Schema(example = "STUURGROEP") @Nullable String besluitOrgaan) {}

    public record SpanningenJson(List<SpanningJson> spanningen, int totaal) {}

    public record OefeningJson(long id, String titel, boolean oefencasus, String regisseur, List<String> gemeenten) {}

    @Operation(summary = "De vijf stappen met hun stand", description = "Inhoud, door wie besproken, open of dicht")
    @GetMapping(path = BASIS + "/stappen", produces = MediaType.APPLICATION_JSON_VALUE)
    OverzichtJson overzicht(@PathVariable long id) {
        return new OverzichtJson(
                stappen.stand(id).stream().map(this::stand).toList(),
                stappen.ontbreektVoorVorm(id).stream().map(teksten::t).toList(),
                stappen.uitstel(id).stream().map(UitstelJson::van).toList());
    }

    @Operation(summary = "Eén stap", description = "stap: wat, hoe, spanningen, vanzelfdynamiek of vorm. ETag voor PUT")
    @GetMapping(path = BASIS + "/stappen/{stap}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StapJson> stap(@PathVariable long id, @PathVariable String stap) {
        Stap s = stap(stap);
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(stappen.versie(id, s)))
                .body(json(id, s));
    }

    @Operation(
            summary = "Een stap vervangen",
            description = "wat: {\"doelen\": [{\"soort\": \"DOEL\", \"tekst\": …, "
                    + "\"bronGemeente\": \"GM0355\"}]}; hoe: {\"werkwijze\": {\"wieDoetWat\", \"afsprakenMaken\", \"levering\", "
                    + "\"sturing\", \"bijsturing\"}} (de vijf velden mogen ook los); vanzelfdynamiek: {\"items\": [{\"gedrag\": "
                    + "\"RUIMTE_HOUDEN\" of \"eigenNaam\", \"botsing\", \"omgang\"}]}. Wat GET teruggeeft, mag ongewijzigd terug "
                    + "(alleen-lezen velden worden genegeerd). spanningen: gebruik …/spanningen. vorm: 409 zolang de poort dicht is. "
                    + "If-Match verplicht. "
                    + "Wat weggaat of verandert, moet u mogen verwijderen: een doel alleen de regisseur of de gemeente die het "
                    + "toevoegde (zolang geen andere partij wat besproken markeerde), vanzelfdynamiek alleen de regisseur; anders 403. "
                    + "Een gearchiveerde samenwerking: 409.")
    @ApiResponse(responseCode = "200", description = "Vervangen; de nieuwe ETag in de header")
    @ApiResponse(responseCode = "409", description = "De vormstap is nog dicht; 'ontbreekt' noemt wat er mist")
    @PutMapping(
            path = BASIS + "/stappen/{stap}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StapJson> vervang(
            @PathVariable long id,
            @PathVariable String stap,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody StapWijzigingJson body)
            throws HttpRequestMethodNotSupportedException {
        Stap s = stap(stap);
        stappen.samenwerking(id);
        java.util.function.LongSupplier huidige = () -> stappen.versie(id, s);
        switch (s) {
            case WAT -> {
                long versie = Versie.uitIfMatch(ifMatch, huidige);
                stappen.vervangDoelen(
                        id,
                        versie,
                        verplicht("doelen", body.doelen()).stream()
                                .map(DoelJson::invoer)
                                .toList());
            }
            case HOE -> {
                long versie = Versie.uitIfMatch(ifMatch, huidige);
                stappen.wijzigWerkwijze(id, versie, body.werkwijzeInvoer());
            }
            case VANZELFDYNAMIEK -> {
                long versie = Versie.uitIfMatch(ifMatch, huidige);
                stappen.vervangDynamiek(
                        id,
                        versie,
                        verplicht("items", body.items()).stream()
                                .map(DynamiekJson::invoer)
                                .toList());
            }
            case VORM -> {
                List<nl.samenspel.platform.Melding> ontbreekt = stappen.ontbreektVoorVorm(id);
                if (!stappen.vormOpen(id)) {
                    throw new ConflictException("stappen.vorm.dicht", ontbreekt);
                }
                throw new ConflictException("stappen.vorm.later", List.of());
            }
            case SPANNINGEN -> throw new HttpRequestMethodNotSupportedException("PUT");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(stappen.versie(id, s)))
                .body(json(id, s));
    }

    @Operation(
            summary = "Stap ambtelijk besproken (eigen gemeente, of door de regisseur namens een gemeente)",
            description =
                    "Zonder body (of {}): voor ambtenaren en bestuurders van een deelnemende gemeente, voor de "
                            + "eigen gemeente; geen bestuurlijk besluit (zie …/vaststellingen). Een verouderde markering wordt "
                            + "hiermee opnieuw gegeven; een markering die de regisseur namens de gemeente vastlegde, wordt "
                            + "hiermee bevestigd (en is dan van de gemeente). De regisseur legt na een gesprek met een partij "
                            + "vast dat die de stap besproken heeft: {\"gemeente\": \"GM0321\", \"namens\": true}; die telt "
                            + "mee voor de poort naar de vorm en blijft 'namens' tot de gemeente hem bevestigt of intrekt "
                            + "(DELETE). Alleen de regisseur markeert namens een ander, en alleen namens: een partij voor een "
                            + "andere gemeente, een partij met namens of de regisseur zonder namens krijgt 403. Een gemeente "
                            + "die niet deelneemt: 400. revisie (optioneel): de revisie van de stap die u zag; een andere: 412.")
    @ApiResponse(responseCode = "200", description = "Gemarkeerd (of bevestigd); de stand van de stap")
    @PostMapping(path = BASIS + "/stappen/{stap}/besproken", produces = MediaType.APPLICATION_JSON_VALUE)
    StandJson besproken(
            @PathVariable long id,
            @PathVariable String stap,
            @Valid @RequestBody(required = false) @Nullable BesprokenInvoerJson body) {
        Stap s = stap(stap);
        if (body == null) {
            stappen.markeerBesproken(id, s);
        } else {
            stappen.markeerBesproken(id, s, body.gemeente(), Boolean.TRUE.equals(body.namens()), body.revisie());
        }
        return stand(stappen.stand(id, s));
    }

    @Operation(
            summary = "Stap bestuurlijk vastgesteld (per gemeente)",
            description = "Legt vast dat het college, de burgemeester of de raad van een deelnemende gemeente over de "
                    + "stap heeft besloten: {\"gemeente\": \"GM0355\", \"orgaan\": \"COLLEGE\", \"datum\": "
                    + "\"2019-03-14\", \"referentie\": \"Collegebesluit 2019/123\"}. De regisseur, of een bestuurder "
                    + "van die gemeente; anders 403. Datum in de toekomst of geen referentie: 400. Verandert de stap "
                    + "daarna, dan is de vaststelling verouderd.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; de stand van de stap")
    @PostMapping(
            path = BASIS + "/stappen/{stap}/vaststellingen",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StandJson> stelVast(
            @PathVariable long id, @PathVariable String stap, @Valid @RequestBody VaststellingInvoerJson body) {
        Stap s = stap(stap);
        stappen.stelVast(
                id,
                s,
                body.revisie(),
                new Invoer.VaststellingInvoer(
                        body.gemeente(),
                        body.orgaan(),
                        body.datum() == null ? null : body.datum().toString(),
                        body.referentie()));
        return ResponseEntity.status(201).body(stand(stappen.stand(id, s)));
    }

    @Operation(
            summary = "Besproken intrekken",
            description = "Een ambtenaar of bestuurder trekt de markering van de eigen gemeente in (ook een die de "
                    + "regisseur namens haar vastlegde). De regisseur trekt met ?gemeente=GM0321 alleen een markering in "
                    + "die hij namens die gemeente vastlegde en die nog niet bevestigd is; een eigen markering van een "
                    + "gemeente: 403. Had iedereen ingestemd, dan wordt de stap heropend en dat vastgelegd")
    @DeleteMapping(path = BASIS + "/stappen/{stap}/besproken", produces = MediaType.APPLICATION_JSON_VALUE)
    IntrekkingJson intrekken(
            @PathVariable long id,
            @PathVariable String stap,
            @RequestParam(required = false) @Nullable String reden,
            @Parameter(
                            description = "De gemeente (alleen voor de regisseur verplicht: die trekt een niet "
                                    + "bevestigde markering namens die gemeente in)")
                    @RequestParam(required = false)
                    @Nullable
                    String gemeente) {
        Stap s = stap(stap);
        boolean heropend = stappen.trekBesprokenIn(id, s, reden, gemeente);
        return new IntrekkingJson(stand(stappen.stand(id, s)), heropend);
    }

    @Operation(
            summary = "Uitgestelde besluiten",
            description = "Heropende en bewust uitgestelde stappen en faseovergangen")
    @GetMapping(path = BASIS + "/stappen/uitstel", produces = MediaType.APPLICATION_JSON_VALUE)
    List<UitstelJson> uitstelLijst(@PathVariable long id) {
        return stappen.uitstel(id).stream().map(UitstelJson::van).toList();
    }

    @Operation(
            summary = "Besluit uitstellen",
            description = "Alleen de regisseur: {\"onderwerp\": \"STAP:WAT\" of \"FASE:VORMGEVEN\", \"reden\": …}")
    @PostMapping(
            path = BASIS + "/stappen/uitstel",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<UitstelJson>> stelUit(@PathVariable long id, @Valid @RequestBody UitstelInvoerJson body) {
        stappen.stelUit(id, body.onderwerp(), body.reden(), Gebeurdatum.lees("datum", body.datum()));
        return ResponseEntity.status(201).body(uitstelLijst(id));
    }

    @Operation(
            summary = "Vormstap vroeg openen",
            description = "Alleen de regisseur, met een reden; wordt vastgelegd en getoond")
    @PostMapping(
            path = BASIS + "/stappen/vorm/ontgrendeling",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StapJson> ontgrendel(@PathVariable long id, @Valid @RequestBody OntgrendelingInvoerJson body) {
        stappen.ontgrendelVorm(
                id,
                body.reden(),
                Gebeurdatum.lees("datum", body.datum()),
                nl.samenspel.samenwerking.BesluitOrgaan.lees(body.besluitOrgaan()));
        return ResponseEntity.status(201).body(json(id, Stap.VORM));
    }

    // ---- spanningen ----

    @Operation(
            summary = "Register van spanningen",
            description = "Alle spanningen van de samenwerking met soort, status en versie, en het totaal")
    @GetMapping(path = BASIS + "/spanningen", produces = MediaType.APPLICATION_JSON_VALUE)
    SpanningenJson spanningen(@PathVariable long id) {
        List<Spanning> lijst = stappen.spanningen(id);
        return new SpanningenJson(lijst.stream().map(SpanningJson::van).toList(), lijst.size());
    }

    @Operation(summary = "Spanning toevoegen", description = "omschrijving en soort verplicht; status standaard OPEN")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/spanningen",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SpanningJson> maakSpanning(@PathVariable long id, @Valid @RequestBody SpanningJson body) {
        Spanning s = stappen.maakSpanning(id, body.invoer());
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/spanningen/" + s.id()))
                .header(HttpHeaders.ETAG, Versie.etag(s.versie()))
                .body(SpanningJson.van(s));
    }

    @Operation(
            summary = "Eén spanning",
            description = "De ETag is de versie; stuur die mee in If-Match bij PUT en DELETE")
    @GetMapping(path = BASIS + "/spanningen/{spanningId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SpanningJson> spanning(@PathVariable long id, @PathVariable long spanningId) {
        Spanning s = stappen.spanning(id, spanningId);
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(s.versie()))
                .body(SpanningJson.van(s));
    }

    @Operation(
            summary = "Spanning wijzigen",
            description = "If-Match verplicht (428 zonder, 412 als verouderd). "
                    + "Wat GET teruggeeft, mag ongewijzigd terug (id en versie worden genegeerd)")
    @PutMapping(
            path = BASIS + "/spanningen/{spanningId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SpanningJson> wijzigSpanning(
            @PathVariable long id,
            @PathVariable long spanningId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody SpanningJson body) {
        Spanning huidig = stappen.spanning(id, spanningId);
        long versie = Versie.uitIfMatch(ifMatch, huidig::versie);
        Spanning s = stappen.wijzigSpanning(id, spanningId, versie, body.invoer());
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(s.versie()))
                .body(SpanningJson.van(s));
    }

    @Operation(summary = "Spanning verwijderen", description = "Alleen de regisseur. If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/spanningen/{spanningId}")
    ResponseEntity<Void> verwijderSpanning(
            @PathVariable long id,
            @PathVariable long spanningId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Spanning huidig = stappen.spanning(id, spanningId);
        stappen.verwijderSpanning(id, spanningId, Versie.uitIfMatch(ifMatch, huidig::versie));
        return ResponseEntity.noContent().build();
    }

    // ---- oefenmodus ----

    @Operation(
            summary = "Oefensamenwerking starten",
            description = "Een kopie van de verzonnen oefencasus, met u als regisseur")
    @ApiResponse(responseCode = "201", description = "Gestart; Location en ETag in de headers")
    @PostMapping(path = "/api/v1/oefensamenwerkingen", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OefeningJson> oefenen() {
        Samenwerking s = oefenmodus.start();
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + s.id()))
                .header(HttpHeaders.ETAG, Versie.etag(s.versie()))
                .body(new OefeningJson(
                        s.id(),
                        s.titel(),
                        s.oefencasus(),
                        s.regisseur(),
                        s.gemeenteCodes().stream().map(GemeenteCode::waarde).toList()));
    }

    @Operation(
            summary = "Oefensamenwerking verwijderen",
            description = "Alleen een oefensamenwerking, door haar regisseur; "
                    + "alles eronder gaat mee. If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd, met alles eronder")
    @DeleteMapping(path = "/api/v1/oefensamenwerkingen/{id}")
    ResponseEntity<Void> verwijderOefening(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Samenwerking huidig = stappen.samenwerking(id);
        oefenmodus.verwijder(id, Versie.uitIfMatch(ifMatch, huidig::versie));
        return ResponseEntity.noContent().build();
    }

    // ---- JSON ----

    private static Stap stap(String pad) {
        return Stap.uitPad(pad).orElseThrow(() -> new NietGevondenException("stap"));
    }

    /** The list a step is replaced with must be there (an empty list empties the step). */
    private static <T> List<T> verplicht(String veld, @Nullable List<T> lijst) {
        if (lijst == null) {
            throw new OngeldigeInvoerException(new Fouten().voeg(veld, "fout.verplicht"));
        }
        return lijst;
    }

    private StapJson json(long id, Stap stap) {
        StandJson stand = stand(stappen.stand(id, stap));
        return switch (stap) {
            case WAT ->
                new StapJson(
                        stand,
                        stappen.doelen(id).stream()
                                .map(d ->
                                        new DoelJson(d.id(), d.soort().name(), d.tekst(), d.bronGemeente(), d.versie()))
                                .toList(),
                        null,
                        null,
                        null,
                        null,
                        null);
            case HOE -> {
                Werkwijze w = stappen.werkwijze(id);
                yield new StapJson(
                        stand,
                        null,
                        new WerkwijzeJson(
                                w.wieDoetWat(), w.afsprakenMaken(), w.levering(), w.sturing(), w.bijsturing()),
                        null,
                        null,
                        null,
                        null);
            }
            case SPANNINGEN ->
                new StapJson(
                        stand,
                        null,
                        null,
                        stappen.spanningen(id).stream().map(SpanningJson::van).toList(),
                        null,
                        null,
                        null);
            case VANZELFDYNAMIEK ->
                new StapJson(
                        stand,
                        null,
                        null,
                        null,
                        stappen.dynamiek(id).stream()
                                .map(d -> new DynamiekJson(
                                        d.id(),
                                        d.gedrag() == null ? null : d.gedrag().name(),
                                        d.eigenNaam(),
                                        d.botsing(),
                                        d.omgang(),
                                        d.versie()))
                                .toList(),
                        null,
                        null);
            case VORM ->
                new StapJson(
                        stand,
                        null,
                        null,
                        null,
                        null,
                        stappen.ontbreektVoorVorm(id).stream().map(teksten::t).toList(),
                        stappen.ontgrendeling(id)
                                .map(o -> new OntgrendelingJson(
                                        o.reden(),
                                        o.ontbrak(),
                                        o.door(),
                                        o.op().toString(),
                                        o.datum().toString(),
                                        o.besluitOrgaan() == null
                                                ? null
                                                : o.besluitOrgaan().name()))
                                .orElse(null));
        };
    }

    private StandJson stand(StapStand s) {
        return new StandJson(
                s.stap().pad(),
                teksten.t(s.stap().labelSleutel()),
                s.inhoud(),
                s.open(),
                s.besproken().stream()
                        .map(b -> new BesprokenJson(
                                b.gemeenteCode(), b.door(), b.op().toString(), b.verouderd(), b.namens()))
                        .toList(),
                s.nogNiet().stream().map(Gemeente::code).toList(),
                s.vaststellingen().stream()
                        .map(v -> new VaststellingJson(
                                v.gemeenteCode(),
                                v.orgaan().name(),
                                teksten.t(v.orgaan().labelSleutel()),
                                v.datum().toString(),
                                v.referentie(),
                                v.door(),
                                v.op().toString(),
                                v.verouderd()))
                        .toList(),
                s.verouderd(),
                s.revisie().revisie(),
                s.revisie().gewijzigd()
                        ? new WijzigingJson(
                                teksten.t(s.revisie().labelSleutel()),
                                s.revisie().door(),
                                s.revisie().op().toString())
                        : null);
    }
}
