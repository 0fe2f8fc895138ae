package nl.samenspel.evaluatie.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.evaluatie.Actie;
import nl.samenspel.evaluatie.ActieInvoer;
import nl.samenspel.evaluatie.AfrekeningRichting;
import nl.samenspel.evaluatie.Evaluatie;
import nl.samenspel.evaluatie.EvaluatieInvoer;
import nl.samenspel.evaluatie.EvaluatieService;
import nl.samenspel.evaluatie.Opheffing;
import nl.samenspel.evaluatie.OpheffingInvoer;
import nl.samenspel.evaluatie.OpheffingStatus;
import nl.samenspel.evaluatie.Uittreding;
import nl.samenspel.evaluatie.UittredingInvoer;
import nl.samenspel.evaluatie.UittredingStatus;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.Versie;
import nl.samenspel.platform.VersieConflictException;
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
 * {@code /api/v1/samenwerkingen/{id}/evaluaties} (with their follow-up actions), {@code …/uittredingen} and
 * {@code …/opheffing}.
 */
@RestController
@Tag(
        name = "Evaluatie en uittreding",
        description = "Evaluaties met vervolgacties, de uittreding van een partij en de opheffing van de samenwerking"
                + " (regel 3)")
class EvaluatieApi {

    static final String BASIS = "/api/v1/samenwerkingen/{id}";

    private final EvaluatieService service;

    EvaluatieApi(EvaluatieService service) {
        this.service = service;
    }

    /**
     * A follow-up action.
     *
     * @param afgerond the day it was done, null while open
     * @param overTijd open although its deadline has passed (today, Dutch time)
     */
    record ActieJson(
            long id,
            String omschrijving,
            String eigenaar,
            LocalDate deadline,
            @Nullable LocalDate afgerond,
            boolean overTijd,
            long versie) {

        static ActieJson van(Actie a, LocalDate vandaag) {
            return new ActieJson(
                    a.id(),
                    a.omschrijving(),
                    a.eigenaar(),
                    a.deadline(),
                    a.afgerond(),
                    a.overTijd(vandaag),
                    a.versie());
        }
    }

    /**
     * An evaluation with its actions.
     *
     * @param evaluator who evaluates
     * @param uitgevoerd the day it was carried out, null while planned
     * @param overTijd not carried out although its planned day has passed
     */
    record EvaluatieJson(
            long id,
            LocalDate gepland,
            String reikwijdte,
            String evaluator,
            @Nullable String bevindingen,
            @Nullable LocalDate uitgevoerd,
            boolean overTijd,
            long versie,
            List<ActieJson> acties) {

        static EvaluatieJson van(Evaluatie e, LocalDate vandaag) {
            return new EvaluatieJson(
                    e.id(),
                    e.gepland(),
                    e.reikwijdte(),
                    e.evaluator(),
                    e.bevindingen(),
                    e.uitgevoerd(),
                    e.overTijd(vandaag),
                    e.versie(),
                    e.acties().stream().map(a -> ActieJson.van(a, vandaag)).toList());
        }
    }

    record EvaluatiesJson(List<EvaluatieJson> evaluaties, int totaal) {}

    /**
     * What the regisseur sends for an evaluation: {@code {"gepland": "2027-06-01", "reikwijdte": "…", "evaluator":
     * "…"}}, later {@code bevindingen} and {@code uitgevoerd}. A PUT takes what GET gives.
     */
    record EvaluatieInvoerJson(
            @Nullable LocalDate gepland,
            @Nullable String reikwijdte,
            @Nullable String evaluator,
            @Nullable String bevindingen,
            @Nullable LocalDate uitgevoerd) {

        EvaluatieInvoer invoer() {
            return new EvaluatieInvoer(gepland, reikwijdte, evaluator, bevindingen, uitgevoerd);
        }
    }

