package nl.samenspel.overgang.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.samenspel.overgang.Belanghebbende;
import nl.samenspel.overgang.Maatregel;
import nl.samenspel.overgang.MaatregelInvoer;
import nl.samenspel.overgang.MaatregelSoort;
import nl.samenspel.overgang.Overdracht;
import nl.samenspel.overgang.OverdrachtInvoer;
import nl.samenspel.overgang.OverdrachtSoort;
import nl.samenspel.overgang.Overgang;
import nl.samenspel.overgang.Overgangsstand;
import nl.samenspel.overgang.StartInvoer;
import nl.samenspel.overgang.Verwachting;
import nl.samenspel.overgang.VerwachtingInvoer;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.OngeldigeInvoerException;
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
 * {@code /api/v1/samenwerkingen/{id}/overgang} (formal start and transition period), {@code …/maatregelen},
 * {@code …/overdrachtsinventaris} and {@code …/verwachtingen}.
 */
@RestController
@Tag(
        name = "Overgang",
        description = "De start van de samenwerking: formele start, transitieperiode, maatregelen,"
                + " overdrachtsinventaris en verwachtingen (regels 3 en 6)")
class OvergangApi {

    static final String BASIS = "/api/v1/samenwerkingen/{id}";

    private final Overgang overgang;

    OvergangApi(Overgang overgang) {
        this.overgang = overgang;
    }

    // ---- start and transition ----

    /** The transition period, both days included. */
    record TransitieJson(LocalDate start, LocalDate eind) {}

    /**
     * The formal start and the transition period.
     *
     * @param start the formal start, null while not recorded
     * @param transitie null while no transition period is set up
     * @param versie 0 while nothing was recorded
     */
    record OvergangJson(
            @Nullable LocalDate start,
            @Nullable TransitieJson transitie,
            @Nullable String toelichting,
            long versie) {

        static OvergangJson van(Overgangsstand s) {
            return new OvergangJson(
                    s.start(),
                    s.transitie() == null
                            ? null
                            : new TransitieJson(
                                    s.transitie().start(), s.transitie().eind()),
                    s.toelichting(),
                    s.versie());
        }
    }

    /** The transition period as sent: both days ({@code jjjj-mm-dd}) or none. */
    record TransitieInvoerJson(
            @Schema(example = "2027-01-01") @Nullable String start,
            @Schema(example = "2027-12-31") @Nullable String eind) {}

    /**
     * What the regisseur sends: {@code {"start": "2027-01-01", "transitie": {"start": "2027-01-01", "eind":
     * "2027-12-31"}, "toelichting": "…"}}; every field may be left out (not recorded).
     */
    record OvergangInvoerJson(
            @Schema(example = "2027-01-01") @Nullable String start,
            @Nullable TransitieInvoerJson transitie,
            @Nullable String toelichting) {

        StartInvoer invoer() {
            return new StartInvoer(
                    start,
                    transitie == null ? null : transitie.start(),
                    transitie == null ? null : transitie.eind(),
                    toelichting);
        }
    }

