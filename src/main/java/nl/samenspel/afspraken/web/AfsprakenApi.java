package nl.samenspel.afspraken.web;

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
import nl.samenspel.afspraken.Aanleiding;
import nl.samenspel.afspraken.Afspraken;
import nl.samenspel.afspraken.AfsprakenInstellingen;
import nl.samenspel.afspraken.Dienst;
import nl.samenspel.afspraken.DienstInvoer;
import nl.samenspel.afspraken.Dienstencatalogus;
import nl.samenspel.afspraken.Dvo;
import nl.samenspel.afspraken.DvoInvoer;
import nl.samenspel.afspraken.DvoStaat;
import nl.samenspel.afspraken.Herziening;
import nl.samenspel.afspraken.RegelStatus;
import nl.samenspel.afspraken.Verschillen;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/samenwerkingen/{id}/diensten} (the service catalogue with front-office variants and the clients'
 * wishes), {@code …/dvo} (a DVO per client municipality per year: lines, agreeing, revisions and their differences,
 * rek and its register, review dates) and {@code …/afspraken-instellingen}.
 */
@RestController
@Tag(
        name = "Afspraken",
        description = "Dienstencatalogus en dienstverleningsovereenkomsten (DVO) per klantgemeente per jaar, met rek,"
                + " versies en herzieningsmomenten (regels 2, 4, 6 en 7)")
class AfsprakenApi {

    static final String BASIS = "/api/v1/samenwerkingen/{id}";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Dienstencatalogus catalogus;
    private final Afspraken afspraken;

    AfsprakenApi(Dienstencatalogus catalogus, Afspraken afspraken) {
        this.catalogus = catalogus;
        this.afspraken = afspraken;
    }

    // ---- JSON ----

    /**
     * A front-office variant.
     *
     * @param gemeenten the client municipalities (GM codes) that use it
     */
    record VariantJson(long id, String naam, String omschrijving, List<String> gemeenten, long versie) {
        static VariantJson van(Dienst.Variant v) {
            return new VariantJson(v.id(), v.naam(), v.omschrijving(), v.gemeenten(), v.versie());
        }
    }

    /** A client municipality's own wish for the service. */
    record WensJson(long id, String gemeente, String tekst, long versie) {
        static WensJson van(Dienst.Wens w) {
            return new WensJson(w.id(), w.gemeenteCode(), w.tekst(), w.versie());
        }
    }

    /**
     * A service of the catalogue.
     *
     * @param backoffice the uniform back-office description
     */
    record DienstJson(
            long id,
            String naam,
            String backoffice,
            int volgorde,
            long versie,
            List<VariantJson> varianten,
            List<WensJson> wensen) {
        static DienstJson van(Dienst d) {
            return new DienstJson(
                    d.id(),
                    d.naam(),
                    d.backoffice(),
                    d.volgorde(),
                    d.versie(),
                    d.varianten().stream().map(VariantJson::van).toList(),
                    d.wensen().stream().map(WensJson::van).toList());
        }
    }

    record DienstenJson(List<DienstJson> diensten, int totaal) {}

    /** {@code {"naam": "Belastingen heffen", "backoffice": "…"}}, optionally {@code volgorde}. */
    record DienstInvoerJson(
            @Nullable String naam,
            @Nullable String backoffice,
            @Nullable Integer volgorde) {
        DienstInvoer.Gegevens invoer() {
            return new DienstInvoer.Gegevens(naam, backoffice, volgorde);
        }
    }

    /** {@code {"naam": "…", "omschrijving": "…", "gemeenten": ["GM0355"]}}. */
    record VariantInvoerJson(
            @Nullable String naam,
            @Nullable String omschrijving,
            @Nullable List<String> gemeenten) {
        DienstInvoer.Variant invoer() {
            return new DienstInvoer.Variant(naam, omschrijving, gemeenten);
        }
    }

    /** {@code {"gemeente": "GM0355", "tekst": "…"}}; a client's own staff may leave out the municipality. */
    record WensInvoerJson(
            @Nullable String gemeente, @Nullable String tekst) {
        DienstInvoer.Wens invoer() {
            return new DienstInvoer.Wens(gemeente, tekst);
        }
    }

    /** The soft cap on indicators per result. */
    record InstellingenJson(int indicatorplafond, long versie) {
        static InstellingenJson van(AfsprakenInstellingen i) {
            return new InstellingenJson(i.indicatorplafond(), i.versie());
        }
    }