    /** What is sent for an action: {@code {"omschrijving": "…", "eigenaar": "…", "deadline": "2027-09-01"}}. */
    record ActieInvoerJson(
            @Nullable String omschrijving,
            @Nullable String eigenaar,
            @Nullable LocalDate deadline,
            @Nullable LocalDate afgerond) {

        ActieInvoer invoer() {
            return new ActieInvoer(omschrijving, eigenaar, deadline, afgerond);
        }
    }

    /**
     * An uittreding.
     *
     * @param gemeente the leaving municipality (GM code)
     * @param datum the intended leaving day; once AFGEROND the day it left
     * @param afrekening the settlement in euros, null while not agreed
     * @param richting BETAALT: the leaving party pays; ONTVANGT: it receives
     * @param voorwaardenGeregeld conditions and settlement are recorded
     */
    record UittredingJson(
            long id,
            String gemeente,
            LocalDate aangekondigdOp,
            LocalDate datum,
            String reden,
            @Nullable String voorwaarden,
            @Nullable BigDecimal afrekening,
            @Nullable AfrekeningRichting richting,
            @Nullable String personeel,
            @Nullable String vermogen,
            @Nullable String contracten,
            UittredingStatus status,
            boolean voorwaardenGeregeld,
            long versie) {

        static UittredingJson van(Uittreding u) {
            return new UittredingJson(
                    u.id(),
                    u.gemeenteCode(),
                    u.aangekondigdOp(),
                    u.datum(),
                    u.reden(),
                    u.voorwaarden(),
                    u.afrekening(),
                    u.richting(),
                    u.personeel(),
                    u.vermogen(),
                    u.contracten(),
                    u.status(),
                    u.voorwaardenGeregeld(),
                    u.versie());
        }
    }

    record UittredingenJson(List<UittredingJson> uittredingen, int totaal) {}

    /**
     * What is sent for an uittreding: {@code {"gemeente": "GM0355", "datum": "2027-01-01", "reden": "…"}}, later the
     * conditions, the settlement ({@code "afrekening": 125000.00, "richting": "BETAALT"}), staff, assets, contracts
     * and {@code status}. A PUT takes what GET gives (id, versie and voorwaardenGeregeld are ignored).
     */
    record UittredingInvoerJson(
            @Nullable String gemeente,
            @Nullable LocalDate aangekondigdOp,
            @Nullable LocalDate datum,
            @Nullable String reden,
            @Nullable String voorwaarden,
            @Nullable BigDecimal afrekening,
            @Nullable AfrekeningRichting richting,
            @Nullable String personeel,
            @Nullable String vermogen,
            @Nullable String contracten,
            @Nullable UittredingStatus status) {

        UittredingInvoer invoer() {
            return new UittredingInvoer(
                    gemeente,
                    aangekondigdOp,
                    datum,
                    reden,
                    voorwaarden,
                    afrekening,
                    richting,
                    personeel,
                    vermogen,
                    contracten,
                    status);
        }
    }

    /**
     * The opheffing.
     *
     * @param vereffening how assets, staff, contracts and liabilities are settled
     * @param vereffenaar who settles them
     */
    record OpheffingJson(
            LocalDate besluitdatum,
            LocalDate ingangsdatum,
            @Nullable String vereffening,
            @Nullable String vereffenaar,
            OpheffingStatus status,
            boolean vereffeningGeregeld,
            long versie) {

        static OpheffingJson van(Opheffing o) {
            return new OpheffingJson(
                    o.besluitdatum(),
                    o.ingangsdatum(),
                    o.vereffening(),
                    o.vereffenaar(),
                    o.status(),
                    o.vereffeningGeregeld(),
                    o.versie());
        }
    }

    /** What the regisseur sends for the opheffing; a PUT takes what GET gives. */
    record OpheffingInvoerJson(
            @Nullable LocalDate besluitdatum,
            @Nullable LocalDate ingangsdatum,
            @Nullable String vereffening,
            @Nullable String vereffenaar,
            @Nullable OpheffingStatus status) {

        OpheffingInvoer invoer() {
            return new OpheffingInvoer(besluitdatum, ingangsdatum, vereffening, vereffenaar, status);
        }
    }

