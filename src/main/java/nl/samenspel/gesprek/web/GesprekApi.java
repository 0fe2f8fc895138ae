package nl.samenspel.gesprek.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.gesprek.Agendasoort;
import nl.samenspel.gesprek.Gesprek;
import nl.samenspel.gesprek.GesprekInvoer;
import nl.samenspel.gesprek.Gesprekken;
import nl.samenspel.gesprek.Vraag;
import nl.samenspel.platform.Versie;
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
 * {@code /api/v1/samenwerkingen/{id}/gesprekken}: the service conversations (agenda, notes, adjustments, actions)
 * and {@code …/vragenbank}: the probing questions per kind of agenda item.
 */
@RestController
@Tag(
        name = "Gesprekken",
        description = "Dienstverleningsgesprekken per klant-DVO met agenda, verslag, bijsturingen en acties, en de"
                + " vragenbank (regel 7)")
class GesprekApi {

    static final String BASIS = "/api/v1/samenwerkingen/{id}";

    private final Gesprekken gesprekken;

    GesprekApi(Gesprekken gesprekken) {
        this.gesprekken = gesprekken;
    }

    /**
     * An agenda item.
     *
     * @param verwijzing the DVO line, action or gedoe item it is about, null when none
     * @param vragen the probing questions the question bank holds for its kind, now
     */
    record AgendapuntJson(
            Agendasoort soort,
            String titel,
            String toelichting,
            @Nullable Long verwijzing,
            List<String> vragen) {}

    /** @param dvoVersienummer the DVO version it opened, null when it did not change the agreement */
    record BijsturingJson(long id, String tekst, @Nullable Integer dvoVersienummer, String door, LocalDate op) {}

    /** @param teLaat open after its due date */
    record ActieJson(
            long id,
            String omschrijving,
            String eigenaar,
            LocalDate deadline,
            boolean afgerond,
            @Nullable LocalDate afgerondOp,
            boolean teLaat,
            long versie) {
        static ActieJson van(Gesprek.Actie a, LocalDate vandaag) {
            return new ActieJson(
                    a.id(),
                    a.omschrijving(),
                    a.eigenaar(),
                    a.deadline(),
                    !a.open(),
                    a.afgerondOp(),
                    a.teLaat(vandaag),
                    a.versie());
        }
    }

    /**
     * A conversation with its agenda.
     *
     * @param dvoLabel the DVO as named when the conversation was planned
     * @param rapportage the report it was prepared from, null when none
     * @param uitkomst whether notes, an adjustment or an action are recorded
     */
    record GesprekJson(
            long id,
            long dvo,
            String gemeente,
            String dvoLabel,
            @Nullable Long rapportage,
            LocalDate datum,
            @Nullable String verslag,
            boolean uitkomst,
            List<AgendapuntJson> agenda,
            List<BijsturingJson> bijsturingen,
            List<ActieJson> acties,
            long versie) {}

    /** {@code {"dvo": 12, "datum": "2027-03-01", "rapportage": 4}}; datum (default today) and rapportage optional. */
    record GesprekInvoerJson(
            @Nullable Long dvo,
            @Nullable LocalDate datum,
            @Nullable Long rapportage) {}

    /** {@code {"verslag": "…"}}; empty clears it. */
    record VerslagJson(@Nullable String verslag) {}

    /** {@code {"tekst": "…", "nieuweDvoVersie": true}}: with nieuweDvoVersie a new DVO version with this reason. */
    record BijsturingInvoerJson(
            @Nullable String tekst, @Nullable Boolean nieuweDvoVersie) {}

    /** {@code {"omschrijving": "…", "eigenaar": "…", "deadline": "2027-04-01", "afgerond": false}}. */
    record ActieInvoerJson(
            @Nullable String omschrijving,
            @Nullable String eigenaar,
            @Nullable LocalDate deadline,
            @Nullable Boolean afgerond) {}

    /** @param versie 0 for a question of the default set */
    record VraagJson(long id, Agendasoort soort, String tekst, int volgorde, long versie) {
        static VraagJson van(Vraag v) {
            return new VraagJson(v.id(), v.soort(), v.tekst(), v.volgorde(), v.versie());
        }
    }

