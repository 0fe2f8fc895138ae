package nl.samenspel.regeling.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Versie;
import nl.samenspel.regeling.OnderdeelStatus;
import nl.samenspel.regeling.Raadsbesluit;
import nl.samenspel.regeling.RaadsbesluitSoort;
import nl.samenspel.regeling.RegelingOnderdeel;
import nl.samenspel.regeling.Regelingen;
import nl.samenspel.regeling.Regelinginhoud;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Wetsgrond;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regeling's required content and the raden's decisions through the API. One version (ETag) covers the whole
 * regeling part: every write needs If-Match with the ETag of the last read and answers with the new content.
 *
 * <ul>
 *   <li>{@code GET /samenwerkingen/{id}/regeling-inhoud}
 *   <li>{@code PUT|DELETE /samenwerkingen/{id}/regeling-inhoud/onderdelen/{onderdeel}} (onderdeel as in the GET, or
 *       in lower case with hyphens: {@code uittreding-voorwaarden})
 *   <li>{@code PUT /samenwerkingen/{id}/regeling-inhoud/ontwerp}
 *   <li>{@code PUT|DELETE /samenwerkingen/{id}/raadsbesluiten/{gemeentecode}/{soort}} with soort {@code toestemming}
 *       or {@code zienswijze}
 * </ul>
 */
@RestController
@Tag(
        name = "Regeling",
        description = "Wat de gemeenschappelijke regeling moet bevatten en de toestemming en zienswijze van de raden")
class RegelingApi {

    static final String BASIS = "/api/v1/samenwerkingen/{id}";

    private final Regelingen regelingen;
    private final Teksten teksten;

    RegelingApi(Regelingen regelingen, Teksten teksten) {
        this.regelingen = regelingen;
        this.teksten = teksten;
    }

    public record WetsgrondJson(
            @Schema(description = "Wet en artikel", example = "Wgr art. 9")
            String verwijzing,

            @Schema(description = "Wat het artikel zegt, in gewone taal")
            String uitleg,

            @Schema(
                    description = "Hoe zeker het artikelnummer is",
                    allowableValues = {"WETTEKST", "SECUNDAIR", "NIET_GEVERIFIEERD"})
            String zekerheid,

            @Schema(description = "De bron") String bron,
            @Schema(description = "Link naar de bron") String bronUrl) {}

    public record OnderdeelJson(
            @Schema(description = "Het onderdeel", example = "UITTREDING_VOORWAARDEN")
            RegelingOnderdeel onderdeel,

            String label,

            @Schema(description = "Wat de regeling hierover moet zeggen")
            String vraag,

            WetsgrondJson wetsgrond,

            @Schema(
                    description = "Leeg: nog niet afgevinkt",
                    allowableValues = {"GEREGELD", "AFGEWOGEN"})
            @Nullable
            OnderdeelStatus status,

            @Schema(description = "Bij GEREGELD: waar het ontwerp het regelt; bij AFGEWOGEN: waarom niet") @Nullable
            String verwijzing,

            @Schema(description = "Alleen de adviescommissie mag afgewogen en bewust niet gekozen worden")
            boolean magAfgewogen,

            @Nullable String door,
            @Nullable Instant op) {}

    public record RaadsbesluitJson(
            @Schema(description = "De dag van het besluit (jjjj-mm-dd)")
            LocalDate datum,

            @Schema(description = "Titel of nummer van het besluit")
            String document,

            @Schema(description = "Link naar het besluit") @Nullable
            String url,

            String door,
            Instant op) {}

    public record GemeenteStandJson(
            String code,
            String naam,

            @Schema(description = "De toestemming van de raad (Wgr art. 1 lid 4–5); leeg: niet vastgelegd") @Nullable
            RaadsbesluitJson toestemming,

            @Schema(description = "De zienswijze van de raad op het ontwerp (Wgr art. 1 lid 2–3)") @Nullable
            RaadsbesluitJson zienswijze) {}

    public record RegelingInhoudJson(
            long samenwerkingId,

            @Schema(description = "De gekozen vorm; leeg als die nog niet gekozen is") @Nullable
            Vorm vorm,

            @Schema(description = "Een regeling onder de Wgr: dan gelden de lijst en de besluiten van de raden")
            boolean wgr,

            @Schema(
                    description =
                            "Zonder Wgr-vorm: wat in plaats daarvan geldt, of dat eerst een vorm gekozen moet worden")
            @Nullable
            String toelichting,

            @Schema(description = "Wat de regeling onder de gekozen vorm moet bevatten, in volgorde")
            List<OnderdeelJson> onderdelen,

            @Schema(description = "Eerder afgevinkte onderdelen die de gekozen vorm niet meer vraagt (bewaard)")
            List<OnderdeelJson> nietMeerVereist,

            @Schema(description = "Open vereiste onderdelen")
            List<RegelingOnderdeel> open,

            @Schema(description = "De dag waarop het ontwerp naar de raden ging") @Nullable
            LocalDate ontwerpVerzonden,

            @Schema(description = "De laatste dag van de acht weken voor een zienswijze op het ontwerp") @Nullable
            LocalDate zienswijzeTermijnTot,

            List<GemeenteStandJson> gemeenten,
            long versie) {}