    // ---- evaluations ----

    @Operation(
            summary = "Evaluaties",
            description = "De evaluaties van de samenwerking met hun vervolgacties, op geplande datum; overTijd zegt of"
                    + " een evaluatie of actie over haar datum is")
    @GetMapping(path = BASIS + "/evaluaties", produces = MediaType.APPLICATION_JSON_VALUE)
    EvaluatiesJson leesEvaluaties(@PathVariable long id) {
        LocalDate vandaag = service.vandaag();
        List<EvaluatieJson> lijst = service.evaluaties(id).stream()
                .map(e -> EvaluatieJson.van(e, vandaag))
                .toList();
        return new EvaluatiesJson(lijst, lijst.size());
    }

    @Operation(
            summary = "Evaluatie plannen",
            description = "Alleen de regisseur: {\"gepland\": \"2027-06-01\", \"reikwijdte\": \"…\", \"evaluator\":"
                    + " \"…\"}")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/evaluaties",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvaluatieJson> maakEvaluatie(@PathVariable long id, @Valid @RequestBody EvaluatieInvoerJson body) {
        Evaluatie e = service.maakEvaluatie(id, body.invoer());
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/evaluaties/" + e.id()))
                .eTag(Versie.etag(e.versie()))
                .body(EvaluatieJson.van(e, service.vandaag()));
    }

    @Operation(summary = "Evaluatie", description = "Eén evaluatie met haar acties; de ETag is haar versie")
    @GetMapping(path = BASIS + "/evaluaties/{evaluatieId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvaluatieJson> leesEvaluatie(@PathVariable long id, @PathVariable long evaluatieId) {
        Evaluatie e = service.evaluatie(id, evaluatieId);
        return ResponseEntity.ok().eTag(Versie.etag(e.versie())).body(EvaluatieJson.van(e, service.vandaag()));
    }

    @Operation(
            summary = "Evaluatie wijzigen",
            description =
                    "Alleen de regisseur; ook om bevindingen en de uitvoerdatum vast te leggen. If-Match verplicht"
                            + " (428 zonder, 412 als verouderd); wat GET teruggeeft mag terug")
    @PutMapping(
            path = BASIS + "/evaluaties/{evaluatieId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvaluatieJson> wijzigEvaluatie(
            @PathVariable long id,
            @PathVariable long evaluatieId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody EvaluatieInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> service.evaluatie(id, evaluatieId).versie());
        Evaluatie e = service.wijzigEvaluatie(id, evaluatieId, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(e.versie())).body(EvaluatieJson.van(e, service.vandaag()));
    }

    @Operation(
            summary = "Evaluatie verwijderen",
            description = "Alleen de regisseur; de acties gaan mee. If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/evaluaties/{evaluatieId}")
    ResponseEntity<Void> verwijderEvaluatie(
            @PathVariable long id,
            @PathVariable long evaluatieId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> service.evaluatie(id, evaluatieId).versie());
        service.verwijderEvaluatie(id, evaluatieId, versie);
        return ResponseEntity.noContent().build();
    }

    // ---- actions ----

    @Operation(summary = "Vervolgacties", description = "De vervolgacties van één evaluatie, op deadline")
    @GetMapping(path = BASIS + "/evaluaties/{evaluatieId}/acties", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ActieJson> leesActies(@PathVariable long id, @PathVariable long evaluatieId) {
        LocalDate vandaag = service.vandaag();
        return service.evaluatie(id, evaluatieId).acties().stream()
                .map(a -> ActieJson.van(a, vandaag))
                .toList();
    }

    @Operation(
            summary = "Vervolgactie toevoegen",
            description = "Alleen de regisseur: {\"omschrijving\": \"…\", \"eigenaar\": \"…\", \"deadline\":"
                    + " \"2027-09-01\"}")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/evaluaties/{evaluatieId}/acties",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ActieJson> maakActie(
            @PathVariable long id, @PathVariable long evaluatieId, @Valid @RequestBody ActieInvoerJson body) {
        Actie a = service.maakActie(id, evaluatieId, body.invoer());
        return ResponseEntity.created(
                        URI.create("/api/v1/samenwerkingen/" + id + "/evaluaties/" + evaluatieId + "/acties/" + a.id()))
                .eTag(Versie.etag(a.versie()))
                .body(ActieJson.van(a, service.vandaag()));
    }

    @Operation(
            summary = "Vervolgactie wijzigen",
            description = "De regisseur wijzigt alles; een uitvoerder van de samenwerking legt alleen vast of de actie"
                    + " is afgerond (de rest van wat hij stuurt, telt niet). If-Match met de versie van de actie"
                    + " verplicht (428 zonder, 412 als verouderd)")
    @PutMapping(
            path = BASIS + "/evaluaties/{evaluatieId}/acties/{actieId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ActieJson> wijzigActie(
            @PathVariable long id,
            @PathVariable long evaluatieId,
            @PathVariable long actieId,
            @Parameter(description = "De versie van de actie als ETag")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody ActieInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> service.actie(id, evaluatieId, actieId).versie());
        Actie a = service.wijzigActie(id, evaluatieId, actieId, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(a.versie())).body(ActieJson.van(a, service.vandaag()));
    }

    @Operation(summary = "Vervolgactie verwijderen", description = "Alleen de regisseur. If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/evaluaties/{evaluatieId}/acties/{actieId}")
    ResponseEntity<Void> verwijderActie(
            @PathVariable long id,
            @PathVariable long evaluatieId,
            @PathVariable long actieId,
            @Parameter(description = "De versie van de actie als ETag")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> service.actie(id, evaluatieId, actieId).versie());
        service.verwijderActie(id, evaluatieId, actieId, versie);
        return ResponseEntity.noContent().build();
    }

    // ---- uittredingen ----

    @Operation(
            summary = "Uittredingen",
            description = "Aangekondigde, lopende, afgeronde en ingetrokken uittredingen; een afgeronde blijft staan")
    @GetMapping(path = BASIS + "/uittredingen", produces = MediaType.APPLICATION_JSON_VALUE)
    UittredingenJson leesUittredingen(@PathVariable long id) {
        List<UittredingJson> lijst =
                service.uittredingen(id).stream().map(UittredingJson::van).toList();
        return new UittredingenJson(lijst, lijst.size());
    }

    @Operation(
            summary = "Uittreding aankondigen",
            description = "De regisseur, of een ambtenaar of bestuurder van de uittredende gemeente zelf:"
                    + " {\"gemeente\": \"GM0355\", \"datum\": \"2027-01-01\", \"reden\": \"…\"}. Begint als"
                    + " AANGEKONDIGD; 409 als die gemeente al een lopende uittreding heeft")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/uittredingen",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UittredingJson> maakUittreding(
            @PathVariable long id, @Valid @RequestBody UittredingInvoerJson body) {
        Uittreding u = service.maakUittreding(id, body.invoer());
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/uittredingen/" + u.id()))
                .eTag(Versie.etag(u.versie()))
                .body(UittredingJson.van(u));
    }

    @Operation(summary = "Uittreding", description = "Eén uittreding; de ETag is haar versie")
    @GetMapping(path = BASIS + "/uittredingen/{uittredingId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UittredingJson> leesUittreding(@PathVariable long id, @PathVariable long uittredingId) {
        Uittreding u = service.uittreding(id, uittredingId);
        return ResponseEntity.ok().eTag(Versie.etag(u.versie())).body(UittredingJson.van(u));
    }

    @Operation(
            summary = "Uittreding wijzigen",
            description = "Ook de status: AANGEKONDIGD → VOORWAARDEN_VASTGESTELD (voorwaarden en afrekening nodig) →"
                    + " AFGEROND (alleen de regisseur, op of na de datum: de gemeente vertrekt uit de samenwerking,"
                    + " wat zij vastlegde blijft als geschiedenis); INGETROKKEN vanuit de eerste twee. Afgerond en"
                    + " ingetrokken zijn definitief (409). If-Match verplicht (428 zonder, 412 als verouderd)")
    @PutMapping(
            path = BASIS + "/uittredingen/{uittredingId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UittredingJson> wijzigUittreding(
            @PathVariable long id,
            @PathVariable long uittredingId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody UittredingInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> service.uittreding(id, uittredingId).versie());
        Uittreding u = service.wijzigUittreding(id, uittredingId, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(u.versie())).body(UittredingJson.van(u));
    }

    // ---- opheffing ----

    @Operation(
            summary = "Opheffing",
            description = "De opheffing van de hele samenwerking met haar vereffening; 404 zolang er geen is")
    @GetMapping(path = BASIS + "/opheffing", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OpheffingJson> leesOpheffing(@PathVariable long id) {
        Opheffing o = service.opheffing(id).orElseThrow(() -> new NietGevondenException("opheffing"));
        return ResponseEntity.ok().eTag(Versie.etag(o.versie())).body(OpheffingJson.van(o));
    }

    @Operation(
            summary = "Opheffing vastleggen",
            description = "Alleen de regisseur: {\"besluitdatum\": \"2027-03-01\", \"ingangsdatum\": \"2028-01-01\","
                    + " \"vereffening\": \"…\", \"vereffenaar\": \"…\", \"status\": \"AANGEKONDIGD\"}. De eerste PUT"
                    + " (zonder If-Match) maakt haar (201); daarna is If-Match verplicht (428 zonder, 412 als"
                    + " verouderd). AFGEROND kan op of na de ingangsdatum en is definitief")
    @ApiResponse(responseCode = "200", description = "Gewijzigd; de nieuwe ETag in de header")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location en ETag in de headers")
    @PutMapping(
            path = BASIS + "/opheffing",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OpheffingJson> bewaarOpheffing(
            @PathVariable long id,
            @Parameter(description = "ETag uit de laatste GET; weglaten bij de eerste keer")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody OpheffingInvoerJson body) {
        // No If-Match creates the opheffing; once it exists If-Match is required (428 without it).
        Long versie;
        if (ifMatch == null || ifMatch.isBlank()) {
            versie = service.opheffing(id).isPresent() ? Versie.uitIfMatch(ifMatch, () -> 0L) : null;
        } else {
            versie = Versie.uitIfMatch(
                    ifMatch,
                    () -> service.opheffing(id).map(Opheffing::versie).orElseThrow(VersieConflictException::new));
        }
        EvaluatieService.Opgeslagen o = service.bewaarOpheffing(id, versie, body.invoer());
        ResponseEntity.BodyBuilder antwoord = o.nieuw()
                ? ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/opheffing"))
                : ResponseEntity.ok();
        return antwoord.eTag(Versie.etag(o.opheffing().versie())).body(OpheffingJson.van(o.opheffing()));
    }

    @Operation(
            summary = "Opheffing verwijderen",
            description = "Alleen de regisseur, zolang zij niet is afgerond (409 daarna). If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/opheffing")
    ResponseEntity<Void> verwijderOpheffing(
            @PathVariable long id,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie = Versie.uitIfMatch(
                ifMatch,
                () -> service.opheffing(id)
                        .map(Opheffing::versie)
                        .orElseThrow(() -> new NietGevondenException("opheffing")));
        service.verwijderOpheffing(id, versie);
        return ResponseEntity.noContent().build();
    }
}