    @Operation(
            summary = "Formele start en transitieperiode",
            description = "Zonder vastlegging zijn start en transitie leeg en is de ETag \"0\"")
    @GetMapping(path = BASIS + "/overgang", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OvergangJson> stand(@PathVariable long id) {
        Overgangsstand s = overgang.stand(id);
        return ResponseEntity.ok().eTag(Versie.etag(s.versie())).body(OvergangJson.van(s));
    }

    @Operation(
            summary = "Formele start en transitieperiode vastleggen",
            description = "Alleen de regisseur: {\"start\": \"2027-01-01\", \"transitie\": {\"start\": \"2027-01-01\","
                    + " \"eind\": \"2027-12-31\"}, \"toelichting\": \"…\"}. De transitie heeft een begin en een eind,"
                    + " het eind niet voor het begin. If-Match met de ETag uit de GET (\"0\" voor de eerste keer)")
    @ApiResponse(responseCode = "200", description = "Vastgelegd; de nieuwe ETag in de header")
    @PutMapping(
            path = BASIS + "/overgang",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OvergangJson> legVast(
            @PathVariable long id,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody OvergangInvoerJson body) {
        long versie = Versie.uitIfMatch(ifMatch, () -> overgang.stand(id).versie());
        Overgangsstand s;
        try {
            s = overgang.legVast(id, versie, body.invoer());
        } catch (OngeldigeInvoerException e) {
            throw new OngeldigeInvoerException(alsJson(e.fouten()));
        }
        return ResponseEntity.ok().eTag(Versie.etag(s.versie())).body(OvergangJson.van(s));
    }

    /** The transition's fields are named as in the JSON body: {@code transitie.start}, {@code transitie.eind}. */
    private static Fouten alsJson(Fouten fouten) {
        Fouten uit = new Fouten();
        for (Fouten.Fout f : fouten.alle()) {
            String veld = switch (f.veld()) {
                case "transitieStart" -> "transitie.start";
                case "transitieEind" -> "transitie.eind";
                default -> f.veld();
            };
            uit.voeg(veld, f.sleutel(), f.argumenten().toArray());
        }
        return uit;
    }

    // ---- measures ----

    /**
     * A measure around the start.
     *
     * @param haaltRekWeg whether it takes away the slack that absorbs the unexpected (vacancies left unfilled, the
     *     buffer organised away)
     */
    record MaatregelJson(
            long id,
            MaatregelSoort soort,
            boolean haaltRekWeg,
            String omschrijving,
            @Nullable Integer jaar,
            @Nullable BigDecimal bedrag,
            long versie) {

        static MaatregelJson van(Maatregel m) {
            return new MaatregelJson(
                    m.id(), m.soort(), m.soort().haaltRekWeg(), m.omschrijving(), m.jaar(), m.bedrag(), m.versie());
        }
    }

    /**
     * What the regisseur sends: {@code {"soort": "BESPARINGSTAAKSTELLING", "omschrijving": "…", "jaar": 2027,
     * "bedrag": 150000}}; jaar and bedrag optional.
     */
    record MaatregelInvoerJson(
            @Nullable MaatregelSoort soort,
            @Nullable String omschrijving,
            @Nullable Integer jaar,
            @Nullable BigDecimal bedrag) {

        MaatregelInvoer invoer() {
            return new MaatregelInvoer(soort, omschrijving, jaar, Bedrag.van(bedrag));
        }
    }

    @Operation(summary = "Maatregelen", description = "De maatregelen rond de start, op volgorde van aanmaken")
    @GetMapping(path = BASIS + "/maatregelen", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MaatregelJson> maatregelen(@PathVariable long id) {
        return overgang.maatregelen(id).stream().map(MaatregelJson::van).toList();
    }

    @Operation(
            summary = "Maatregel toevoegen",
            description = "Alleen de regisseur: {\"soort\": \"BESPARINGSTAAKSTELLING\", \"omschrijving\": \"…\","
                    + " \"jaar\": 2027, \"bedrag\": 150000}; soort is een van BESPARINGSTAAKSTELLING,"
                    + " VACATURES_NIET_INVULLEN, BUFFER_WEGORGANISEREN, LEERPERIODE, EXTRA_OVERLEG, OPLEIDING,"
                    + " DUBBELE_BEZETTING, ANDERS")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/maatregelen",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MaatregelJson> maakMaatregel(@PathVariable long id, @Valid @RequestBody MaatregelInvoerJson body) {
        Maatregel m = overgang.maakMaatregel(id, body.invoer());
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/maatregelen/" + m.id()))
                .eTag(Versie.etag(m.versie()))
                .body(MaatregelJson.van(m));
    }

    @Operation(summary = "Maatregel", description = "Eén maatregel; de ETag is haar versie")
    @GetMapping(path = BASIS + "/maatregelen/{mid}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MaatregelJson> maatregel(@PathVariable long id, @PathVariable long mid) {
        Maatregel m = overgang.maatregel(id, mid);
        return ResponseEntity.ok().eTag(Versie.etag(m.versie())).body(MaatregelJson.van(m));
    }

    @Operation(
            summary = "Maatregel wijzigen",
            description = "Alleen de regisseur. If-Match verplicht (428 zonder, 412 als verouderd)")
    @PutMapping(
            path = BASIS + "/maatregelen/{mid}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MaatregelJson> wijzigMaatregel(
            @PathVariable long id,
            @PathVariable long mid,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody MaatregelInvoerJson body) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> overgang.maatregel(id, mid).versie());
        Maatregel m = overgang.wijzigMaatregel(id, mid, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(m.versie())).body(MaatregelJson.van(m));
    }