    /** @param standaard whether this is still the default set (the first change makes it the samenwerking's own) */
    record VragenbankJson(boolean standaard, List<VraagJson> vragen) {}

    record VraagInvoerJson(
            @Nullable Agendasoort soort, @Nullable String tekst) {}

    enum Richting {
        OMHOOG,
        OMLAAG
    }

    record VerplaatsingJson(@Nullable Richting richting) {}

    // ---- conversations ----

    @Operation(
            summary = "Dienstverleningsgesprekken",
            description = "De gesprekken die u mag zien, op datum: de regisseur, de uitvoerder en de mensen van de"
                    + " klantgemeente zelf; een andere gemeente ziet het gesprek van een klant niet")
    @GetMapping(path = BASIS + "/gesprekken", produces = MediaType.APPLICATION_JSON_VALUE)
    List<GesprekJson> gesprekkenLijst(@PathVariable long id) {
        Map<Agendasoort, List<String>> vragen = gesprekken.vragenPerSoort(id);
        LocalDate vandaag = gesprekken.vandaag();
        return gesprekken.gesprekken(id).stream()
                .map(g -> json(g, vragen, vandaag))
                .toList();
    }

    @Operation(
            summary = "Gesprek plannen",
            description = "De regisseur of een ambtenaar of bestuurder van de klantgemeente: {\"dvo\": 12, \"datum\":"
                    + " \"2027-03-01\", \"rapportage\": 4}. Zet de agenda klaar: afwijkingen en aandachtspunten uit de"
                    + " rapportage, open acties van eerdere gesprekken over deze DVO, het gebruik van de rek en nieuw"
                    + " gedoe, elk met doorvraagvragen. 400 voor een DVO of rapportage die niet bestaat")
    @ApiResponse(responseCode = "201", description = "Gepland; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/gesprekken",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GesprekJson> gesprekPlannen(@PathVariable long id, @Valid @RequestBody GesprekInvoerJson body) {
        Gesprek g = gesprekken.maak(id, new GesprekInvoer.Nieuw(body.dvo(), body.datum(), body.rapportage()));
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/gesprekken/" + g.id()))
                .eTag(Versie.etag(g.versie()))
                .body(json(id, g));
    }

    @Operation(summary = "Gesprek", description = "Eén gesprek met zijn agenda, verslag, bijsturingen en acties")
    @GetMapping(path = BASIS + "/gesprekken/{gesprekId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GesprekJson> gesprek(@PathVariable long id, @PathVariable long gesprekId) {
        Gesprek g = gesprekken.gesprek(id, gesprekId);
        return ResponseEntity.ok().eTag(Versie.etag(g.versie())).body(json(id, g));
    }

    @Operation(
            summary = "Verslag van een gesprek",
            description = "{\"verslag\": \"…\"}: wat er besproken en afgesproken is; leeg haalt het weg. De regisseur,"
                    + " de klantgemeente of de uitvoerder. If-Match van het gesprek verplicht")
    @PutMapping(
            path = BASIS + "/gesprekken/{gesprekId}/verslag",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GesprekJson> gesprekVerslag(
            @PathVariable long id,
            @PathVariable long gesprekId,
            @Parameter(description = "ETag uit de laatste GET van het gesprek")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody VerslagJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> gesprekken.gesprek(id, gesprekId).versie());
        Gesprek g = gesprekken.legVerslagVast(id, gesprekId, versie, body.verslag());
        return ResponseEntity.ok().eTag(Versie.etag(g.versie())).body(json(id, g));
    }

    @Operation(
            summary = "Bijsturing vastleggen",
            description = "De regisseur of de klantgemeente: {\"tekst\": \"…\", \"nieuweDvoVersie\": true}. Met"
                    + " nieuweDvoVersie opent dit een nieuwe versie van de DVO met de tekst als reden en dit gesprek"
                    + " als aanleiding (dat mag de regisseur of de bestuurder van de klant; 409 als er al een"
                    + " herziening loopt of de DVO nooit is vastgesteld)")
    @ApiResponse(responseCode = "201", description = "Vastgelegd")
    @PostMapping(
            path = BASIS + "/gesprekken/{gesprekId}/bijsturingen",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BijsturingJson> gesprekBijsturing(
            @PathVariable long id, @PathVariable long gesprekId, @Valid @RequestBody BijsturingInvoerJson body) {
        Gesprek.Bijsturing b = gesprekken.stuurBij(
                id, gesprekId, new GesprekInvoer.Bijsturing(body.tekst(), Boolean.TRUE.equals(body.nieuweDvoVersie())));
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/gesprekken/" + gesprekId))
                .body(json(b));
    }

    @Operation(
            summary = "Actie toevoegen",
            description = "De regisseur, de klantgemeente of de uitvoerder: {\"omschrijving\": \"…\", \"eigenaar\":"
                    + " \"…\", \"deadline\": \"2027-04-01\"}. Het volgende gesprek over deze DVO opent met de open"
                    + " acties")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; ETag is de versie van de actie")
    @PostMapping(
            path = BASIS + "/gesprekken/{gesprekId}/acties",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ActieJson> gesprekActieToevoegen(
            @PathVariable long id, @PathVariable long gesprekId, @Valid @RequestBody ActieInvoerJson body) {
        Gesprek.Actie a = gesprekken.maakActie(id, gesprekId, invoer(body));
        return ResponseEntity.created(
                        URI.create("/api/v1/samenwerkingen/" + id + "/gesprekken/" + gesprekId + "/acties/" + a.id()))
                .eTag(Versie.etag(a.versie()))
                .body(ActieJson.van(a, gesprekken.vandaag()));
    }

    @Operation(
            summary = "Actie wijzigen of afronden",
            description = "Als bij toevoegen, met \"afgerond\": true om de actie af te ronden. If-Match van de actie"
                    + " verplicht")
    @PutMapping(
            path = BASIS + "/gesprekken/{gesprekId}/acties/{actieId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ActieJson> gesprekActieWijzigen(
            @PathVariable long id,
            @PathVariable long gesprekId,
            @PathVariable long actieId,
            @Parameter(description = "ETag van de actie")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody ActieInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch,
                () -> gesprekken.gesprek(id, gesprekId).acties().stream()
                        .filter(a -> a.id() == actieId)
                        .mapToLong(Gesprek.Actie::versie)
                        .findFirst()
                        .orElse(Versie.ONBEKEND));
        Gesprek.Actie a = gesprekken.wijzigActie(id, gesprekId, actieId, versie, invoer(body));
        return ResponseEntity.ok().eTag(Versie.etag(a.versie())).body(ActieJson.van(a, gesprekken.vandaag()));
    }

    // ---- question bank ----

    @Operation(
            summary = "Vragenbank",
            description = "De doorvraagvragen per soort agendapunt (AFWIJKING, AANDACHT, ACTIE, REK, GEDOE), op"
                    + " volgorde; standaard true zolang het de standaardset is (negatieve id's, versie 0)")
    @GetMapping(path = BASIS + "/vragenbank", produces = MediaType.APPLICATION_JSON_VALUE)
    VragenbankJson vragenbank(@PathVariable long id) {
        List<Vraag> vragen = gesprekken.vragenbank(id);
        return new VragenbankJson(
                vragen.stream().allMatch(Vraag::standaard),
                vragen.stream().map(VraagJson::van).toList());
    }

    @Operation(
            summary = "Vraag toevoegen",
            description = "De regisseur: {\"soort\": \"AFWIJKING\", \"tekst\": \"…\"}; komt achteraan bij die soort")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; ETag is de versie van de vraag")
    @PostMapping(
            path = BASIS + "/vragenbank",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VraagJson> vraagToevoegen(@PathVariable long id, @Valid @RequestBody VraagInvoerJson body) {
        Vraag v = gesprekken.maakVraag(id, new GesprekInvoer.Vraag(body.soort(), body.tekst()));
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/vragenbank/" + v.id()))
                .eTag(Versie.etag(v.versie()))
                .body(VraagJson.van(v));
    }

    @Operation(
            summary = "Vraag wijzigen",
            description = "De regisseur: {\"soort\": \"…\", \"tekst\": \"…\"}. If-Match van de vraag verplicht (\"0\""
                    + " voor een vraag uit de standaardset, die daarmee de eigen vragenbank wordt)")
    @PutMapping(
            path = BASIS + "/vragenbank/{vraagId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VraagJson> vraagWijzigen(
            @PathVariable long id,
            @PathVariable long vraagId,
            @Parameter(description = "ETag van de vraag")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody VraagInvoerJson body) {
        long versie = Versie.uitIfMatch(ifMatch, () -> huidige(id, vraagId));
        Vraag v = gesprekken.wijzigVraag(id, vraagId, versie, new GesprekInvoer.Vraag(body.soort(), body.tekst()));
        return ResponseEntity.ok().eTag(Versie.etag(v.versie())).body(VraagJson.van(v));
    }

    @Operation(summary = "Vraag verwijderen", description = "De regisseur. If-Match van de vraag verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/vragenbank/{vraagId}")
    ResponseEntity<Void> vraagVerwijderen(
            @PathVariable long id,
            @PathVariable long vraagId,
            @Parameter(description = "ETag van de vraag")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie = Versie.uitIfMatch(ifMatch, () -> huidige(id, vraagId));
        gesprekken.verwijderVraag(id, vraagId, versie);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Vraag verplaatsen",
            description = "De regisseur: {\"richting\": \"OMHOOG\"} of OMLAAG, één plaats binnen de soort. If-Match van"
                    + " de vraag verplicht")
    @PostMapping(
            path = BASIS + "/vragenbank/{vraagId}/verplaatsing",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VraagJson> vraagVerplaatsen(
            @PathVariable long id,
            @PathVariable long vraagId,
            @Parameter(description = "ETag van de vraag")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody VerplaatsingJson body) {
        long versie = Versie.uitIfMatch(ifMatch, () -> huidige(id, vraagId));
        Vraag v = gesprekken.verplaatsVraag(id, vraagId, versie, body.richting() != Richting.OMLAAG);
        return ResponseEntity.ok().eTag(Versie.etag(v.versie())).body(VraagJson.van(v));
    }

    // ---- helpers ----

    private long huidige(long id, long vraagId) {
        return gesprekken.vragenbank(id).stream()
                .filter(v -> v.id() == vraagId)
                .mapToLong(Vraag::versie)
                .findFirst()
                .orElse(Versie.ONBEKEND);
    }

    private static GesprekInvoer.Actie invoer(ActieInvoerJson body) {
        return new GesprekInvoer.Actie(
                body.omschrijving(), body.eigenaar(), body.deadline(), Boolean.TRUE.equals(body.afgerond()));
    }

    private GesprekJson json(long id, Gesprek g) {
        return json(g, gesprekken.vragenPerSoort(id), gesprekken.vandaag());
    }

    static GesprekJson json(Gesprek g, Map<Agendasoort, List<String>> vragen, LocalDate vandaag) {
        return new GesprekJson(
                g.id(),
                g.dvoId(),
                g.gemeenteCode(),
                g.dvoLabel(),
                g.rapportageId(),
                g.datum(),
                g.verslag(),
                g.uitkomst(),
                g.agenda().stream()
                        .map(p -> new AgendapuntJson(
                                p.soort(),
                                p.titel(),
                                p.toelichting(),
                                p.verwijzing(),
                                vragen.getOrDefault(p.soort(), List.of())))
                        .toList(),
                g.bijsturingen().stream().map(GesprekApi::json).toList(),
                g.acties().stream().map(a -> ActieJson.van(a, vandaag)).toList(),
                g.versie());
    }

    private static BijsturingJson json(Gesprek.Bijsturing b) {
        return new BijsturingJson(b.id(), b.tekst(), b.dvoVersienummer(), b.door(), b.op());
    }
}
