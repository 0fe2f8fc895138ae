package nl.samenspel.scan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Versie;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.scan.ActieInvoer;
import nl.samenspel.scan.AntwoordInvoer;
import nl.samenspel.scan.Antwoorden;
import nl.samenspel.scan.Scan;
import nl.samenspel.scan.ScanActie;
import nl.samenspel.scan.ScanThema;
import nl.samenspel.scan.Scans;
import nl.samenspel.scan.Verschil;
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
 * {@code /api/v1/samenwerkingen/{id}/scans}: rounds of the samenwerkingsscan, each party's answers
 * ({@code …/antwoorden/{partij}}), the differences between the parties ({@code …/verschillen}) and the action plan
 * ({@code …/acties}).
 */
@RestController
@Tag(
        name = "Samenwerkingsscan",
        description = "Periodieke scan van de samenwerking zelf, door elke partij ingevuld; verschillen tussen partijen"
                + " en het actieplan (regel 7)")
class ScanApi {

    static final String BASIS = "/api/v1/samenwerkingen/{id}/scans";

    private final Scans service;
    private final Samenwerkingen samenwerkingen;
    private final Teksten teksten;

    ScanApi(Scans service, Samenwerkingen samenwerkingen, Teksten teksten) {
        this.service = service;
        this.samenwerkingen = samenwerkingen;
        this.teksten = teksten;
    }

    /** Where a party stands: INGEDIEND, CONCEPT (only the party itself sees that) or NOG_NIET. */
    enum PartijStatus {
        INGEDIEND,
        CONCEPT,
        NOG_NIET
    }

    /**
     * A party of a round.
     *
     * @param partij a municipality code (GM…) or ORGANISATIE for the shared organisation
     */
    record PartijJson(
            String partij,
            String naam,
            PartijStatus status,
            @Nullable LocalDate ingediendOp) {}

    /**
     * An action of the action plan.
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

        static ActieJson van(ScanActie a, LocalDate vandaag) {
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
     * A round of the scan.
     *
     * @param afgerond closed (with an action plan or a reason); the answers are final
     * @param afsluitreden why it closed without actions
     * @param partijen every party and whether it submitted (never a draft of another party)
     */
    record ScanJson(
            long id,
            LocalDate gestartOp,
            boolean afgerond,
            @Nullable LocalDate afgerondOp,
            @Nullable String afsluitreden,
            List<PartijJson> partijen,
            List<ActieJson> acties,
            long versie) {}

    record ScansJson(List<ScanJson> scans, int totaal) {}

    /** Opening a round: {@code {"gestartOp": "2027-03-01"}} or {@code {}} for today. */
    record ScanOpenJson(@Nullable LocalDate gestartOp) {}

    /**
     * Closing a round takes what GET gives with {@code "afgerond": true}, and {@code afsluitreden} when the action
     * plan is empty. A closed round cannot be opened again.
     */
    record ScanWijzigingJson(
            @Nullable Boolean afgerond, @Nullable String afsluitreden) {}

    /** A score of one statement: {@code {"stelling": "waarde1", "score": 4}}. */
    record ScoreJson(String stelling, @Nullable Integer score) {}

    /** The open answer of one theme: {@code {"thema": "STURING", "tekst": "…"}}. */
    record OpenJson(ScanThema thema, @Nullable String tekst) {}

    /**
     * A party's answers.
     *
     * @param scores one per statement it scored (empty while hidden: a draft of another party)
     * @param versie 0 while the party saved nothing
     */
    record AntwoordenJson(
            String partij,
            String naam,
            PartijStatus status,
            @Nullable LocalDate ingediendOp,
            List<ScoreJson> scores,
            List<OpenJson> open,
            long versie) {}

    /**
     * What a party sends: its scores, open answers and {@code "indienen": true} to submit (final; every statement
     * needs a score). A PUT takes what GET gives. Errors name the statement ({@code waarde1}) or the open answer
     * ({@code openSturing}).
     */
    record AntwoordenInvoerJson(
            @Nullable List<@Valid ScoreJson> scores,
            @Nullable List<@Valid OpenJson> open,
            @Nullable Boolean indienen) {}

