package nl.samenspel.vorm.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Versie;
import nl.samenspel.vorm.Antwoorden;
import nl.samenspel.vorm.Criterium;
import nl.samenspel.vorm.Geschiktheid;
import nl.samenspel.vorm.Risico;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.VormAntwoorden;
import nl.samenspel.vorm.Vormadvies;
import nl.samenspel.vorm.Vormen;
import nl.samenspel.vorm.Wetsgrond;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/samenwerkingen/{id}/vormadvies}: the form advice per form and criterion with its legal basis, and
 * the answers to its questions; {@code /api/v1/wetsgronden}: every legal basis the product cites, with its source.
 */
@RestController
@Tag(name = "Vorm", description = "Het vormadvies en het besluit over de vorm van de samenwerking")
class VormadviesApi {

    private final Vormen vormen;
    private final Teksten teksten;

    VormadviesApi(Vormen vormen, Teksten teksten) {
        this.vormen = vormen;
        this.teksten = teksten;
    }

    /**
     * A legal basis with its source.
     *
     * @param verwijzing "Wgr art. 8 lid 3"
     * @param uitleg what it says, in our words
     * @param zekerheid WETTEKST, SECUNDAIR or NIET_GEVERIFIEERD
     */
    record WetsgrondJson(
            Wetsgrond code,
            String verwijzing,
            String uitleg,
            Wetsgrond.Zekerheid zekerheid,
            String bron,
            String bronUrl) {}

    /** @param geschiktheid null while the criterion is open (an unanswered question or missing data) */
    record CriteriumJson(
            Criterium criterium,
            String label,
            @Nullable Geschiktheid geschiktheid,
            boolean open,
            String reden,
            WetsgrondJson wetsgrond) {}

    /** @param geschiktheid overall: the worst of the answered criteria */
    record VormoordeelJson(Vorm vorm, String label, Geschiktheid geschiktheid, List<CriteriumJson> criteria) {}

    /** The answers; null is not answered yet. {@code versie} is the ETag of the answers (0: none yet). */
    record AntwoordenJson(
            @Nullable Boolean personeel,
            @Nullable Boolean vermogen,
            @Nullable Boolean heffingen,
            @Nullable Boolean alleenBedrijfsvoering,
            @Nullable Boolean maatwerk,
            @Nullable Risico risico,
            @Nullable String gewijzigdDoor,
            @Nullable Instant gewijzigdOp,
            long versie) {

        static AntwoordenJson van(VormAntwoorden v) {
            Antwoorden a = v.antwoorden();
            return new AntwoordenJson(
                    a.personeel(),
                    a.vermogen(),
                    a.heffingen(),
                    a.alleenBedrijfsvoering(),
                    a.maatwerk(),
                    a.risico(),
                    v.door(),
                    v.op(),
                    v.versie());
        }
    }

    /**
     * @param open whether the form step is open; while it is not, {@code vormen} is empty and {@code ontbreekt}
     *     says what is missing
     * @param openCriteria the criteria that do not count yet (unanswered questions, missing data)
     */
    record VormadviesJson(
            boolean open,
            List<String> ontbreekt,
            List<VormoordeelJson> vormen,
            List<Criterium> openCriteria,
            AntwoordenJson antwoorden) {}

    /** What the regisseur sends: every answer (null or absent: not answered); risico LAAG, MIDDEL or HOOG. */
    record AntwoordenInvoerJson(
            @Nullable Boolean personeel,
            @Nullable Boolean vermogen,
            @Nullable Boolean heffingen,
            @Nullable Boolean alleenBedrijfsvoering,
            @Nullable Boolean maatwerk,
            @Nullable Risico risico) {}

    @Operation(
            summary = "Het vormadvies",
            description = "Per vorm de geschiktheid (PAST, PAST_ONDER_VOORWAARDEN, PAST_NIET), met per criterium de"
                    + " reden, de wetsgrond en haar bron; en de antwoorden op de vragen (ETag: hun versie). Zolang de"
                    + " vormstap dicht is, is 'vormen' leeg en noemt 'ontbreekt' wat er mist.")
    @GetMapping(path = VormApi.BASIS + "/vormadvies", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VormadviesJson> advies(@PathVariable long id) {
        VormAntwoorden antwoorden = vormen.antwoorden(id);
        boolean open = vormen.open(id);
        List<VormoordeelJson> oordelen = List.of();
        List<Criterium> openCriteria = List.of();
        List<String> ontbreekt = List.of();
        if (open) {
            Vormadvies advies = vormen.advies(id);
            oordelen = advies.oordelen().stream().map(this::json).toList();
            openCriteria = advies.openCriteria();
        } else {
            ontbreekt = vormen.ontbreekt(id).stream().map(teksten::t).toList();
        }
        VormadviesJson json =
                new VormadviesJson(open, ontbreekt, oordelen, openCriteria, AntwoordenJson.van(antwoorden));
        return ResponseEntity.ok().eTag(Versie.etag(antwoorden.versie())).body(json);
    }

    @Operation(
            summary = "De vragen van het vormadvies beantwoorden",
            description = "Alleen de regisseur, als de vormstap open is. Alle zes antwoorden tegelijk; null of"
                    + " weggelaten is: nog niet beantwoord. If-Match met de ETag uit de GET (\"0\" de eerste keer).")
    @ApiResponse(responseCode = "200", description = "Vastgelegd; de nieuwe ETag in de header")
    @ApiResponse(responseCode = "409", description = "De vormstap is nog dicht; 'ontbreekt' noemt wat er mist")
    @PutMapping(
            path = VormApi.BASIS + "/vormadvies/antwoorden",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AntwoordenJson> beantwoord(
            @PathVariable long id,
            @Parameter(description = "ETag uit de laatste GET van het vormadvies")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody AntwoordenInvoerJson body) {
        long versie = Versie.uitIfMatch(ifMatch, () -> vormen.antwoorden(id).versie());
        VormAntwoorden v = vormen.beantwoord(
                id,
                new Antwoorden(
                        body.personeel(),
                        body.vermogen(),
                        body.heffingen(),
                        body.alleenBedrijfsvoering(),
                        body.maatwerk(),
                        body.risico()),
                versie);
        return ResponseEntity.ok().eTag(Versie.etag(v.versie())).body(AntwoordenJson.van(v));
    }

    @Operation(
            summary = "De wetsgronden",
            description = "Elke wetsgrond die Samenspel noemt, met artikel, uitleg, bron en hoe zeker het feit is")
    @GetMapping(path = "/api/v1/wetsgronden", produces = MediaType.APPLICATION_JSON_VALUE)
    List<WetsgrondJson> wetsgronden() {
        return Arrays.stream(Wetsgrond.values()).map(this::json).toList();
    }

    private VormoordeelJson json(Vormadvies.Vormoordeel o) {
        return new VormoordeelJson(
                o.vorm(),
                teksten.t(o.vorm().labelSleutel()),
                o.geschiktheid(),
                o.redenen().stream()
                        .map(r -> new CriteriumJson(
                                r.criterium(),
                                teksten.t(r.criterium().labelSleutel()),
                                r.geschiktheid(),
                                r.open(),
                                teksten.t(r.tekst()),
                                json(r.wetsgrond())))
                        .toList());
    }

    private WetsgrondJson json(Wetsgrond w) {
        return new WetsgrondJson(
                w,
                w.verwijzing(),
                teksten.t(w.uitlegSleutel()),
                w.zekerheid(),
                w.bron().titel(),
                w.bron().url());
    }
}