    /** Arranged (with where in the draft) or, only for ADVIESCOMMISSIE, considered and left out (with why). */
    public record OnderdeelInvoerJson(
            @Schema(allowableValues = {"GEREGELD", "AFGEWOGEN"}) @Nullable
            OnderdeelStatus status,

            @Schema(example = "artikel 12 van het ontwerp") @Nullable
            String verwijzing) {}

    public record RaadsbesluitInvoerJson(
            @Schema(description = "jjjj-mm-dd, niet in de toekomst; leeg: vandaag") @Nullable
            String datum,

            @Schema(description = "Titel of nummer van het besluit", example = "Raadsbesluit 2026-041") @Nullable
            String document,

            @Schema(description = "Optioneel: link naar het besluit (http of https)") @Nullable
            String url) {}

    public record OntwerpInvoerJson(
            @Schema(description = "jjjj-mm-dd, niet in de toekomst; leeg: vandaag") @Nullable
            String verzondenOp) {}

    @Operation(
            summary = "Wat de regeling moet bevatten",
            description = "De lijst van onderdelen die de gekozen vorm vraagt, elk met artikel, bron en of het"
                    + " geregeld is (met verwijzing naar het ontwerp); per deelnemende gemeente de toestemming en"
                    + " zienswijze van de raad; de dag waarop het ontwerp naar de raden ging en het einde van de acht"
                    + " weken. De ETag is de versie van het geheel")
    @GetMapping(path = BASIS + "/regeling-inhoud", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RegelingInhoudJson> inhoud(@PathVariable long id) {
        return antwoord(regelingen.inhoud(id));
    }

    @Operation(
            summary = "Onderdeel afvinken",
            description = "Alleen de regisseur, als een Wgr-vorm gekozen is: {\"status\": \"GEREGELD\", \"verwijzing\":"
                    + " \"artikel 12 van het ontwerp\"}; voor ADVIESCOMMISSIE ook {\"status\": \"AFGEWOGEN\","
                    + " \"verwijzing\": \"waarom niet\"}. 409 als de vorm het onderdeel niet vraagt")
    @ApiResponse(responseCode = "200", description = "Vastgelegd; de nieuwe ETag in de header")
    @PutMapping(
            path = BASIS + "/regeling-inhoud/onderdelen/{onderdeel}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RegelingInhoudJson> markeer(
            @PathVariable long id,
            @PathVariable String onderdeel,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody OnderdeelInvoerJson body) {
        RegelingOnderdeel o = onderdeel(onderdeel);
        long versie = Versie.uitIfMatch(ifMatch, () -> regelingen.inhoud(id).versie());
        return antwoord(regelingen.markeer(id, o, body.status(), body.verwijzing(), versie));
    }

    @Operation(summary = "Afvinken ongedaan maken", description = "Alleen de regisseur; het onderdeel is weer open")
    @ApiResponse(responseCode = "200", description = "Vastgelegd; de nieuwe ETag in de header")
    @DeleteMapping(
            path = BASIS + "/regeling-inhoud/onderdelen/{onderdeel}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RegelingInhoudJson> wisMarkering(
            @PathVariable long id,
            @PathVariable String onderdeel,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        RegelingOnderdeel o = onderdeel(onderdeel);
        long versie = Versie.uitIfMatch(ifMatch, () -> regelingen.inhoud(id).versie());
        return antwoord(regelingen.wisMarkering(id, o, versie));
    }

    @Operation(
            summary = "Ontwerp naar de raden",
            description = "Alleen de regisseur: de dag waarop het ontwerp van de regeling naar de raden ging; vanaf"
                    + " dan lopen de acht weken voor een zienswijze")
    @ApiResponse(responseCode = "200", description = "Vastgelegd; de nieuwe ETag in de header")
    @PutMapping(
            path = BASIS + "/regeling-inhoud/ontwerp",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RegelingInhoudJson> ontwerp(
            @PathVariable long id,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody OntwerpInvoerJson body) {
        LocalDate datum = Gebeurdatum.lees("verzondenOp", body.verzondenOp());
        long versie = Versie.uitIfMatch(ifMatch, () -> regelingen.inhoud(id).versie());
        return antwoord(regelingen.ontwerpVerzonden(id, datum, versie));
    }

    @Operation(
            summary = "Besluit van een raad vastleggen",
            description = "De toestemming (soort toestemming) of de zienswijze op het ontwerp (soort zienswijze) van de"
                    + " raad van een deelnemende gemeente, met datum en document: {\"datum\": \"2026-03-01\","
                    + " \"document\": \"Raadsbesluit 2026-041\", \"url\": \"https://…\"}. De regisseur, of een ambtenaar"
                    + " of bestuurder van die gemeente (403 voor een andere gemeente en voor een raadslid)")
    @ApiResponse(responseCode = "200", description = "Vastgelegd; de nieuwe ETag in de header")
    @PutMapping(
            path = BASIS + "/raadsbesluiten/{gemeentecode}/{soort}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RegelingInhoudJson> raadsbesluit(
            @PathVariable long id,
            @Parameter(example = "GM0355") @PathVariable String gemeentecode,
            @Parameter(schema = @Schema(allowableValues = {"toestemming", "zienswijze"})) @PathVariable String soort,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody RaadsbesluitInvoerJson body) {
        RaadsbesluitSoort s = soort(soort);
        LocalDate datum = Gebeurdatum.lees("datum", body.datum());
        long versie = Versie.uitIfMatch(ifMatch, () -> regelingen.inhoud(id).versie());
        return antwoord(
                regelingen.legRaadsbesluitVast(id, gemeentecode, s, datum, body.document(), body.url(), versie));
    }

    @Operation(
            summary = "Besluit van een raad wissen",
            description = "Een per vergissing vastgelegd besluit weghalen; dezelfde rechten als vastleggen")
    @ApiResponse(responseCode = "200", description = "Vastgelegd; de nieuwe ETag in de header")
    @DeleteMapping(path = BASIS + "/raadsbesluiten/{gemeentecode}/{soort}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RegelingInhoudJson> wisRaadsbesluit(
            @PathVariable long id,
            @Parameter(example = "GM0355") @PathVariable String gemeentecode,
            @Parameter(schema = @Schema(allowableValues = {"toestemming", "zienswijze"})) @PathVariable String soort,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        RaadsbesluitSoort s = soort(soort);
        long versie = Versie.uitIfMatch(ifMatch, () -> regelingen.inhoud(id).versie());
        return antwoord(regelingen.wisRaadsbesluit(id, gemeentecode, s, versie));
    }

    static RegelingOnderdeel onderdeel(String pad) {
        String naam = pad.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (RegelingOnderdeel o : RegelingOnderdeel.values()) {
            if (o.name().equals(naam)) {
                return o;
            }
        }
        throw new NietGevondenException("onderdeel");
    }

    static RaadsbesluitSoort soort(String pad) {
        return RaadsbesluitSoort.lees(pad).orElseThrow(() -> new NietGevondenException("soort"));
    }

    private ResponseEntity<RegelingInhoudJson> antwoord(Regelinginhoud r) {
        return ResponseEntity.ok().eTag(Versie.etag(r.versie())).body(json(r));
    }

    RegelingInhoudJson json(Regelinginhoud r) {
        return new RegelingInhoudJson(
                r.samenwerkingId(),
                r.vorm(),
                r.wgr(),
                toelichting(r.vorm()),
                r.vereist().stream().map(this::onderdeel).toList(),
                r.nietMeerVereist().stream().map(this::onderdeel).toList(),
                r.open(),
                r.ontwerpVerzonden(),
                r.zienswijzeTermijnTot(),
                r.gemeenten().stream()
                        .map(g -> new GemeenteStandJson(
                                g.gemeente().code(),
                                g.gemeente().naam(),
                                besluit(g.toestemming()),
                                besluit(g.zienswijze())))
                        .toList(),
                r.versie());
    }

    private @Nullable String toelichting(@Nullable Vorm vorm) {
        if (vorm == null) {
            return teksten.t("regeling.geen-vorm");
        }
        return vorm.wgr() ? null : teksten.t("regeling.geen-wgr." + vorm.name());
    }

    private OnderdeelJson onderdeel(Regelinginhoud.Item i) {
        return new OnderdeelJson(
                i.onderdeel(),
                teksten.t(i.onderdeel().labelSleutel()),
                teksten.t(RegelingTeksten.vraagSleutel(i.onderdeel())),
                wetsgrond(i.onderdeel().grondslag()),
                i.status(),
                i.verwijzing(),
                i.magAfgewogen(),
                i.door(),
                i.op());
    }

    WetsgrondJson wetsgrond(Wetsgrond w) {
        return new WetsgrondJson(
                w.verwijzing(),
                teksten.t(w.uitlegSleutel()),
                w.zekerheid().name(),
                w.bron().titel(),
                w.bron().url());
    }

    private static @Nullable RaadsbesluitJson besluit(@Nullable Raadsbesluit b) {
        return b == null ? null : new RaadsbesluitJson(b.datum(), b.document(), b.url(), b.door(), b.op());
    }
}
