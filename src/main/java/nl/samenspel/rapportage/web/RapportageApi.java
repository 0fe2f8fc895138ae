package nl.samenspel.rapportage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.platform.Versie;
import nl.samenspel.rapportage.LijnStatus;
import nl.samenspel.rapportage.Periode;
import nl.samenspel.rapportage.Rapportage;
import nl.samenspel.rapportage.RapportageInvoer;
import nl.samenspel.rapportage.Rapportages;
import nl.samenspel.rapportage.Trends;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/samenwerkingen/{id}/rapportages} (progress reports per client DVO per period, their lines, the
 * submission) and {@code …/rapportages/trends}.
 */
@RestController
@Tag(
        name = "Voortgangsrapportage",
        description = "Voortgangsrapportages per klant-DVO per periode: status, indicatorwaarden en verhaal per"
                + " DVO-regel, indienen, en de trends (regel 7)")
class RapportageApi {

    static final String BASIS = "/api/v1/samenwerkingen/{id}/rapportages";

    private final Rapportages service;

    RapportageApi(Rapportages service) {
        this.service = service;
    }

    /** The value of one indicator of a line; null when not reported. */
    record WaardeJson(String indicator, @Nullable BigDecimal waarde) {}

    /**
     * A line of a report.
     *
     * @param regel the DVO line it reports on
     * @param dienst the service's name when the report was made
     * @param status null while not filled in
     * @param verhaal what happened and why, null while not written
     * @param volledig a status and a narrative: what submitting needs
     */
    record LijnJson(
            long id,
            long regel,
            String dienst,
            String resultaat,
            @Nullable LijnStatus status,
            @Nullable String verhaal,
            List<WaardeJson> waarden,
            boolean volledig) {

        static LijnJson van(Rapportage.Lijn l) {
            return new LijnJson(
                    l.id(),
                    l.regelId(),
                    l.dienst(),
                    l.resultaat(),
                    l.status(),
                    l.verhaal(),
                    l.waarden().stream()
                            .map(w -> new WaardeJson(w.indicator(), w.waarde()))
                            .toList(),
                    l.volledig());
        }
    }

    /**
     * A report.
     *
     * @param dvo the DVO it reports on
     * @param gemeente the client municipality (GM code)
     * @param van first day of the period
     * @param tot last day of the period (included)
     * @param periode the period in words ("2e kwartaal 2027")
     * @param ingediend submitted (no longer changes)
     * @param versie the version of the whole report: If-Match for every change, also of a line
     */
    record RapportageJson(
            long id,
            long dvo,
            String gemeente,
            int dvoJaar,
            LocalDate van,
            LocalDate tot,
            String periode,
            boolean ingediend,
            @Nullable Instant ingediendOp,
            @Nullable String ingediendDoor,
            long versie,
            List<LijnJson> lijnen) {}

    record RapportagesJson(List<RapportageJson> rapportages, int totaal) {}

    /** A new report: {@code {"dvo": 12, "van": "2027-01-01", "tot": "2027-03-31"}}. */
    record NieuwJson(
            @Nullable Long dvo,
            @Nullable LocalDate van,
            @Nullable LocalDate tot) {}

    /**
     * A line filled in: {@code {"status": "AANDACHT", "verhaal": "…", "waarden": [12, null]}}, one value per
     * indicator of the line in its order (fewer: the rest is not reported).
     */
    record LijnInvoerJson(
            @Nullable LijnStatus status,
            @Nullable String verhaal,
            @Nullable List<@Nullable BigDecimal> waarden) {}

    /** One period of a client: how many lines had each status. */
    record PuntJson(
            long rapportage, LocalDate van, LocalDate tot, String periode, int opKoers, int aandacht, int afwijking) {}

    record KlantJson(String gemeente, List<PuntJson> perioden) {}

    /** One client's row of a service: per period (the service's {@code perioden}) the most serious status or null. */
    record RijJson(String gemeente, List<@Nullable LijnStatus> statussen) {}

    record PeriodeJson(LocalDate van, LocalDate tot, String periode) {}

    record DienstJson(long dienst, String naam, List<PeriodeJson> perioden, List<RijJson> klanten) {}

    /** The trends of the submitted reports the user may read. */
    record TrendsJson(List<KlantJson> klanten, List<DienstJson> diensten) {}

    private RapportageJson json(Rapportage r) {
        return new RapportageJson(
                r.id(),
                r.dvoId(),
                r.gemeenteCode(),
                r.dvoJaar(),
                r.van(),
                r.tot(),
                service.periode(r.periode()),
                r.ingediend(),
                r.ingediendOp(),
                r.ingediendDoor(),
                r.versie(),
                r.lijnen().stream().map(LijnJson::van).toList());
    }

    private static String pad(long id, long rapportageId) {
        return "/api/v1/samenwerkingen/" + id + "/rapportages/" + rapportageId;
    }

    @Operation(
            summary = "Voortgangsrapportages",
            description = "De rapportages die de gebruiker mag lezen (regisseur en uitvoerder alle; de mensen van een"
                    + " klantgemeente die van hun gemeente), op periode")
    @GetMapping(path = BASIS, produces = MediaType.APPLICATION_JSON_VALUE)
    RapportagesJson leesRapportages(@PathVariable long id) {
        List<RapportageJson> lijst =
                service.rapportages(id).stream().map(this::json).toList();
        return new RapportagesJson(lijst, lijst.size());
    }