    record InstellingenInvoerJson(@Nullable Integer indicatorplafond) {}

    /**
     * A line of a DVO.
     *
     * @param dienst the service's id
     * @param variant the front-office variant's id, null for the uniform service
     * @param processtappen the critical process points
     */
    record RegelJson(
            long id,
            long dienst,
            @Nullable Long variant,
            String resultaat,
            @Nullable String processtappen,
            List<String> indicatoren,
            @Nullable String indicatorReden,
            @Nullable BigDecimal prijs,
            @Nullable BigDecimal volume,
            @Nullable String eenheid,
            RegelStatus status,
            long versie) {
        static RegelJson van(Dvo.Regel r) {
            return new RegelJson(
                    r.id(),
                    r.dienstId(),
                    r.variantId(),
                    r.resultaat(),
                    r.processtappen(),
                    r.indicatoren(),
                    r.indicatorReden(),
                    r.prijs(),
                    r.volume(),
                    r.eenheid(),
                    r.status(),
                    r.versie());
        }
    }

    /**
     * {@code {"dienst": 12, "resultaat": "…", "status": "INDICATIEF"}}; the rest optional. Without status: INDICATIEF
     * during a running transition period, VAST otherwise.
     */
    record RegelInvoerJson(
            @Nullable Long dienst,
            @Nullable Long variant,
            @Nullable String resultaat,
            @Nullable String processtappen,
            @Nullable List<String> indicatoren,
            @Nullable String indicatorReden,
            @Nullable BigDecimal prijs,
            @Nullable BigDecimal volume,
            @Nullable String eenheid,
            @Nullable RegelStatus status) {
        DvoInvoer.Regel invoer() {
            return new DvoInvoer.Regel(
                    dienst,
                    variant,
                    resultaat,
                    processtappen,
                    indicatoren,
                    indicatorReden,
                    prijs,
                    volume,
                    eenheid,
                    status);
        }
    }

    /** The reason for a revision as a reference: soort GEDOE or EVALUATIE, its id and title. */
    record AanleidingJson(Aanleiding.Soort soort, long id, String titel, String pad) {}

    /** A version: opened with a reason (from version 2), agreed by whom and when (null while open). */
    record VersieJson(
            int nummer,
            @Nullable String reden,
            @Nullable AanleidingJson aanleiding,
            String geopendDoor,
            Instant geopendOp,
            @Nullable String vastgesteldDoor,
            @Nullable Instant vastgesteldOp) {
        static VersieJson van(long samenwerkingId, Dvo.Versie v) {
            Aanleiding a = v.aanleiding();
            return new VersieJson(
                    v.nummer(),
                    v.reden(),
                    a == null ? null : new AanleidingJson(a.soort(), a.id(), a.titel(), a.pad(samenwerkingId)),
                    v.geopendDoor(),
                    v.geopendOp(),
                    v.vastgesteldDoor(),
                    v.vastgesteldOp());
        }
    }

    /** One use of the rek. */
    record GebruikJson(
            long id,
            LocalDate datum,
            @Nullable BigDecimal uren,
            @Nullable BigDecimal euro,
            String waarvoor,
            String door) {
        static GebruikJson van(Dvo.Rekgebruik g) {
            return new GebruikJson(g.id(), g.datum(), g.uren(), g.euro(), g.waarvoor(), g.door());
        }
    }

    /** The rek: reserved, used and remaining hours and euros, the explanation and the register. */
    record RekJson(
            @Nullable BigDecimal uren,
            @Nullable BigDecimal euro,
            @Nullable String toelichting,
            BigDecimal gebruikteUren,
            BigDecimal gebruikteEuro,
            BigDecimal resterendeUren,
            BigDecimal resterendeEuro,
            List<GebruikJson> gebruik) {
        static RekJson van(Dvo d) {
            return new RekJson(
                    d.rekUren(),
                    d.rekEuro(),
                    d.rekToelichting(),
                    d.gebruikteUren(),
                    d.gebruikteEuro(),
                    d.resterendeUren(),
                    d.resterendeEuro(),
                    d.gebruik().stream().map(GebruikJson::van).toList());
        }
    }

    record MomentJson(long id, LocalDate datum, String onderwerp) {
        static MomentJson van(Dvo.Herzieningsmoment m) {
            return new MomentJson(m.id(), m.datum(), m.onderwerp());
        }
    }