    /**
     * One party's score on a statement.
     *
     * @param partij a municipality code or ORGANISATIE
     */
    record PartijscoreJson(String partij, String naam, int score) {}

    /**
     * The differences on one statement: every submitted party's score side by side, not averaged.
     *
     * @param spreiding highest minus lowest score
     * @param spanning spread of 2 or more: a tension to discuss
     */
    record VerschilJson(
            String stelling,
            ScanThema thema,
            String tekst,
            List<PartijscoreJson> scores,
            int spreiding,
            boolean spanning) {}

    /**
     * @param nogNietIngediend the parties whose answers do not count yet (they did not submit)
     * @param spanningen how many statements are a tension
     */
    record VerschillenJson(List<VerschilJson> stellingen, List<PartijJson> nogNietIngediend, int spanningen) {}

    /** What the regisseur sends for an action: {@code {"omschrijving": "…", "eigenaar": "…", "deadline": "…"}}. */
    record ActieInvoerJson(
            @Nullable String omschrijving,
            @Nullable String eigenaar,
            @Nullable LocalDate deadline,
            @Nullable LocalDate afgerond) {

        ActieInvoer invoer() {
            return new ActieInvoer(omschrijving, eigenaar, deadline, afgerond);
        }
    }

    // ---- rounds ----

    @Operation(summary = "Scans", description = "De rondes van de samenwerkingsscan, oudste eerst")
    @GetMapping(path = BASIS, produces = MediaType.APPLICATION_JSON_VALUE)
    ScansJson leesScans(@PathVariable long id) {
        Samenwerking s = samenwerkingen.vind(id);
        List<ScanJson> lijst =
                service.scans(id).stream().map(scan -> json(s, scan)).toList();
        return new ScansJson(lijst, lijst.size());
    }