    @Operation(
            summary = "Rapportage maken",
            description = "Regisseur of uitvoerder: {\"dvo\": 12, \"van\": \"2027-01-01\", \"tot\": \"2027-03-31\"}."
                    + " De regels komen uit de DVO; de periode mag niet overlappen met een andere rapportage op die"
                    + " DVO")
    @ApiResponse(responseCode = "201", description = "Aangemaakt als concept; Location en ETag in de headers")
    @PostMapping(path = BASIS, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RapportageJson> maakRapportage(@PathVariable long id, @Valid @RequestBody NieuwJson body) {
        Rapportage r = service.maak(id, new RapportageInvoer.Nieuw(body.dvo(), body.van(), body.tot()));
        return ResponseEntity.created(URI.create(pad(id, r.id())))
                .eTag(Versie.etag(r.versie()))
                .body(json(r));
    }

    @Operation(summary = "Rapportage", description = "Eén rapportage met haar regels; de ETag is haar versie")
    @GetMapping(path = BASIS + "/{rapportageId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RapportageJson> leesRapportage(@PathVariable long id, @PathVariable long rapportageId) {
        Rapportage r = service.rapportage(id, rapportageId);
        return ResponseEntity.ok().eTag(Versie.etag(r.versie())).body(json(r));
    }

    @Operation(summary = "Regels van een rapportage", description = "Per DVO-regel status, waarden en verhaal")
    @GetMapping(path = BASIS + "/{rapportageId}/lijnen", produces = MediaType.APPLICATION_JSON_VALUE)
    List<LijnJson> leesRapportageLijnen(@PathVariable long id, @PathVariable long rapportageId) {
        return service.rapportage(id, rapportageId).lijnen().stream()
                .map(LijnJson::van)
                .toList();
    }

    @Operation(
            summary = "Regel invullen",
            description = "Regisseur of uitvoerder, zolang de rapportage een concept is (409 daarna): {\"status\":"
                    + " \"AANDACHT\", \"verhaal\": \"…\", \"waarden\": [12, null]}. If-Match met de versie van de"
                    + " rapportage verplicht (428 zonder, 412 als verouderd)")
    @PutMapping(
            path = BASIS + "/{rapportageId}/lijnen/{lijnId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RapportageJson> wijzigRapportageLijn(
            @PathVariable long id,
            @PathVariable long rapportageId,
            @PathVariable long lijnId,
            @Parameter(description = "ETag van de rapportage uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody LijnInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> service.rapportage(id, rapportageId).versie());
        Rapportage r = service.wijzigLijn(
                id,
                rapportageId,
                lijnId,
                versie,
                new RapportageInvoer.Lijn(body.status(), body.verhaal(), body.waarden()));
        return ResponseEntity.ok().eTag(Versie.etag(r.versie())).body(json(r));
    }

    @Operation(
            summary = "Rapportage indienen",
            description = "Regisseur of uitvoerder. Elke regel heeft een status en een verhaal nodig (400 noemt de"
                    + " regels die dat missen); daarna verandert de rapportage niet meer. If-Match verplicht")
    @PostMapping(path = BASIS + "/{rapportageId}/indiening", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RapportageJson> dienRapportageIn(
            @PathVariable long id,
            @PathVariable long rapportageId,
            @Parameter(description = "ETag van de rapportage uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> service.rapportage(id, rapportageId).versie());
        Rapportage r = service.dienIn(id, rapportageId, versie);
        return ResponseEntity.ok().eTag(Versie.etag(r.versie())).body(json(r));
    }

    @Operation(
            summary = "Concept verwijderen",
            description = "Regisseur of uitvoerder; een ingediende rapportage" + " blijft (409). If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/{rapportageId}")
    ResponseEntity<Void> verwijderRapportage(
            @PathVariable long id,
            @PathVariable long rapportageId,
            @Parameter(description = "ETag van de rapportage uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> service.rapportage(id, rapportageId).versie());
        service.verwijder(id, rapportageId, versie);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Trends",
            description = "Uit de ingediende rapportages die de gebruiker mag lezen: per klant het aantal regels per"
                    + " status per periode, en per dienst over de klanten de ernstigste status per periode")
    @GetMapping(path = BASIS + "/trends", produces = MediaType.APPLICATION_JSON_VALUE)
    TrendsJson leesRapportageTrends(@PathVariable long id) {
        Trends t = service.trends(id);
        return new TrendsJson(
                t.klanten().stream()
                        .map(k -> new KlantJson(
                                k.gemeenteCode(),
                                k.punten().stream()
                                        .map(p -> new PuntJson(
                                                p.rapportageId(),
                                                p.periode().van(),
                                                p.periode().tot(),
                                                service.periode(p.periode()),
                                                p.opKoers(),
                                                p.aandacht(),
                                                p.afwijking()))
                                        .toList()))
                        .toList(),
                t.diensten().stream()
                        .map(d -> new DienstJson(
                                d.dienstId(),
                                d.dienst(),
                                d.perioden().stream().map(this::periode).toList(),
                                d.rijen().stream()
                                        .map(r -> new RijJson(r.gemeenteCode(), r.cellen()))
                                        .toList()))
                        .toList());
    }

    private PeriodeJson periode(Periode p) {
        return new PeriodeJson(p.van(), p.tot(), service.periode(p));
    }
}
