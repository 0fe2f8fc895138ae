package nl.samenspel.samenwerking.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenspel.audit.AuditEvent;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.platform.Pagina;
import nl.samenspel.platform.Versie;
import nl.samenspel.samenwerking.BesluitOrgaan;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.FaseOvergang;
import nl.samenspel.samenwerking.Keten;
import nl.samenspel.samenwerking.NieuweSamenwerking;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.SamenwerkingRechten;
import nl.samenspel.samenwerking.SamenwerkingVerwijzing;
import nl.samenspel.samenwerking.SamenwerkingWijziging;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.samenwerking.VertrokkenPartij;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/samenwerkingen}. Bodies are typed records bound by Jackson and checked with Bean Validation; a wrong
 * type ({@code "gemeenten": "GM0355"}) or a missing code gets a Dutch message naming the field path (see
 * platform ApiProblemen).
 */
@RestController
@RequestMapping(path = "/api/v1/samenwerkingen", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Samenwerkingen", description = "Samenwerkingen van gemeenten onder regie van een regisseur")
class SamenwerkingApi {

    static final int STANDAARD_GROOTTE = 20;

    private final Samenwerkingen samenwerkingen;

    SamenwerkingApi(Samenwerkingen samenwerkingen) {
        this.samenwerkingen = samenwerkingen;
    }

    public record GemeenteJson(String code, String naam) {}

    public record SamenwerkingJson(
            long id,
            String titel,
            String omschrijving,
            String fase,
            List<GemeenteJson> gemeenten,
            String regisseur,
            boolean oefencasus,
            boolean gearchiveerd,
            long versie,

            @Schema(description = "Sinds welke dag de samenwerking in deze fase is", format = "date")
            String faseSinds,

            @Schema(description = "Gemeenten die deelnamen en vertrokken; wat zij vastlegden blijft leesbaar")
            List<VertrokkenJson> vertrokken,

            @Schema(description = "De samenwerking die deze voortzet, als u die mag zien") @Nullable
            VerwijzingJson opvolger,

            @Schema(description = "De samenwerkingen die deze voortzet (die u mag zien)")
            List<VerwijzingJson> voorgangers) {

        static SamenwerkingJson van(Samenwerking s, LocalDate faseSinds, Keten keten) {
            return new SamenwerkingJson(
                    s.id(),
                    s.titel(),
                    s.omschrijving(),
                    s.fase().name(),
                    s.gemeenten().stream()
                            .map(g -> new GemeenteJson(g.code(), g.naam()))
                            .toList(),
                    s.regisseur(),
                    s.oefencasus(),
                    s.gearchiveerd(),
                    s.versie(),
                    faseSinds.toString(),
                    s.vertrokken().stream().map(VertrokkenJson::van).toList(),
                    keten.opvolger() == null ? null : VerwijzingJson.van(keten.opvolger()),
                    keten.voorgangers().stream().map(VerwijzingJson::van).toList());
        }
    }

    /** A municipality that left: the day it left and why. */
    public record VertrokkenJson(
            String code,
            String naam,
            @Schema(format = "date") String datum,
            String reden) {

        static VertrokkenJson van(VertrokkenPartij v) {
            return new VertrokkenJson(v.code(), v.gemeente().naam(), v.datum().toString(), v.reden());
        }
    }

    /** Another samenwerking: a successor or a predecessor. */
    public record VerwijzingJson(long id, String titel) {

        static VerwijzingJson van(SamenwerkingVerwijzing v) {
            return new VerwijzingJson(v.id(), v.titel());
        }
    }

    public record LijstJson(List<SamenwerkingJson> samenwerkingen, int pagina, int paginaGrootte, long totaal) {}

    /**
     * A municipality in a request: its CBS code as a string ({@code "GM0355"}) or the object GET returns
     * ({@code {"code": "GM0355", "naam": "Zeist"}}; the name is read-only and ignored).
     */
    @Schema(
            description =
                    "Een CBS-gemeentecode (\"GM0355\") of een gemeente zoals GET haar geeft ({\"code\": \"GM0355\"}); "
                            + "de naam wordt genegeerd",
            oneOf = {String.class, GemeenteJson.class})
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GemeenteVerwijzing(
            @NotBlank(message = "{samenwerking.fout.gemeente-code}") @Nullable
            String code) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public GemeenteVerwijzing(@JsonProperty("code") @Nullable String code) {
            this.code = code;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static GemeenteVerwijzing vanCode(@Nullable String code) {
            return new GemeenteVerwijzing(code);
        }

        static List<String> codes(@Nullable List<GemeenteVerwijzing> gemeenten) {
            return gemeenten == null
                    ? List.of()
                    : gemeenten.stream().map(GemeenteVerwijzing::code).toList();
        }
    }

    @Schema(description = "Nieuwe samenwerking; regisseur alleen voor een beheerder (verplicht voor hem)")
    public record NieuwJson(
            @Schema(maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String titel,

            @Schema(maxLength = 10_000, requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String omschrijving,

            @Schema(description = "Minstens 2, hoogstens 50", example = "[\"GM0355\",\"GM0310\"]") @Nullable
            List<@NotNull(message = "{samenwerking.fout.gemeente-code}") @Valid GemeenteVerwijzing> gemeenten,

            @Nullable String regisseur) {}

    @Schema(
            description =
                    "Volledige wijziging; fase is hier niet te wijzigen. gearchiveerd weglaten laat het archief "
                            + "ongemoeid. Wat GET teruggeeft, mag ongewijzigd terug: gemeenten als codes of als objecten met code; "
                            + "alleen-lezen velden (id, fase, regisseur, oefencasus, versie, naam van een gemeente) worden genegeerd")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WijzigingJson(
            @Nullable String titel,
            @Nullable String omschrijving,
            @Nullable List<@NotNull(message = "{samenwerking.fout.gemeente-code}") @Valid GemeenteVerwijzing> gemeenten,
            @Nullable Boolean gearchiveerd,
            @Nullable OpvolgerVerwijzing opvolger) {}

    public record WijzigingVeldJson(
            String veld, @Nullable String voor, @Nullable String na) {}

    /**
     * {@code datum}: the day it happened; {@code tijdstip}: when it was recorded; {@code samenwerking}: the
     * samenwerking it belongs to (this one, or a predecessor whose history continues here).
     */
    public record HistorieJson(
            String datum,
            String tijdstip,
            String gebruiker,
            String actie,
            String entiteit,
            String entiteitId,
            List<WijzigingVeldJson> wijzigingen,

            @Schema(description = "De samenwerking waar dit bij hoort: deze, of een voorganger die zij voortzet")
            VerwijzingJson samenwerking) {}

    @Operation(
            summary = "Samenwerkingen die u mag zien",
            description = "Nieuwst gewijzigd eerst; gearchiveerde alleen met gearchiveerd=true")
    @GetMapping
    LijstJson lijst(
            @RequestParam(required = false) @Nullable Boolean gearchiveerd,
            @RequestParam(required = false) @Nullable Integer pagina,
            @RequestParam(required = false) @Nullable Integer paginaGrootte,
            @Parameter(description = "true: alleen oefensamenwerkingen; standaard alleen echte")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean oefen) {
        Pagina<Samenwerking> p = samenwerkingen.zichtbaar(
                Boolean.TRUE.equals(gearchiveerd),
                Boolean.TRUE.equals(oefen),
                Pagina.pagina(pagina),
                Pagina.grootte(paginaGrootte, STANDAARD_GROOTTE));
        return new LijstJson(json(p.items()), p.pagina(), p.grootte(), p.totaal());
    }

    @Operation(
            summary = "Samenwerking aanmaken",
            description = "Voor regisseurs (worden zelf regisseur) en beheerders (noemen een regisseur)")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SamenwerkingJson> maak(@Valid @RequestBody NieuwJson body) {
        GemeenteInvoer gemeenten = GemeenteInvoer.lees(GemeenteVerwijzing.codes(body.gemeenten()));
        Samenwerking s = samenwerkingen.maak(new NieuweSamenwerking(
                body.titel(), body.omschrijving(), gemeenten.codes(), body.regisseur(), gemeenten.onleesbaar()));
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + s.id()))
                .header(HttpHeaders.ETAG, Versie.etag(s.versie()))
                .body(json(s));
    }

    @Operation(summary = "Eén samenwerking", description = "404 als hij niet bestaat of als u hem niet mag zien")
    @GetMapping("/{id}")
    ResponseEntity<SamenwerkingJson> een(@PathVariable long id) {
        Samenwerking s = samenwerkingen.vind(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(s.versie()))
                .body(json(s));
    }

    @Operation(
            summary = "Samenwerking wijzigen of archiveren",
            description = "Alleen de eigen regisseur. "
                    + "If-Match met de ETag is verplicht (428 zonder, 412 als iemand anders intussen wijzigde). "
                    + "Archiveren: gearchiveerd=true. Een gearchiveerde samenwerking weigert elke wijziging met 409, behalve "
                    + "uit het archief halen: gearchiveerd=false met verder dezelfde titel, omschrijving en gemeenten")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SamenwerkingJson> wijzig(
            @PathVariable long id,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody WijzigingJson body) {
        // Not visible is 404 and not editable 403 before anything else, so a guessed id reveals nothing.
        Samenwerking huidig = samenwerkingen.vind(id);
        if (!samenwerkingen.kanBewerken(huidig)) {
            throw new AccessDeniedException("samenwerking " + id + " bewerken");
        }
        long versie = Versie.uitIfMatch(ifMatch, huidig::versie);
        GemeenteInvoer gemeenten = GemeenteInvoer.lees(GemeenteVerwijzing.codes(body.gemeenten()));
        Samenwerking s = samenwerkingen.wijzig(
                id,
                versie,
                new SamenwerkingWijziging(
                        body.titel(),
                        body.omschrijving(),
                        gemeenten.codes(),
                        body.gearchiveerd(),
                        gemeenten.onleesbaar(),
                        body.opvolger() == null ? null : body.opvolger().keuze()));
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(s.versie()))
                .body(json(s));
    }

    @Schema(
            description =
                    "Faseovergang; reden alleen nodig om door te gaan terwijl er nog iets ontbreekt. datum: de dag "
                            + "waarop de overgang plaatsvond (leeg = vandaag, eerder mag, later niet); besluitOrgaan: wie besloot")
    public record FaseJson(
            @Schema(example = "ONDERHANDELEN") @Nullable String fase,
            @Schema(maxLength = 2000) @Nullable String reden,

            @Schema(example = "2016-01-01", format = "date") @Nullable
            String datum,

            @Schema(
                    example = "STUURGROEP",
                    allowableValues = {
                        "COLLEGE",
                        "BURGEMEESTER",
                        "RAAD",
                        "STUURGROEP",
                        "ALGEMEEN_BESTUUR",
                        "DAGELIJKS_BESTUUR"
                    })
            @Nullable
            String besluitOrgaan) {}

    /** {@code op}: when it was recorded; {@code datum}: the day it happened. */
    public record OvergangJson(
            String van,
            String naar,
            boolean override,
            @Nullable String reden,
            List<String> ontbrak,
            List<String> deelsBesproken,
            String door,
            String op,
            String datum,
            @Nullable String besluitOrgaan) {

        static OvergangJson van(FaseOvergang o) {
            return new OvergangJson(
                    o.van().name(),
                    o.naar().name(),
                    o.override(),
                    o.reden(),
                    o.ontbrak(),
                    o.deelsBesproken(),
                    o.door(),
                    o.op().toString(),
                    o.datum().toString(),
                    o.besluitOrgaan() == null ? null : o.besluitOrgaan().name());
        }
    }

    @Operation(
            summary = "Fase wijzigen",
            description = "Alleen de eigen regisseur. Vooruit gelden de voorwaarden van "
                    + "de nieuwe fase: ontbreekt er iets en is er geen reden, dan 409 met 'ontbreekt'. Met een reden gaat de "
                    + "regisseur toch door; dat wordt vastgelegd. Terug kan altijd. If-Match met de ETag van de samenwerking is "
                    + "verplicht (428 zonder, 412 als iemand anders intussen wijzigde).")
    @ApiResponse(
            responseCode = "200",
            description = "De vastgelegde overgang; de nieuwe ETag van de samenwerking in de header")
    @ApiResponse(responseCode = "409", description = "Voorwaarden niet vervuld; 'ontbreekt' noemt wat er nog mist")
    @PostMapping(path = "/{id}/fase", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OvergangJson> fase(
            @PathVariable long id,
            @RequestBody FaseJson body,
            @Parameter(description = "ETag uit de laatste GET van de samenwerking")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        // As with PUT: not visible is 404 and not allowed 403 before anything else, then the version, then the input.
        Samenwerking huidig = samenwerkingen.vind(id);
        SamenwerkingRechten.faseWijzigen(HuidigeGebruiker.get(), huidig).eis(huidig, "fase van samenwerking " + id);
        long versie = Versie.uitIfMatch(ifMatch, huidig::versie);
        Fouten fouten = new Fouten();
        String fase = body.fase();
        String reden = body.reden();
        Fase naar = null;
        if (fase == null || fase.isBlank()) {
            fouten.voeg("fase", "samenwerking.fase.verplicht");
        } else {
            try {
                naar = Fase.valueOf(fase.strip());
            } catch (IllegalArgumentException e) {
                fouten.voeg("fase", "samenwerking.fase.onbekend");
            }
        }
        LocalDate datum = body.datum() == null ? null : Gebeurdatum.uitFormulier(fouten, "datum", body.datum());
        BesluitOrgaan orgaan = null;
        if (body.besluitOrgaan() != null) {
            try {
                orgaan = BesluitOrgaan.valueOf(body.besluitOrgaan().strip());
            } catch (IllegalArgumentException e) {
                fouten.voeg("besluitOrgaan", "besluit.orgaan.onbekend");
            }
        }
        fouten.gooiAlsNietLeeg();
        FaseOvergang o = samenwerkingen.wijzigFase(id, versie, naar, reden, datum, orgaan);
        Samenwerking s = samenwerkingen.vind(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.ETAG, Versie.etag(s.versie()))
                .body(OvergangJson.van(o));
    }

    @Operation(
            summary = "Vastgelegde faseovergangen",
            description = "Nieuwste eerst, met eventuele reden en wat er ontbrak")
    @GetMapping("/{id}/fase-overgangen")
    List<OvergangJson> overgangen(@PathVariable long id) {
        return samenwerkingen.overgangen(id).stream().map(OvergangJson::van).toList();
    }

    @Operation(
            summary = "Historie van een samenwerking",
            description = "Nieuwste eerst; voor de eigen regisseur en beheerders. Zet de samenwerking een andere "
                    + "voort (opvolger), dan staat de historie van die voorganger ertussen, als u die mag lezen; "
                    + "'samenwerking' zegt bij elke regel waar hij bij hoort")
    @GetMapping("/{id}/historie")
    List<HistorieJson> historie(@PathVariable long id) {
        Samenwerking s = samenwerkingen.vind(id);
        List<HistorieJson> uit = new java.util.ArrayList<>();
        samenwerkingen.historie(id).forEach(e -> uit.add(historie(e, new VerwijzingJson(s.id(), s.titel()))));
        for (Samenwerkingen.Voorgeschiedenis v : samenwerkingen.voorgeschiedenis(id)) {
            VerwijzingJson bij = VerwijzingJson.van(v.samenwerking());
            v.events().forEach(e -> uit.add(historie(e, bij)));
        }
        // One story: newest first by the day it happened, whichever samenwerking it belongs to (stable sort).
        uit.sort(java.util.Comparator.comparing(HistorieJson::datum).reversed());
        return uit;
    }

    private SamenwerkingJson json(Samenwerking s) {
        return json(List.of(s)).get(0);
    }

    private List<SamenwerkingJson> json(List<Samenwerking> lijst) {
        Map<Long, LocalDate> sinds = samenwerkingen.faseSinds(lijst);
        Map<Long, Keten> ketens = samenwerkingen.ketens(lijst);
        return lijst.stream()
                .map(s -> SamenwerkingJson.van(
                        s,
                        Objects.requireNonNull(sinds.get(s.id()), "one per samenwerking"),
                        ketens.getOrDefault(s.id(), Keten.LEEG)))
                .toList();
    }

    private static HistorieJson historie(AuditEvent e, VerwijzingJson samenwerking) {
        return new HistorieJson(
                Samenwerkingen.gebeurdatum(e).toString(),
                e.tijdstip().toString(),
                e.gebruiker(),
                e.actie().name(),
                e.entiteitType(),
                e.entiteitId(),
                e.wijzigingen().stream()
                        .map(w -> new WijzigingVeldJson(w.veld(), w.voor(), w.na()))
                        .toList(),
                samenwerking);
    }
}