    @Operation(summary = "Scan openen", description = "Alleen de regisseur; één ronde tegelijk open (409)")
    @ApiResponse(responseCode = "201", description = "Geopend; Location en ETag in de headers")
    @PostMapping(path = BASIS, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ScanJson> openScan(@PathVariable long id, @Valid @RequestBody ScanOpenJson body) {
        Scan scan = service.open(id, body.gestartOp());
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/scans/" + scan.id()))
                .eTag(Versie.etag(scan.versie()))
                .body(json(samenwerkingen.vind(id), service.scan(id, scan.id())));
    }

    @Operation(
            summary = "Scan",
            description = "Eén ronde met de stand per partij en het actieplan; de ETag is haar versie")
    @GetMapping(path = BASIS + "/{scanId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ScanJson> leesScan(@PathVariable long id, @PathVariable long scanId) {
        Scan scan = service.scan(id, scanId);
        return ResponseEntity.ok().eTag(Versie.etag(scan.versie())).body(json(samenwerkingen.vind(id), scan));
    }

    @Operation(
            summary = "Scan afronden",
            description = "Alleen de regisseur: {\"afgerond\": true} met minstens één actie of een afsluitreden."
                    + " If-Match verplicht (428 zonder, 412 als verouderd)")
    @PutMapping(
            path = BASIS + "/{scanId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ScanJson> wijzigScan(
            @PathVariable long id,
            @PathVariable long scanId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody ScanWijzigingJson body) {
        long versie = Versie.uitIfMatch(ifMatch, () -> service.scan(id, scanId).versie());
        Scan huidig = service.scan(id, scanId);
        boolean afronden = Boolean.TRUE.equals(body.afgerond());
        if (!huidig.open() && !afronden) {
            throw new ConflictException("scan.fout.afgerond", List.of());
        }
        Scan scan = huidig.open() && afronden ? service.rondAf(id, scanId, versie, body.afsluitreden()) : huidig;
        return ResponseEntity.ok().eTag(Versie.etag(scan.versie())).body(json(samenwerkingen.vind(id), scan));
    }

    @Operation(
            summary = "Scan verwijderen",
            description = "Alleen de regisseur, met antwoorden en acties; If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/{scanId}")
    ResponseEntity<Void> verwijderScan(
            @PathVariable long id,
            @PathVariable long scanId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        long versie = Versie.uitIfMatch(ifMatch, () -> service.scan(id, scanId).versie());
        service.verwijder(id, scanId, versie);
        return ResponseEntity.noContent().build();
    }

    // ---- answers ----

    @Operation(
            summary = "Antwoorden van een partij",
            description =
                    "Wat een partij (GM-code of ORGANISATIE) antwoordde. Zolang zij niet indiende, ziet alleen zij"
                            + " haar concept; anderen zien status NOG_NIET zonder scores. De ETag is de versie (0: niets"
                            + " opgeslagen)")
    @GetMapping(path = BASIS + "/{scanId}/antwoorden/{partij}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AntwoordenJson> leesScanAntwoorden(
            @PathVariable long id, @PathVariable long scanId, @PathVariable String partij) {
        Optional<Antwoorden> a = service.antwoorden(id, scanId, partij);
        return ResponseEntity.ok()
                .eTag(Versie.etag(a.map(Antwoorden::versie).orElse(0L)))
                .body(json(samenwerkingen.vind(id), partij, a.orElse(null)));
    }

    @Operation(
            summary = "Antwoorden invullen",
            description = "Alleen voor de eigen partij (ambtenaar of bestuurder van die gemeente; uitvoerder voor"
                    + " ORGANISATIE). Concept of {\"indienen\": true} (definitief, alle stellingen een score 1–5)."
                    + " If-Match verplicht: \"0\" zolang de partij niets opsloeg")
    @PutMapping(
            path = BASIS + "/{scanId}/antwoorden/{partij}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AntwoordenJson> bewaarScanAntwoorden(
            @PathVariable long id,
            @PathVariable long scanId,
            @PathVariable String partij,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody AntwoordenInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch,
                () -> service.antwoorden(id, scanId, partij)
                        .map(Antwoorden::versie)
                        .orElse(0L));
        Map<String, @Nullable String> scores = new LinkedHashMap<>();
        if (body.scores() != null) {
            body.scores()
                    .forEach(s -> scores.put(
                            s.stelling(), s.score() == null ? null : s.score().toString()));
        }
        Map<ScanThema, @Nullable String> open = new LinkedHashMap<>();
        if (body.open() != null) {
            body.open().forEach(o -> open.put(o.thema(), o.tekst()));
        }
        Antwoorden a = service.bewaarAntwoorden(
                id, scanId, partij, versie, new AntwoordInvoer(scores, open, Boolean.TRUE.equals(body.indienen())));
        return ResponseEntity.ok().eTag(Versie.etag(a.versie())).body(json(samenwerkingen.vind(id), partij, a));
    }

    // ---- differences ----

    @Operation(
            summary = "Verschillen tussen partijen",
            description = "Per stelling de score van elke partij die indiende, naast elkaar; de spreiding (hoogste min"
                    + " laagste) en of het een spanning is (spreiding 2 of meer). Er wordt niets gemiddeld")
    @GetMapping(path = BASIS + "/{scanId}/verschillen", produces = MediaType.APPLICATION_JSON_VALUE)
    VerschillenJson leesScanVerschillen(@PathVariable long id, @PathVariable long scanId) {
        Samenwerking s = samenwerkingen.vind(id);
        Scan scan = service.scan(id, scanId);
        List<VerschilJson> stellingen = Verschil.van(scan.antwoorden()).stream()
                .map(v -> new VerschilJson(
                        v.stelling().veld(),
                        v.stelling().thema(),
                        teksten.t(v.stelling().tekstSleutel()),
                        v.scores().stream()
                                .map(p -> new PartijscoreJson(p.partij(), naam(s, p.partij()), p.score()))
                                .toList(),
                        v.spreiding(),
                        v.spanning()))
                .toList();
        List<PartijJson> nogNiet = partijen(s, scan).stream()
                .filter(p -> p.status() != PartijStatus.INGEDIEND)
                .toList();
        return new VerschillenJson(stellingen, nogNiet, (int)
                stellingen.stream().filter(VerschilJson::spanning).count());
    }

    // ---- action plan ----