    /**
     * A DVO with everything in it.
     *
     * @param gemeente the client municipality (GM code)
     * @param staat CONCEPT, VASTGESTELD or HERZIENING
     * @param versienummer the current version
     * @param versie the lock version of the DVO (If-Match for agreeing, revising, the rek)
     */
    record DvoJson(
            long id,
            String gemeente,
            int jaar,
            DvoStaat staat,
            int versienummer,
            long versie,
            List<RegelJson> regels,
            RekJson rek,
            List<MomentJson> herzieningsmomenten,
            List<VersieJson> versies) {
        static DvoJson van(Dvo d) {
            return new DvoJson(
                    d.id(),
                    d.gemeenteCode(),
                    d.jaar(),
                    d.staat(),
                    d.versienummer(),
                    d.versie(),
                    d.regels().stream().map(RegelJson::van).toList(),
                    RekJson.van(d),
                    d.momenten().stream().map(MomentJson::van).toList(),
                    d.versies().stream()
                            .map(v -> VersieJson.van(d.samenwerkingId(), v))
                            .toList());
        }
    }

    record DvosJson(List<DvoJson> dvos, int totaal) {}

    /** {@code {"gemeente": "GM0355", "jaar": 2027}}. */
    record DvoInvoerJson(
            @Nullable String gemeente, @Nullable Integer jaar) {}

    /** {@code {"reden": "…"}}, optionally the matter that led to it. */
    record HerzieningInvoerJson(
            @Nullable String reden, @Nullable AanleidingInvoerJson aanleiding) {}

    record AanleidingInvoerJson(
            Aanleiding.@Nullable Soort soort,
            @Nullable Long id,
            @Nullable String titel) {}

    /** The revision just opened: its version number and the DVO's new lock version. */
    record HerzieningJson(long dvo, int versienummer, long versie) {
        static HerzieningJson van(Herziening h) {
            return new HerzieningJson(h.dvoId(), h.versienummer(), h.versie());
        }
    }

    /** {@code {"uren": 40, "euro": 5000.00, "toelichting": "…"}}. */
    record RekInvoerJson(
            @Nullable BigDecimal uren,
            @Nullable BigDecimal euro,
            @Nullable String toelichting) {}

    /** {@code {"datum": "2027-03-01", "uren": 8, "waarvoor": "…"}} (or {@code euro}); datum defaults to today. */
    record GebruikInvoerJson(
            @Nullable LocalDate datum,
            @Nullable BigDecimal uren,
            @Nullable BigDecimal euro,
            @Nullable String waarvoor) {}

    record MomentInvoerJson(
            @Nullable LocalDate datum, @Nullable String onderwerp) {}

    /** A line as a version holds it. */
    record VersieRegelJson(
            long regel,
            long dienst,
            String dienstNaam,
            @Nullable String variantNaam,
            String resultaat,
            RegelStatus status) {
        static VersieRegelJson van(Verschillen.VersieRegel r) {
            return new VersieRegelJson(
                    r.regelId(), r.dienstId(), r.dienstNaam(), r.variantNaam(), r.resultaat(), r.status());
        }
    }

    record VeldJson(String veld, String oud, String nieuw) {}

    record GewijzigdJson(long regel, String dienstNaam, String resultaat, List<VeldJson> velden) {}

    /** What changed from version {@code van} to version {@code met}. */
    record VerschillenJson(
            int van,
            int met,
            List<VersieRegelJson> toegevoegd,
            List<VersieRegelJson> verwijderd,
            List<GewijzigdJson> gewijzigd) {
        static VerschillenJson van(Verschillen v) {
            return new VerschillenJson(
                    v.van(),
                    v.met(),
                    v.toegevoegd().stream().map(VersieRegelJson::van).toList(),
                    v.verwijderd().stream().map(VersieRegelJson::van).toList(),
                    v.gewijzigd().stream()
                            .map(g -> new GewijzigdJson(
                                    g.regelId(),
                                    g.dienstNaam(),
                                    g.resultaat(),
                                    g.velden().stream()
                                            .map(f -> new VeldJson(f.veld(), f.oud(), f.nieuw()))
                                            .toList()))
                            .toList());
        }
    }

    // ---- catalogue ----

    @Operation(summary = "Dienstencatalogus", description = "De diensten met hun frontofficevarianten en wensen")
    @GetMapping(path = BASIS + "/diensten", produces = JSON)
    DienstenJson diensten(@PathVariable long id) {
        List<DienstJson> lijst =
                catalogus.diensten(id).stream().map(DienstJson::van).toList();
        return new DienstenJson(lijst, lijst.size());
    }

