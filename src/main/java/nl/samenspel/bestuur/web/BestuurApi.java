package nl.samenspel.bestuur.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import nl.samenspel.bestuur.Lijn;
import nl.samenspel.bestuur.Orgaan;
import nl.samenspel.bestuur.OrgaanInvoer;
import nl.samenspel.bestuur.OrgaanSoort;
import nl.samenspel.bestuur.Organen;
import nl.samenspel.bestuur.Organogram;
import nl.samenspel.bestuur.Zetel;
import nl.samenspel.bestuur.ZetelInvoer;
import nl.samenspel.bestuur.ZetelRol;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Versie;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Wetsgrond;
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
 * {@code /api/v1/samenwerkingen/{id}/organen}: the bodies and their seats, the proposal the chosen form brings, and
 * the organisation chart {@code …/organogram} as SVG.
 */
@RestController
@Tag(name = "Bestuur", description = "De organen van een samenwerking, hun zetels en het organogram (regel 2)")
class BestuurApi {

    static final String BASIS = "/api/v1/samenwerkingen/{id}";

    private final Organen organen;
    private final Samenwerkingen samenwerkingen;
    private final Teksten teksten;

    BestuurApi(Organen organen, Samenwerkingen samenwerkingen, Teksten teksten) {
        this.organen = organen;
        this.samenwerkingen = samenwerkingen;
        this.teksten = teksten;
    }

    /**
     * A seat.
     *
     * @param gemeente the municipality (GM code), null for staff of the shared organisation
     * @param inhoudelijk an administrator with at least one content portfolio (not finance or business operations)
     */
    record ZetelJson(
            long id,
            String persoon,
            @Nullable String gemeente,
            ZetelRol rol,
            List<String> portefeuilles,
            boolean inhoudelijk,
            @Nullable String functie,
            int stemmen,
            @Nullable String account,
            long versie) {

        static ZetelJson van(Zetel z) {
            return new ZetelJson(
                    z.id(),
                    z.persoon(),
                    z.gemeenteCode(),
                    z.rol(),
                    z.portefeuilles(),
                    z.inhoudelijk(),
                    z.functie(),
                    z.stemmen(),
                    z.account(),
                    z.versie());
        }
    }

    /**
     * A body with its seats.
     *
     * @param gemeente for an account meeting, the municipality it serves
     */
    record OrgaanJson(
            long id,
            String naam,
            Lijn lijn,
            @Nullable OrgaanSoort soort,
            @Nullable String gemeente,
            long versie,
            List<ZetelJson> zetels) {

        static OrgaanJson van(Orgaan o) {
            return new OrgaanJson(
                    o.id(),
                    o.naam(),
                    o.lijn(),
                    o.soort(),
                    o.gemeenteCode(),
                    o.versie(),
                    o.zetels().stream().map(ZetelJson::van).toList());
        }
    }

    record OrganenJson(List<OrgaanJson> organen, int totaal) {
        static OrganenJson van(List<Orgaan> lijst) {
            return new OrganenJson(lijst.stream().map(OrgaanJson::van).toList(), lijst.size());
        }
    }

    /**
     * What the regisseur sends for a body: {@code {"naam": "Algemeen bestuur", "lijn": "TOEZICHT"}}, optionally
     * {@code soort} and, for an account meeting, the {@code gemeente} it serves. A PUT takes what GET gives.
     */
    record OrgaanInvoerJson(
            @Nullable String naam,
            @Nullable Lijn lijn,
            @Nullable OrgaanSoort soort,
            @Nullable String gemeente) {

        OrgaanInvoer invoer() {
            return new OrgaanInvoer(naam, lijn, soort, gemeente);
        }
    }

    /**
     * What the regisseur sends for a seat: {@code {"persoon": "…", "gemeente": "GM0355", "rol": "BESTUURLIJK",
     * "portefeuilles": ["Financiën"], "stemmen": 1, "account": "gebruikersnaam"}}; {@code functie} for a civil
     * servant; {@code stemmen} defaults to 1; {@code account} optional.
     */
    record ZetelInvoerJson(
            @Nullable String persoon,
            @Nullable String gemeente,
            @Nullable ZetelRol rol,
            @Nullable List<String> portefeuilles,
            @Nullable String functie,
            @Nullable Integer stemmen,
            @Nullable String account) {

        ZetelInvoer invoer() {
            return new ZetelInvoer(persoon, gemeente, rol, portefeuilles, functie, stemmen, account);
        }
    }