    @Operation(summary = "Maatregel verwijderen", description = "Alleen de regisseur. If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/maatregelen/{mid}")
    ResponseEntity<Void> verwijderMaatregel(
            @PathVariable long id,
            @PathVariable long mid,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> overgang.maatregel(id, mid).versie());
        overgang.verwijderMaatregel(id, mid, versie);
        return ResponseEntity.noContent().build();
    }

    // ---- overdrachtsinventaris ----

    /**
     * One item of the overdrachtsinventaris.
     *
     * @param gemeente the municipality it comes from (GM code), null when not one in particular
     * @param ontdektNaStart it turned out to move only after the start, without having been foreseen
     */
    record OverdrachtJson(
            long id,
            OverdrachtSoort soort,
            String naam,
            @Nullable String omschrijving,
            @Nullable String gemeente,
            boolean ontdektNaStart,
            long versie) {

        static OverdrachtJson van(Overdracht o) {
            return new OverdrachtJson(
                    o.id(), o.soort(), o.naam(), o.omschrijving(), o.gemeenteCode(), o.ontdektNaStart(), o.versie());
        }
    }

    /**
     * What is sent: {@code {"soort": "TUSSENDOORTAAK", "naam": "…", "omschrijving": "…", "gemeente": "GM0355",
     * "ontdektNaStart": true}}; omschrijving, gemeente and ontdektNaStart (default false) optional.
     */
    record OverdrachtInvoerJson(
            @Nullable OverdrachtSoort soort,
            @Nullable String naam,
            @Nullable String omschrijving,
            @Nullable String gemeente,
            @Nullable Boolean ontdektNaStart) {

        OverdrachtInvoer invoer() {
            return new OverdrachtInvoer(soort, naam, omschrijving, gemeente, Boolean.TRUE.equals(ontdektNaStart));
        }
    }

    @Operation(summary = "Overdrachtsinventaris", description = "Wat overgaat, op volgorde van aanmaken")
    @GetMapping(path = BASIS + "/overdrachtsinventaris", produces = MediaType.APPLICATION_JSON_VALUE)
    List<OverdrachtJson> inventaris(@PathVariable long id) {
        return overgang.inventaris(id).stream().map(OverdrachtJson::van).toList();
    }

    @Operation(
            summary = "Onderdeel van de overdrachtsinventaris toevoegen",
            description = "De regisseur, een uitvoerder van de samenwerking, of een ambtenaar van een deelnemende"
                    + " gemeente voor wat uit de eigen gemeente komt: {\"soort\": \"TUSSENDOORTAAK\", \"naam\": \"…\","
                    + " \"gemeente\": \"GM0355\", \"ontdektNaStart\": true}; soort is een van TAAK, MEDEWERKERS,"
                    + " SYSTEEM, CONTRACT, TUSSENDOORTAAK")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/overdrachtsinventaris",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OverdrachtJson> maakOverdracht(
            @PathVariable long id, @Valid @RequestBody OverdrachtInvoerJson body) {
        Overdracht o = overgang.maakOverdracht(id, body.invoer());
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/overdrachtsinventaris/" + o.id()))
                .eTag(Versie.etag(o.versie()))
                .body(OverdrachtJson.van(o));
    }

    @Operation(summary = "Onderdeel van de overdrachtsinventaris", description = "De ETag is de versie")
    @GetMapping(path = BASIS + "/overdrachtsinventaris/{oid}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OverdrachtJson> overdracht(@PathVariable long id, @PathVariable long oid) {
        Overdracht o = overgang.overdracht(id, oid);
        return ResponseEntity.ok().eTag(Versie.etag(o.versie())).body(OverdrachtJson.van(o));
    }

    @Operation(
            summary = "Onderdeel van de overdrachtsinventaris wijzigen",
            description = "Wie het mag toevoegen (een ambtenaar alleen wat uit de eigen gemeente komt). If-Match"
                    + " verplicht (428 zonder, 412 als verouderd)")
    @PutMapping(
            path = BASIS + "/overdrachtsinventaris/{oid}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OverdrachtJson> wijzigOverdracht(
            @PathVariable long id,
            @PathVariable long oid,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody OverdrachtInvoerJson body) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> overgang.overdracht(id, oid).versie());
        Overdracht o = overgang.wijzigOverdracht(id, oid, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(o.versie())).body(OverdrachtJson.van(o));
    }

    @Operation(summary = "Onderdeel van de overdrachtsinventaris verwijderen", description = "If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/overdrachtsinventaris/{oid}")
    ResponseEntity<Void> verwijderOverdracht(
            @PathVariable long id,
            @PathVariable long oid,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> overgang.overdracht(id, oid).versie());
        overgang.verwijderOverdracht(id, oid, versie);
        return ResponseEntity.noContent().build();
    }

    // ---- expectations ----

    /**
     * One entry of the expectations register.
     *
     * @param volgendeToets when it is checked again, null when not planned
     */
    record VerwachtingJson(
            long id,
            Belanghebbende groep,
            String verwachting,
            @Nullable String communicatie,
            @Nullable LocalDate volgendeToets,
            long versie) {

        static VerwachtingJson van(Verwachting v) {
            return new VerwachtingJson(
                    v.id(), v.groep(), v.verwachting(), v.communicatie(), v.volgendeToets(), v.versie());
        }
    }

    /**
     * What is sent: {@code {"groep": "MEDEWERKERS", "verwachting": "…", "communicatie": "…", "volgendeToets":
     * "2027-03-01"}}; communicatie and volgendeToets optional.
     */
    record VerwachtingInvoerJson(
            @Nullable Belanghebbende groep,
            @Nullable String verwachting,
            @Nullable String communicatie,
            @Schema(example = "2027-03-01") @Nullable String volgendeToets) {

        VerwachtingInvoer invoer() {
            return new VerwachtingInvoer(groep, verwachting, communicatie, volgendeToets);
        }
    }

    @Operation(summary = "Verwachtingen", description = "Het verwachtingenregister, op volgorde van aanmaken")
    @GetMapping(path = BASIS + "/verwachtingen", produces = MediaType.APPLICATION_JSON_VALUE)
    List<VerwachtingJson> verwachtingen(@PathVariable long id) {
        return overgang.verwachtingen(id).stream().map(VerwachtingJson::van).toList();
    }

    @Operation(
            summary = "Verwachting toevoegen",
            description = "De regisseur, of een ambtenaar of bestuurder van een deelnemende gemeente: {\"groep\":"
                    + " \"MEDEWERKERS\", \"verwachting\": \"…\", \"communicatie\": \"…\", \"volgendeToets\":"
                    + " \"2027-03-01\"}; groep is een van MEDEWERKERS, BESTUURDERS, RAADSLEDEN, INWONERS_KLANTEN")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/verwachtingen",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VerwachtingJson> maakVerwachting(
            @PathVariable long id, @Valid @RequestBody VerwachtingInvoerJson body) {
        Verwachting v = overgang.maakVerwachting(id, body.invoer());
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/verwachtingen/" + v.id()))
                .eTag(Versie.etag(v.versie()))
                .body(VerwachtingJson.van(v));
    }

    @Operation(summary = "Verwachting", description = "De ETag is de versie")
    @GetMapping(path = BASIS + "/verwachtingen/{vid}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VerwachtingJson> verwachting(@PathVariable long id, @PathVariable long vid) {
        Verwachting v = overgang.verwachting(id, vid);
        return ResponseEntity.ok().eTag(Versie.etag(v.versie())).body(VerwachtingJson.van(v));
    }

    @Operation(
            summary = "Verwachting wijzigen",
            description = "De regisseur, of een ambtenaar of bestuurder van een deelnemende gemeente. If-Match"
                    + " verplicht (428 zonder, 412 als verouderd)")
    @PutMapping(
            path = BASIS + "/verwachtingen/{vid}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VerwachtingJson> wijzigVerwachting(
            @PathVariable long id,
            @PathVariable long vid,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody VerwachtingInvoerJson body) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> overgang.verwachting(id, vid).versie());
        Verwachting v = overgang.wijzigVerwachting(id, vid, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(v.versie())).body(VerwachtingJson.van(v));
    }

    @Operation(summary = "Verwachting verwijderen", description = "If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/verwachtingen/{vid}")
    ResponseEntity<Void> verwijderVerwachting(
            @PathVariable long id,
            @PathVariable long vid,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> overgang.verwachting(id, vid).versie());
        overgang.verwijderVerwachting(id, vid, versie);
        return ResponseEntity.noContent().build();
    }
}