    @Operation(
            summary = "Dienst toevoegen",
            description = "Regisseur of uitvoerder: {\"naam\": \"…\", \"backoffice\": \"…\"} (de uniforme backoffice)")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(path = BASIS + "/diensten", consumes = JSON, produces = JSON)
    ResponseEntity<DienstJson> maakDienst(@PathVariable long id, @Valid @RequestBody DienstInvoerJson body) {
        Dienst d = catalogus.maakDienst(id, body.invoer());
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/diensten/" + d.id()))
                .eTag(Versie.etag(d.versie()))
                .body(DienstJson.van(d));
    }

    @Operation(summary = "Dienst", description = "Eén dienst; de ETag is zijn versie")
    @GetMapping(path = BASIS + "/diensten/{dienstId}", produces = JSON)
    ResponseEntity<DienstJson> dienst(@PathVariable long id, @PathVariable long dienstId) {
        Dienst d = catalogus.dienst(id, dienstId);
        return ResponseEntity.ok().eTag(Versie.etag(d.versie())).body(DienstJson.van(d));
    }

    @Operation(summary = "Dienst wijzigen", description = "Regisseur of uitvoerder; If-Match verplicht")
    @PutMapping(path = BASIS + "/diensten/{dienstId}", consumes = JSON, produces = JSON)
    ResponseEntity<DienstJson> wijzigDienst(
            @PathVariable long id,
            @PathVariable long dienstId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody DienstInvoerJson body) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> catalogus.dienst(id, dienstId).versie());
        Dienst d = catalogus.wijzigDienst(id, dienstId, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(d.versie())).body(DienstJson.van(d));
    }

    @Operation(
            summary = "Dienst verwijderen",
            description = "Regisseur of uitvoerder; If-Match verplicht; geweigerd (409) zolang een DVO-regel hem noemt")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/diensten/{dienstId}")
    ResponseEntity<Void> verwijderDienst(
            @PathVariable long id,
            @PathVariable long dienstId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> catalogus.dienst(id, dienstId).versie());
        catalogus.verwijderDienst(id, dienstId, versie);
        return ResponseEntity.noContent().build();
    }

    // ---- variants ----

    @Operation(summary = "Frontofficevarianten", description = "De varianten van één dienst")
    @GetMapping(path = BASIS + "/diensten/{dienstId}/varianten", produces = JSON)
    List<VariantJson> varianten(@PathVariable long id, @PathVariable long dienstId) {
        return catalogus.dienst(id, dienstId).varianten().stream()
                .map(VariantJson::van)
                .toList();
    }

    @Operation(
            summary = "Frontofficevariant toevoegen",
            description = "Regisseur of uitvoerder: {\"naam\": \"…\", \"omschrijving\": \"…\", \"gemeenten\":"
                    + " [\"GM0355\"]}")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(path = BASIS + "/diensten/{dienstId}/varianten", consumes = JSON, produces = JSON)
    ResponseEntity<VariantJson> maakVariant(
            @PathVariable long id, @PathVariable long dienstId, @Valid @RequestBody VariantInvoerJson body) {
        Dienst.Variant v = catalogus.maakVariant(id, dienstId, body.invoer());
        return ResponseEntity.created(
                        URI.create("/api/v1/samenwerkingen/" + id + "/diensten/" + dienstId + "/varianten/" + v.id()))
                .eTag(Versie.etag(v.versie()))
                .body(VariantJson.van(v));
    }

    @Operation(summary = "Frontofficevariant", description = "Eén variant; de ETag is zijn versie")
    @GetMapping(path = BASIS + "/diensten/{dienstId}/varianten/{variantId}", produces = JSON)
    ResponseEntity<VariantJson> variant(
            @PathVariable long id, @PathVariable long dienstId, @PathVariable long variantId) {
        Dienst.Variant v = catalogus.variant(id, dienstId, variantId);
        return ResponseEntity.ok().eTag(Versie.etag(v.versie())).body(VariantJson.van(v));
    }

    @Operation(summary = "Frontofficevariant wijzigen", description = "Regisseur of uitvoerder; If-Match verplicht")
    @PutMapping(path = BASIS + "/diensten/{dienstId}/varianten/{variantId}", consumes = JSON, produces = JSON)
    ResponseEntity<VariantJson> wijzigVariant(
            @PathVariable long id,
            @PathVariable long dienstId,
            @PathVariable long variantId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody VariantInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> catalogus.variant(id, dienstId, variantId).versie());
        Dienst.Variant v = catalogus.wijzigVariant(id, dienstId, variantId, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(v.versie())).body(VariantJson.van(v));
    }

    @Operation(
            summary = "Frontofficevariant verwijderen",
            description = "Regisseur of uitvoerder; If-Match verplicht; geweigerd (409) zolang een DVO-regel hem noemt")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/diensten/{dienstId}/varianten/{variantId}")
    ResponseEntity<Void> verwijderVariant(
            @PathVariable long id,
            @PathVariable long dienstId,
            @PathVariable long variantId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> catalogus.variant(id, dienstId, variantId).versie());
        catalogus.verwijderVariant(id, dienstId, variantId, versie);
        return ResponseEntity.noContent().build();
    }

    // ---- wishes ----

    @Operation(summary = "Wensen", description = "De eigen wensen van klantgemeenten voor één dienst")
    @GetMapping(path = BASIS + "/diensten/{dienstId}/wensen", produces = JSON)
    List<WensJson> wensen(@PathVariable long id, @PathVariable long dienstId) {
        return catalogus.dienst(id, dienstId).wensen().stream()
                .map(WensJson::van)
                .toList();
    }

    @Operation(
            summary = "Wens toevoegen",
            description = "Een ambtenaar of bestuurder voor de eigen gemeente, of de regisseur of uitvoerder:"
                    + " {\"gemeente\": \"GM0355\", \"tekst\": \"…\"}")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(path = BASIS + "/diensten/{dienstId}/wensen", consumes = JSON, produces = JSON)
    ResponseEntity<WensJson> maakWens(
            @PathVariable long id, @PathVariable long dienstId, @Valid @RequestBody WensInvoerJson body) {
        Dienst.Wens w = catalogus.maakWens(id, dienstId, body.invoer());
        return ResponseEntity.created(
                        URI.create("/api/v1/samenwerkingen/" + id + "/diensten/" + dienstId + "/wensen/" + w.id()))
                .eTag(Versie.etag(w.versie()))
                .body(WensJson.van(w));
    }

    @Operation(summary = "Wens", description = "Eén wens; de ETag is zijn versie")
    @GetMapping(path = BASIS + "/diensten/{dienstId}/wensen/{wensId}", produces = JSON)
    ResponseEntity<WensJson> wens(@PathVariable long id, @PathVariable long dienstId, @PathVariable long wensId) {
        Dienst.Wens w = catalogus.wens(id, dienstId, wensId);
        return ResponseEntity.ok().eTag(Versie.etag(w.versie())).body(WensJson.van(w));
    }

    @Operation(summary = "Wens wijzigen", description = "De tekst; de gemeente blijft. If-Match verplicht")
    @PutMapping(path = BASIS + "/diensten/{dienstId}/wensen/{wensId}", consumes = JSON, produces = JSON)
    ResponseEntity<WensJson> wijzigWens(
            @PathVariable long id,
            @PathVariable long dienstId,
            @PathVariable long wensId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody WensInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> catalogus.wens(id, dienstId, wensId).versie());
        Dienst.Wens w = catalogus.wijzigWens(id, dienstId, wensId, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(w.versie())).body(WensJson.van(w));
    }

    @Operation(summary = "Wens verwijderen", description = "If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/diensten/{dienstId}/wensen/{wensId}")
    ResponseEntity<Void> verwijderWens(
            @PathVariable long id,
            @PathVariable long dienstId,
            @PathVariable long wensId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> catalogus.wens(id, dienstId, wensId).versie());
        catalogus.verwijderWens(id, dienstId, wensId, versie);
        return ResponseEntity.noContent().build();
    }

    // ---- settings ----

    @Operation(summary = "Afspraken-instellingen", description = "Het zachte plafond voor indicatoren per resultaat")
    @GetMapping(path = BASIS + "/afspraken-instellingen", produces = JSON)
    ResponseEntity<InstellingenJson> afsprakenInstellingen(@PathVariable long id) {
        AfsprakenInstellingen i = catalogus.instellingen(id);
        return ResponseEntity.ok().eTag(Versie.etag(i.versie())).body(InstellingenJson.van(i));
    }

    @Operation(
            summary = "Afspraken-instellingen wijzigen",
            description = "Regisseur of uitvoerder: {\"indicatorplafond\": 3}; If-Match verplicht")
    @PutMapping(path = BASIS + "/afspraken-instellingen", consumes = JSON, produces = JSON)
    ResponseEntity<InstellingenJson> wijzigAfsprakenInstellingen(
            @PathVariable long id,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody InstellingenInvoerJson body) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> catalogus.instellingen(id).versie());
        AfsprakenInstellingen i = catalogus.zetIndicatorplafond(id, versie, body.indicatorplafond());
        return ResponseEntity.ok().eTag(Versie.etag(i.versie())).body(InstellingenJson.van(i));
    }

    // ---- DVOs ----

    @Operation(summary = "DVO's", description = "Alle DVO's van de samenwerking, per jaar en gemeente")
    @GetMapping(path = BASIS + "/dvo", produces = JSON)
    DvosJson dvos(@PathVariable long id) {
        List<DvoJson> lijst = afspraken.lijst(id).stream().map(DvoJson::van).toList();
        return new DvosJson(lijst, lijst.size());
    }

    @Operation(
            summary = "DVO maken",
            description = "Regisseur of uitvoerder: {\"gemeente\": \"GM0355\", \"jaar\": 2027}; een concept (versie 1)"
                    + " met voorgestelde herzieningsmomenten; 409 als die gemeente dat jaar al een DVO heeft")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(path = BASIS + "/dvo", consumes = JSON, produces = JSON)
    ResponseEntity<DvoJson> maakDvo(@PathVariable long id, @Valid @RequestBody DvoInvoerJson body) {
        Dvo d = afspraken.maakDvo(id, new DvoInvoer.Nieuw(body.gemeente(), body.jaar()));
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/dvo/" + d.id()))
                .eTag(Versie.etag(d.versie()))
                .body(DvoJson.van(d));
    }

    @Operation(summary = "DVO", description = "Eén DVO met regels, rek, herzieningsmomenten en versies")
    @GetMapping(path = BASIS + "/dvo/{dvoId}", produces = JSON)
    ResponseEntity<DvoJson> dvo(@PathVariable long id, @PathVariable long dvoId) {
        Dvo d = afspraken.dvo(id, dvoId);
        return ResponseEntity.ok().eTag(Versie.etag(d.versie())).body(DvoJson.van(d));
    }

    @Operation(
            summary = "DVO vaststellen",
            description = "De regisseur of de bestuurder van de klantgemeente stelt de huidige versie vast; de regels"
                    + " worden als die versie bewaard. If-Match met de versie van de DVO verplicht")
    @PostMapping(path = BASIS + "/dvo/{dvoId}/vaststelling", produces = JSON)
    ResponseEntity<DvoJson> stelDvoVast(
            @PathVariable long id,
            @PathVariable long dvoId,
            @Parameter(description = "ETag van de DVO")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie = Versie.uitIfMatch(ifMatch, () -> afspraken.dvo(id, dvoId).versie());
        Dvo d = afspraken.stelVast(id, dvoId, versie);
        return ResponseEntity.ok().eTag(Versie.etag(d.versie())).body(DvoJson.van(d));
    }

    // ---- lines ----

    @Operation(summary = "DVO-regels", description = "De regels van de huidige versie")
    @GetMapping(path = BASIS + "/dvo/{dvoId}/regels", produces = JSON)
    List<RegelJson> dvoRegels(@PathVariable long id, @PathVariable long dvoId) {
        return afspraken.dvo(id, dvoId).regels().stream().map(RegelJson::van).toList();
    }

    @Operation(
            summary = "DVO-regel toevoegen",
            description =
                    "{\"dienst\": 12, \"resultaat\": \"…\", \"status\": \"INDICATIEF\"}; status VAST, INDICATIEF of"
                            + " NOG_IN_TE_VULLEN. Alleen in een concept of een open herziening (anders 409)")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(path = BASIS + "/dvo/{dvoId}/regels", consumes = JSON, produces = JSON)
    ResponseEntity<RegelJson> maakDvoRegel(
            @PathVariable long id, @PathVariable long dvoId, @Valid @RequestBody RegelInvoerJson body) {
        Dvo.Regel r = afspraken.maakRegel(id, dvoId, body.invoer());
        return ResponseEntity.created(
                        URI.create("/api/v1/samenwerkingen/" + id + "/dvo/" + dvoId + "/regels/" + r.id()))
                .eTag(Versie.etag(r.versie()))
                .body(RegelJson.van(r));
    }

    @Operation(summary = "DVO-regel", description = "Eén regel; de ETag is zijn versie")
    @GetMapping(path = BASIS + "/dvo/{dvoId}/regels/{regelId}", produces = JSON)
    ResponseEntity<RegelJson> dvoRegel(@PathVariable long id, @PathVariable long dvoId, @PathVariable long regelId) {
        Dvo.Regel r = afspraken.regel(id, dvoId, regelId);
        return ResponseEntity.ok().eTag(Versie.etag(r.versie())).body(RegelJson.van(r));
    }

    @Operation(
            summary = "DVO-regel wijzigen",
            description = "If-Match verplicht; alleen in een concept of een open herziening (anders 409)")
    @PutMapping(path = BASIS + "/dvo/{dvoId}/regels/{regelId}", consumes = JSON, produces = JSON)
    ResponseEntity<RegelJson> wijzigDvoRegel(
            @PathVariable long id,
            @PathVariable long dvoId,
            @PathVariable long regelId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody RegelInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> afspraken.regel(id, dvoId, regelId).versie());
        Dvo.Regel r = afspraken.wijzigRegel(id, dvoId, regelId, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(r.versie())).body(RegelJson.van(r));
    }

    @Operation(
            summary = "DVO-regel verwijderen",
            description = "If-Match verplicht; alleen in een concept of een open herziening (anders 409)")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/dvo/{dvoId}/regels/{regelId}")
    ResponseEntity<Void> verwijderDvoRegel(
            @PathVariable long id,
            @PathVariable long dvoId,
            @PathVariable long regelId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> afspraken.regel(id, dvoId, regelId).versie());
        afspraken.verwijderRegel(id, dvoId, regelId, versie);
        return ResponseEntity.noContent().build();
    }

    // ---- versions ----

    @Operation(
            summary = "DVO-versies",
            description = "De versies: reden, aanleiding, geopend en vastgesteld door en op")
    @GetMapping(path = BASIS + "/dvo/{dvoId}/versies", produces = JSON)
    List<VersieJson> dvoVersies(@PathVariable long id, @PathVariable long dvoId) {
        return afspraken.dvo(id, dvoId).versies().stream()
                .map(v -> VersieJson.van(id, v))
                .toList();
    }

    @Operation(
            summary = "Herziening openen",
            description = "Herprogrammering van een vastgestelde DVO: {\"reden\": \"…\"}, eventueel met een aanleiding"
                    + " {\"soort\": \"GEDOE\", \"id\": 3, \"titel\": \"…\"}. If-Match met de versie van de DVO")
    @ApiResponse(responseCode = "201", description = "De nieuwe versie is geopend")
    @PostMapping(path = BASIS + "/dvo/{dvoId}/versies", consumes = JSON, produces = JSON)
    ResponseEntity<HerzieningJson> openHerziening(
            @PathVariable long id,
            @PathVariable long dvoId,
            @Parameter(description = "ETag van de DVO")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody HerzieningInvoerJson body) {
        long versie = Versie.uitIfMatch(ifMatch, () -> afspraken.dvo(id, dvoId).versie());
        AanleidingInvoerJson a = body.aanleiding();
        Aanleiding aanleiding = a == null || a.soort() == null || a.id() == null
                ? null
                : new Aanleiding(a.soort(), a.id(), a.titel() == null ? "" : a.titel());
        Herziening h = afspraken.herzie(id, dvoId, versie, body.reden() == null ? "" : body.reden(), aanleiding);
        return ResponseEntity.created(
                        URI.create("/api/v1/samenwerkingen/" + id + "/dvo/" + dvoId + "/versies/" + h.versienummer()))
                .eTag(Versie.etag(h.versie()))
                .body(HerzieningJson.van(h));
    }

    @Operation(
            summary = "Verschillen tussen versies",
            description = "Wat er van versie {nummer} naar versie met= veranderde: regels erbij, eraf, en per regel"
                    + " welke velden van wat naar wat")
    @GetMapping(path = BASIS + "/dvo/{dvoId}/versies/{nummer}/verschillen", produces = JSON)
    VerschillenJson dvoVerschillen(
            @PathVariable long id,
            @PathVariable long dvoId,
            @PathVariable int nummer,
            @Parameter(description = "De andere versie") @RequestParam int met) {
        return VerschillenJson.van(afspraken.verschillen(id, dvoId, nummer, met));
    }

    // ---- rek ----

    @Operation(summary = "Rek", description = "Gereserveerde, gebruikte en resterende uren en euro's met het register")
    @GetMapping(path = BASIS + "/dvo/{dvoId}/rek", produces = JSON)
    RekJson rek(@PathVariable long id, @PathVariable long dvoId) {
        return RekJson.van(afspraken.dvo(id, dvoId));
    }

    @Operation(
            summary = "Rek vastleggen",
            description =
                    "Regisseur of uitvoerder: {\"uren\": 40, \"euro\": 5000, \"toelichting\": \"…\"}; If-Match met"
                            + " de versie van de DVO")
    @PutMapping(path = BASIS + "/dvo/{dvoId}/rek", consumes = JSON, produces = JSON)
    ResponseEntity<RekJson> zetRek(
            @PathVariable long id,
            @PathVariable long dvoId,
            @Parameter(description = "ETag van de DVO")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody RekInvoerJson body) {
        long versie = Versie.uitIfMatch(ifMatch, () -> afspraken.dvo(id, dvoId).versie());
        Dvo d = afspraken.zetRek(id, dvoId, versie, new DvoInvoer.Rek(body.uren(), body.euro(), body.toelichting()));
        return ResponseEntity.ok().eTag(Versie.etag(d.versie())).body(RekJson.van(d));
    }

    @Operation(summary = "Rekgebruik", description = "Het register van het gebruik van de rek")
    @GetMapping(path = BASIS + "/dvo/{dvoId}/rek/gebruik", produces = JSON)
    List<GebruikJson> rekgebruik(@PathVariable long id, @PathVariable long dvoId) {
        return afspraken.dvo(id, dvoId).gebruik().stream().map(GebruikJson::van).toList();
    }

    @Operation(
            summary = "Rekgebruik vastleggen",
            description = "{\"datum\": \"2027-03-01\", \"uren\": 8, \"waarvoor\": \"…\"} of met euro; geweigerd (400)"
                    + " als het meer is dan er resteert")
    @ApiResponse(responseCode = "201", description = "Vastgelegd")
    @PostMapping(path = BASIS + "/dvo/{dvoId}/rek/gebruik", consumes = JSON, produces = JSON)
    ResponseEntity<GebruikJson> maakRekgebruik(
            @PathVariable long id, @PathVariable long dvoId, @Valid @RequestBody GebruikInvoerJson body) {
        Dvo.Rekgebruik g = afspraken.gebruikRek(
                id, dvoId, new DvoInvoer.Gebruik(body.datum(), body.uren(), body.euro(), body.waarvoor()));
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/dvo/" + dvoId + "/rek/gebruik"))
                .body(GebruikJson.van(g));
    }

    // ---- review dates ----

    @Operation(summary = "Herzieningsmomenten", description = "Wanneer de partijen de DVO weer bekijken, en waarover")
    @GetMapping(path = BASIS + "/dvo/{dvoId}/herzieningsmomenten", produces = JSON)
    List<MomentJson> herzieningsmomenten(@PathVariable long id, @PathVariable long dvoId) {
        return afspraken.dvo(id, dvoId).momenten().stream().map(MomentJson::van).toList();
    }

    @Operation(
            summary = "Herzieningsmoment toevoegen",
            description = "Regisseur of uitvoerder: {\"datum\": \"2027-09-30\", \"onderwerp\": \"…\"}")
    @ApiResponse(responseCode = "201", description = "Aangemaakt")
    @PostMapping(path = BASIS + "/dvo/{dvoId}/herzieningsmomenten", consumes = JSON, produces = JSON)
    ResponseEntity<MomentJson> maakHerzieningsmoment(
            @PathVariable long id, @PathVariable long dvoId, @Valid @RequestBody MomentInvoerJson body) {
        Dvo.Herzieningsmoment m = afspraken.maakMoment(id, dvoId, new DvoInvoer.Moment(body.datum(), body.onderwerp()));
        return ResponseEntity.created(
                        URI.create("/api/v1/samenwerkingen/" + id + "/dvo/" + dvoId + "/herzieningsmomenten/" + m.id()))
                .body(MomentJson.van(m));
    }

    @Operation(summary = "Herzieningsmoment verwijderen", description = "Regisseur of uitvoerder")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/dvo/{dvoId}/herzieningsmomenten/{momentId}")
    ResponseEntity<Void> verwijderHerzieningsmoment(
            @PathVariable long id, @PathVariable long dvoId, @PathVariable long momentId) {
        afspraken.verwijderMoment(id, dvoId, momentId);
        return ResponseEntity.noContent().build();
    }
}