    /**
     * One proposed body.
     *
     * @param wetsgrond the legal basis that requires it ("Wgr art. 12"), null where only the method asks for it
     * @param grond why it is proposed
     * @param aanwezig whether the samenwerking already has this body (adopting leaves it alone)
     */
    record VoorgesteldOrgaanJson(
            String naam,
            Lijn lijn,
            OrgaanSoort soort,
            @Nullable String gemeente,
            @Nullable Wetsgrond wetsgrondCode,
            @Nullable String wetsgrond,
            String grond,
            boolean aanwezig) {}

    /** The proposal for the chosen form; {@code vorm} null (and no bodies) while none is chosen. */
    record VoorstelJson(@Nullable Vorm vorm, List<VoorgesteldOrgaanJson> organen) {}

    // ---- bodies ----

    @Operation(
            summary = "Organen",
            description = "De organen van de samenwerking met hun zetels, op volgorde van aanmaken")
    @GetMapping(path = BASIS + "/organen", produces = MediaType.APPLICATION_JSON_VALUE)
    OrganenJson organen(@PathVariable long id) {
        return OrganenJson.van(organen.organen(id));
    }

    @Operation(
            summary = "Orgaan toevoegen",
            description =
                    "Alleen de regisseur: {\"naam\": \"Algemeen bestuur\", \"lijn\": \"TOEZICHT\"}; lijn is een van"
                            + " TOEZICHT, KLANT, ADVIES, UITVOERING")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/organen",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OrgaanJson> maakOrgaan(@PathVariable long id, @Valid @RequestBody OrgaanInvoerJson body) {
        Orgaan o = organen.maakOrgaan(id, body.invoer());
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/organen/" + o.id()))
                .eTag(Versie.etag(o.versie()))
                .body(OrgaanJson.van(o));
    }

    @Operation(summary = "Orgaan", description = "Eén orgaan met zijn zetels; de ETag is de versie van het orgaan")
    @GetMapping(path = BASIS + "/organen/{orgaanId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OrgaanJson> orgaan(@PathVariable long id, @PathVariable long orgaanId) {
        Orgaan o = organen.orgaan(id, orgaanId);
        return ResponseEntity.ok().eTag(Versie.etag(o.versie())).body(OrgaanJson.van(o));
    }

    @Operation(
            summary = "Orgaan wijzigen",
            description = "Alleen de regisseur. If-Match verplicht (428 zonder, 412 als verouderd); wat GET teruggeeft"
                    + " mag terug (id, versie en zetels worden genegeerd)")
    @PutMapping(
            path = BASIS + "/organen/{orgaanId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OrgaanJson> wijzigOrgaan(
            @PathVariable long id,
            @PathVariable long orgaanId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody OrgaanInvoerJson body) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> organen.orgaan(id, orgaanId).versie());
        Orgaan o = organen.wijzigOrgaan(id, orgaanId, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(o.versie())).body(OrgaanJson.van(o));
    }

    @Operation(
            summary = "Orgaan verwijderen",
            description = "Alleen de regisseur; de zetels gaan mee. If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/organen/{orgaanId}")
    ResponseEntity<Void> verwijderOrgaan(
            @PathVariable long id,
            @PathVariable long orgaanId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> organen.orgaan(id, orgaanId).versie());
        organen.verwijderOrgaan(id, orgaanId, versie);
        return ResponseEntity.noContent().build();
    }

    // ---- seats ----

    @Operation(summary = "Zetels", description = "De zetels van één orgaan")
    @GetMapping(path = BASIS + "/organen/{orgaanId}/zetels", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ZetelJson> zetels(@PathVariable long id, @PathVariable long orgaanId) {
        return organen.orgaan(id, orgaanId).zetels().stream()
                .map(ZetelJson::van)
                .toList();
    }

    @Operation(
            summary = "Zetel toevoegen",
            description =
                    "Alleen de regisseur: {\"persoon\": \"…\", \"gemeente\": \"GM0355\", \"rol\": \"BESTUURLIJK\","
                            + " \"portefeuilles\": [\"Financiën\"], \"stemmen\": 1, \"account\": \"gebruikersnaam\"};"
                            + " rol is BESTUURLIJK of AMBTELIJK, account is niet verplicht maar moet bestaan")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; ETag in de header")
    @PostMapping(
            path = BASIS + "/organen/{orgaanId}/zetels",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ZetelJson> maakZetel(
            @PathVariable long id, @PathVariable long orgaanId, @Valid @RequestBody ZetelInvoerJson body) {
        Zetel z = organen.maakZetel(id, orgaanId, body.invoer());
        return ResponseEntity.created(
                        URI.create("/api/v1/samenwerkingen/" + id + "/organen/" + orgaanId + "/zetels/" + z.id()))
                .eTag(Versie.etag(z.versie()))
                .body(ZetelJson.van(z));
    }

    @Operation(
            summary = "Zetel wijzigen",
            description = "Alleen de regisseur. If-Match met de versie van de zetel verplicht (428 zonder, 412 als"
                    + " verouderd)")
    @PutMapping(
            path = BASIS + "/organen/{orgaanId}/zetels/{zetelId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ZetelJson> wijzigZetel(
            @PathVariable long id,
            @PathVariable long orgaanId,
            @PathVariable long zetelId,
            @Parameter(description = "De versie van de zetel als ETag")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody ZetelInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> organen.zetel(id, orgaanId, zetelId).versie());
        Zetel z = organen.wijzigZetel(id, orgaanId, zetelId, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(z.versie())).body(ZetelJson.van(z));
    }

    @Operation(summary = "Zetel verwijderen", description = "Alleen de regisseur. If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/organen/{orgaanId}/zetels/{zetelId}")
    ResponseEntity<Void> verwijderZetel(
            @PathVariable long id,
            @PathVariable long orgaanId,
            @PathVariable long zetelId,
            @Parameter(description = "De versie van de zetel als ETag")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> organen.zetel(id, orgaanId, zetelId).versie());
        organen.verwijderZetel(id, orgaanId, zetelId, versie);
        return ResponseEntity.noContent().build();
    }

    // ---- proposal and chart ----

    @Operation(
            summary = "Voorstel voor de organen",
            description = "De organen die bij de gekozen vorm horen (wat de wet voorschrijft, met wetsgrond) plus de"
                    + " klantlijn die de methode vraagt; zonder gekozen vorm is vorm leeg")
    @GetMapping(path = BASIS + "/organen/voorstel", produces = MediaType.APPLICATION_JSON_VALUE)
    VoorstelJson voorstel(@PathVariable long id) {
        List<Orgaan> bestaand = organen.organen(id);
        return organen.voorstel(id)
                .map(v -> new VoorstelJson(
                        v.vorm(),
                        v.organen().stream()
                                .map(o -> new VoorgesteldOrgaanJson(
                                        teksten.t(o.naam()),
                                        o.lijn(),
                                        o.soort(),
                                        o.gemeenteCode(),
                                        o.wetsgrond(),
                                        o.wetsgrond() == null
                                                ? null
                                                : o.wetsgrond().verwijzing(),
                                        teksten.t(o.grondSleutel()),
                                        bestaand.stream().anyMatch(o::is)))
                                .toList()))
                .orElseGet(() -> new VoorstelJson(null, List.of()));
    }

    @Operation(
            summary = "Voorstel overnemen",
            description = "Alleen de regisseur: maakt de voorgestelde organen die er nog niet zijn (nooit dubbel;"
                    + " twee keer overnemen verandert niets). 409 zolang er geen vorm is gekozen")
    @PostMapping(path = BASIS + "/organen/voorstel", produces = MediaType.APPLICATION_JSON_VALUE)
    OrganenJson neemVoorstelOver(@PathVariable long id) {
        return OrganenJson.van(organen.neemVoorstelOver(id));
    }

    @Operation(
            summary = "Organogram",
            description = "Het organogram als SVG: de toezichtlijn verticaal, de klantlijn horizontaal, met titel,"
                    + " beschrijving en legenda")
    @GetMapping(path = BASIS + "/organogram", produces = "image/svg+xml")
    ResponseEntity<String> organogram(@PathVariable long id) {
        List<Orgaan> lijst = organen.organen(id);
        String svg = Organogram.svg("organogram", lijst, samenwerkingen.vind(id).gemeenten(), teksten::t, null);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
                .body(svg);
    }
}
