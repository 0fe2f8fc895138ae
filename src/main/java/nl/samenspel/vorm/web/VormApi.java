package nl.samenspel.vorm.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.Versie;
import nl.samenspel.samenwerking.BesluitOrgaan;
import nl.samenspel.vorm.Vorm;
import nl.samenspel.vorm.Vormbesluit;
import nl.samenspel.vorm.Vormen;
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

/** {@code /api/v1/samenwerkingen/{id}/vormbesluit}: the chosen form, why, when and by whom. */
@RestController
@Tag(name = "Vorm", description = "Het vormadvies en het besluit over de vorm van de samenwerking")
class VormApi {

    static final String BASIS = "/api/v1/samenwerkingen/{id}";

    private final Vormen vormen;

    VormApi(Vormen vormen) {
        this.vormen = vormen;
    }

    /**
     * @param vorm the chosen form, null while none is decided
     * @param datum the day it was decided (ISO)
     * @param besluitOrgaan the deciding body, if recorded
     */
    record VormbesluitJson(
            @Nullable Vorm vorm,
            @Nullable String motivering,
            @Nullable LocalDate datum,
            @Nullable BesluitOrgaan besluitOrgaan,
            @Nullable String beslotenDoor,
            @Nullable Instant beslotenOp,
            long versie) {

        static VormbesluitJson van(@Nullable Vormbesluit b) {
            return b == null
                    ? new VormbesluitJson(null, null, null, null, null, null, 0)
                    : new VormbesluitJson(
                            b.vorm(),
                            b.motivering(),
                            b.datum(),
                            b.besluitOrgaan(),
                            b.beslotenDoor(),
                            b.beslotenOp(),
                            b.versie());
        }
    }

    /**
     * What the regisseur sends: the form (one of the seven), a reason, optionally the day ({@code jjjj-mm-dd}, not in
     * the future; empty: today) and the deciding body.
     */
    record VormbesluitInvoerJson(
            @Nullable Vorm vorm,
            @Nullable String motivering,
            @Nullable String datum,
            @Nullable String besluitOrgaan) {}

    @Operation(
            summary = "Het vormbesluit",
            description = "De gekozen vorm met motivering, datum en wie besloot; zonder besluit is vorm leeg en de"
                    + " ETag \"0\"")
    @GetMapping(path = BASIS + "/vormbesluit", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VormbesluitJson> besluit(@PathVariable long id) {
        VormbesluitJson json = VormbesluitJson.van(vormen.besluit(id).orElse(null));
        return ResponseEntity.ok().eTag(Versie.etag(json.versie())).body(json);
    }

    @Operation(
            summary = "Vorm kiezen of wijzigen",
            description = "Alleen de regisseur, als de vormstap open is: {\"vorm\": \"OPENBAAR_LICHAAM\","
                    + " \"motivering\": \"…\"}; vorm is een van OPENBAAR_LICHAAM, BEDRIJFSVOERINGSORGANISATIE,"
                    + " GEMEENSCHAPPELIJK_ORGAAN, CENTRUMREGELING, REGELING_ZONDER_MEER, PRIVAATRECHTELIJK, CONTRACT."
                    + " If-Match met de ETag uit de GET (\"0\" voor het eerste besluit).")
    @ApiResponse(responseCode = "200", description = "Vastgelegd; de nieuwe ETag in de header")
    @ApiResponse(responseCode = "409", description = "De vormstap is nog dicht; 'ontbreekt' noemt wat er mist")
    @PutMapping(
            path = BASIS + "/vormbesluit",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VormbesluitJson> kies(
            @PathVariable long id,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody VormbesluitInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> vormen.besluit(id).map(Vormbesluit::versie).orElse(0L));
        Vormbesluit b = vormen.besluit(
                id,
                body.vorm(),
                body.motivering(),
                Gebeurdatum.lees("datum", body.datum()),
                BesluitOrgaan.lees(body.besluitOrgaan()),
                versie);
        VormbesluitJson json = VormbesluitJson.van(b);
        return ResponseEntity.ok().eTag(Versie.etag(json.versie())).body(json);
    }
}