    @Operation(summary = "Actieplan", description = "De acties van de scan, op deadline")
    @GetMapping(path = BASIS + "/{scanId}/acties", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ActieJson> leesScanActies(@PathVariable long id, @PathVariable long scanId) {
        LocalDate vandaag = service.vandaag();
        return service.scan(id, scanId).acties().stream()
                .map(a -> ActieJson.van(a, vandaag))
                .toList();
    }

    @Operation(summary = "Actie toevoegen", description = "Alleen de regisseur")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/{scanId}/acties",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ActieJson> maakScanActie(
            @PathVariable long id, @PathVariable long scanId, @Valid @RequestBody ActieInvoerJson body) {
        ScanActie a = service.maakActie(id, scanId, body.invoer());
        return ResponseEntity.created(
                        URI.create("/api/v1/samenwerkingen/" + id + "/scans/" + scanId + "/acties/" + a.id()))
                .eTag(Versie.etag(a.versie()))
                .body(ActieJson.van(a, service.vandaag()));
    }

    @Operation(summary = "Actie", description = "Eén actie; de ETag is haar versie")
    @GetMapping(path = BASIS + "/{scanId}/acties/{actieId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ActieJson> leesScanActie(
            @PathVariable long id, @PathVariable long scanId, @PathVariable long actieId) {
        ScanActie a = service.actie(id, scanId, actieId);
        return ResponseEntity.ok().eTag(Versie.etag(a.versie())).body(ActieJson.van(a, service.vandaag()));
    }

    @Operation(
            summary = "Actie wijzigen",
            description = "De regisseur wijzigt alles; wie voor een partij invult alleen afgerond. If-Match verplicht")
    @PutMapping(
            path = BASIS + "/{scanId}/acties/{actieId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ActieJson> wijzigScanActie(
            @PathVariable long id,
            @PathVariable long scanId,
            @PathVariable long actieId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody ActieInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> service.actie(id, scanId, actieId).versie());
        ScanActie a = service.wijzigActie(id, scanId, actieId, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(a.versie())).body(ActieJson.van(a, service.vandaag()));
    }

    @Operation(summary = "Actie verwijderen", description = "Alleen de regisseur; If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/{scanId}/acties/{actieId}")
    ResponseEntity<Void> verwijderScanActie(
            @PathVariable long id,
            @PathVariable long scanId,
            @PathVariable long actieId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> service.actie(id, scanId, actieId).versie());
        service.verwijderActie(id, scanId, actieId, versie);
        return ResponseEntity.noContent().build();
    }

    // ---- helpers ----

    private ScanJson json(Samenwerking s, Scan scan) {
        LocalDate vandaag = service.vandaag();
        return new ScanJson(
                scan.id(),
                scan.gestartOp(),
                !scan.open(),
                scan.afgerondOp(),
                scan.afsluitreden(),
                partijen(s, scan),
                scan.acties().stream().map(a -> ActieJson.van(a, vandaag)).toList(),
                scan.versie());
    }

    private List<PartijJson> partijen(Samenwerking s, Scan scan) {
        return service.partijen(s, scan).stream()
                .map(p -> {
                    Antwoorden a = scan.van(p).orElse(null);
                    return new PartijJson(p, naam(s, p), status(a), a == null ? null : a.ingediendOp());
                })
                .toList();
    }

    private AntwoordenJson json(Samenwerking s, String partij, @Nullable Antwoorden a) {
        return new AntwoordenJson(
                partij,
                naam(s, partij),
                status(a),
                a == null ? null : a.ingediendOp(),
                a == null
                        ? List.of()
                        : a.scores().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(e -> new ScoreJson(e.getKey().veld(), e.getValue()))
                                .toList(),
                a == null
                        ? List.of()
                        : a.open().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(e -> new OpenJson(e.getKey(), e.getValue()))
                                .toList(),
                a == null ? 0 : a.versie());
    }

    private static PartijStatus status(@Nullable Antwoorden a) {
        return a == null ? PartijStatus.NOG_NIET : a.ingediend() ? PartijStatus.INGEDIEND : PartijStatus.CONCEPT;
    }

    private String naam(Samenwerking s, String partij) {
        return ScanNamen.naam(s, partij, teksten.t("scan.partij.organisatie"));
    }
}
