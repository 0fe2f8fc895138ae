package nl.samenspel.financien.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.financien.Begroting;
import nl.samenspel.financien.Bijdragen;
import nl.samenspel.financien.FinancieleGebeurtenis;
import nl.samenspel.financien.FinancieleSoort;
import nl.samenspel.financien.Financien;
import nl.samenspel.financien.FinancienInstellingen;
import nl.samenspel.financien.GebeurtenisInvoer;
import nl.samenspel.financien.Informatiewijze;
import nl.samenspel.financien.Raadsinformatie;
import nl.samenspel.financien.RaadsinformatieInvoer;
import nl.samenspel.financien.SleutelSoort;
import nl.samenspel.financien.Verdeelsleutel;
import nl.samenspel.platform.Bedrag;
import nl.samenspel.platform.Versie;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The money of a samenwerking: {@code …/verdeelsleutel}, {@code …/begrotingen/{jaar}}, {@code …/bijdragen?jaar=},
 * {@code …/financiele-gebeurtenissen} (with {@code …/{gebeurtenisId}/raadsinformatie}) and
 * {@code …/financien-instellingen}. Amounts are strings in Dutch notation ({@code "1.234.567,89"}).
 */
@RestController
@Tag(
        name = "Financiën",
        description = "Verdeelsleutel, begroting, bijdragen per gemeente en financiële gebeurtenissen"
                + " met het informeren van de raden (regel 7)")
class FinancienApi {

    static final String BASIS = "/api/v1/samenwerkingen/{id}";

    private final Financien financien;

    FinancienApi(Financien financien) {
        this.financien = financien;
    }

    /**
     * The key.
     *
     * @param soort null while no key was set
     * @param delen per municipality code the share in percent (VAST) or the usage units (GEBRUIK); empty for
     *     INWONERS and while none was set
     * @param versie 0 while none was set
     */
    record SleutelJson(@Nullable SleutelSoort soort, Map<String, BigDecimal> delen, long versie) {
        static SleutelJson van(Verdeelsleutel k) {
            return new SleutelJson(k.soort(), k.waarden(), k.versie());
        }
    }

    /**
     * {@code {"soort": "VAST", "delen": {"GM0355": 60, "GM0310": 40}}}: VAST in percent for every participating
     * municipality (together 100), GEBRUIK units for every participating municipality, INWONERS without delen.
     */
    record SleutelInvoerJson(
            @Nullable SleutelSoort soort, @Nullable Map<String, BigDecimal> delen) {}

    /** The budget of a year; {@code totaal} in Dutch notation. */
    record BegrotingJson(int jaar, String totaal, long versie) {
        static BegrotingJson van(Begroting b) {
            return new BegrotingJson(b.jaar(), Bedrag.invoerTekst(b.totaal()), b.versie());
        }
    }

    record BegrotingenJson(List<BegrotingJson> begrotingen) {}

    /** {@code {"totaal": "1.250.000,00"}}. */
    record BegrotingInvoerJson(@Nullable String totaal) {}

    /**
     * One municipality's contribution.
     *
     * @param grondslag the weight used: percent (VAST), inhabitants (INWONERS) or usage units (GEBRUIK)
     * @param aandeel the share in percent, rounded to two decimals for reading
     * @param bijdrage from the budget, Dutch notation
     * @param extra its part of the year's extra contributions and deficits
     */
    record BijdrageJson(
            String gemeente,
            String naam,
            BigDecimal grondslag,
            BigDecimal aandeel,
            String bijdrage,
            String extra,
            String samen) {}

    /**
     * @param totaal the budget of the year; null when none was entered
     * @param berekenbaar false while no key is set or no municipality has a weight
     * @param zonderGrondslag municipalities without a weight in the key (they pay nothing until it is corrected)
     */
    record BijdragenJson(
            int jaar,
            @Nullable String totaal,
            @Nullable SleutelSoort soort,
            String extraTotaal,
            boolean berekenbaar,
            List<BijdrageJson> bijdragen,
            List<String> zonderGrondslag) {
        static BijdragenJson van(Bijdragen b) {
            return new BijdragenJson(
                    b.jaar(),
                    b.totaal() == null ? null : Bedrag.invoerTekst(b.totaal()),
                    b.soort(),
                    Bedrag.invoerTekst(b.extraTotaal()),
                    b.berekenbaar(),
                    b.regels().stream()
                            .map(r -> new BijdrageJson(
                                    r.gemeenteCode(),
                                    r.gemeenteNaam(),
                                    r.grondslag(),
                                    r.aandeel(),
                                    Bedrag.invoerTekst(r.bijdrage()),
                                    Bedrag.invoerTekst(r.extra()),
                                    Bedrag.invoerTekst(r.samen())))
                            .toList(),
                    b.zonderGrondslag());
        }
    }

    /** That a raad was informed; {@code vastgelegdDoor} is who recorded it. */
    record RaadJson(
            String gemeente,
            LocalDate geinformeerdOp,
            Informatiewijze wijze,
            @Nullable String toelichting,
            String vastgelegdDoor) {
        static RaadJson van(Raadsinformatie r) {
            return new RaadJson(r.gemeenteCode(), r.geinformeerdOp(), r.wijze(), r.toelichting(), r.vastgelegdDoor());
        }
    }

    /**
     * A financial event.
     *
     * @param uiterlijk the last day to inform every raad (bekendOp plus the informatietermijn)
     * @param nietGeinformeerd participating municipalities whose raad has not been recorded as informed
     * @param teLaat among those, the ones past {@code uiterlijk} for bad news (extra contribution, deficit)
     */
    record GebeurtenisJson(
            long id,
            FinancieleSoort soort,
            int jaar,
            String bedrag,
            LocalDate bekendOp,
            String omschrijving,
            LocalDate uiterlijk,
            List<RaadJson> raden,
            List<String> nietGeinformeerd,
            List<String> teLaat,
            long versie) {}

    record GebeurtenissenJson(List<GebeurtenisJson> gebeurtenissen, int informatietermijnDagen) {}

    /**
     * {@code {"soort": "EXTRA_BIJDRAGE", "jaar": 2027, "bedrag": "250.000,00", "bekendOp": "2027-03-01",
     * "omschrijving": "…"}}; bekendOp optional (today).
     */
    record GebeurtenisInvoerJson(
            @Nullable FinancieleSoort soort,
            @Nullable Integer jaar,
            @Nullable String bedrag,
            @Nullable LocalDate bekendOp,
            @Nullable String omschrijving) {
        GebeurtenisInvoer invoer() {
            return new GebeurtenisInvoer(soort, jaar, bedrag, bekendOp, omschrijving);
        }
    }

    /**
     * {@code {"gemeente": "GM0355", "geinformeerdOp": "2027-03-10", "wijze": "RAADSINFORMATIEBRIEF"}}; gemeente
     * optional for a civil servant or alderman (their own), geinformeerdOp optional (today), toelichting required
     * for ANDERS.
     */
    record RaadInvoerJson(
            @Nullable String gemeente,
            @Nullable LocalDate geinformeerdOp,
            @Nullable Informatiewijze wijze,
            @Nullable String toelichting) {}

    /** @param versie 0 while nothing was set */
    record InstellingenJson(int informatietermijnDagen, int standaard, long versie) {
        static InstellingenJson van(FinancienInstellingen i) {
            return new InstellingenJson(
                    i.informatietermijnDagen(),
                    nl.samenspel.financien.FinancienFeiten.STANDAARD_INFORMATIETERMIJN,
                    i.versie());
        }
    }

    /** {@code {"informatietermijnDagen": 28}}; null: the default. */
    record InstellingenInvoerJson(@Nullable Integer informatietermijnDagen) {}

    // ---- key ----

    @Operation(
            summary = "Verdeelsleutel",
            description = "Hoe de kosten over de gemeenten worden verdeeld: VAST (percentages), INWONERS"
                    + " (referentiegegevens) of GEBRUIK (eenheden); versie 0 zolang er geen is (ETag \"0\")")
    @GetMapping(path = BASIS + "/verdeelsleutel", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SleutelJson> verdeelsleutel(@PathVariable long id) {
        Verdeelsleutel k = financien.verdeelsleutel(id);
        return ResponseEntity.ok().eTag(Versie.etag(k.versie())).body(SleutelJson.van(k));
    }

    @Operation(
            summary = "Verdeelsleutel vaststellen",
            description =
                    "Alleen de regisseur: {\"soort\": \"VAST\", \"delen\": {\"GM0355\": 60, \"GM0310\": 40}}. VAST:"
                            + " een percentage voor elke deelnemende gemeente, samen precies 100; GEBRUIK: eenheden voor elke"
                            + " deelnemende gemeente, samen meer dan 0; INWONERS zonder delen. Fouten per gemeente in veld"
                            + " deel-<code>. If-Match verplicht (\"0\" de eerste keer)")
    @PutMapping(
            path = BASIS + "/verdeelsleutel",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SleutelJson> stelVerdeelsleutel(
            @PathVariable long id,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody SleutelInvoerJson body) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> financien.verdeelsleutel(id).versie());
        Map<String, BigDecimal> delen = new HashMap<>();
        if (body.delen() != null) {
            body.delen().forEach((code, w) -> {
                if (code != null && w != null) {
                    delen.put(code.strip().toUpperCase(java.util.Locale.ROOT), w);
                }
            });
        }
        Verdeelsleutel k = financien.stelSleutel(id, versie, body.soort(), delen);
        return ResponseEntity.ok().eTag(Versie.etag(k.versie())).body(SleutelJson.van(k));
    }

    // ---- budgets and contributions ----

    @Operation(summary = "Begrotingen", description = "Het begrotingstotaal per jaar")
    @GetMapping(path = BASIS + "/begrotingen", produces = MediaType.APPLICATION_JSON_VALUE)
    BegrotingenJson begrotingenPerJaar(@PathVariable long id) {
        return new BegrotingenJson(
                financien.begrotingen(id).stream().map(BegrotingJson::van).toList());
    }

    @Operation(summary = "Begroting van een jaar", description = "404 zolang er voor dat jaar geen begroting is")
    @GetMapping(path = BASIS + "/begrotingen/{jaar}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BegrotingJson> begrotingVanJaar(@PathVariable long id, @PathVariable int jaar) {
        Begroting b = financien.begroting(id, jaar);
        return ResponseEntity.ok().eTag(Versie.etag(b.versie())).body(BegrotingJson.van(b));
    }

    @Operation(
            summary = "Begroting van een jaar vastleggen",
            description = "Alleen de regisseur: {\"totaal\": \"1.250.000,00\"}, een bedrag groter dan 0 in"
                    + " Nederlandse notatie. If-Match verplicht (\"0\" voor een jaar zonder begroting)")
    @PutMapping(
            path = BASIS + "/begrotingen/{jaar}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BegrotingJson> stelBegrotingVanJaar(
            @PathVariable long id,
            @PathVariable int jaar,
            @Parameter(description = "ETag uit de laatste GET, \"0\" voor een nieuw jaar")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody BegrotingInvoerJson body) {
        long versie = Versie.uitIfMatch(ifMatch, () -> financien.begrotingVersie(id, jaar));
        Begroting b = financien.stelBegroting(id, jaar, versie, body.totaal());
        return ResponseEntity.ok().eTag(Versie.etag(b.versie())).body(BegrotingJson.van(b));
    }

    @Operation(
            summary = "Bijdragen per gemeente",
            description = "De bijdrage van elke deelnemende gemeente in een jaar volgens de verdeelsleutel, tot op de"
                    + " cent verdeeld zodat de delen samen precies het totaal zijn, en haar deel van de extra bijdragen"
                    + " en tekorten van dat jaar")
    @GetMapping(path = BASIS + "/bijdragen", produces = MediaType.APPLICATION_JSON_VALUE)
    BijdragenJson bijdragenPerGemeente(
            @PathVariable long id, @Parameter(description = "Het begrotingsjaar") @RequestParam int jaar) {
        return BijdragenJson.van(financien.bijdragen(id, jaar));
    }

    // ---- events ----

    @Operation(
            summary = "Financiële gebeurtenissen",
            description = "Begrotingswijzigingen, extra bijdragen, tekorten en overschotten, oudste eerst, met per"
                    + " gemeente of en hoe haar raad is geïnformeerd en welke raden te laat zijn")
    @GetMapping(path = BASIS + "/financiele-gebeurtenissen", produces = MediaType.APPLICATION_JSON_VALUE)
    GebeurtenissenJson financieleGebeurtenissen(@PathVariable long id) {
        int termijn = financien.instellingen(id).informatietermijnDagen();
        List<String> codes = codes(id);
        LocalDate vandaag = financien.vandaag();
        return new GebeurtenissenJson(
                financien.gebeurtenissen(id).stream()
                        .map(g -> json(g, codes, vandaag, termijn))
                        .toList(),
                termijn);
    }

    @Operation(summary = "Financiële gebeurtenis", description = "Eén gebeurtenis; de ETag is haar versie")
    @GetMapping(
            path = BASIS + "/financiele-gebeurtenissen/{gebeurtenisId}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GebeurtenisJson> financieleGebeurtenis(@PathVariable long id, @PathVariable long gebeurtenisId) {
        FinancieleGebeurtenis g = financien.gebeurtenis(id, gebeurtenisId);
        return ResponseEntity.ok().eTag(Versie.etag(g.versie())).body(json(id, g));
    }

    @Operation(
            summary = "Financiële gebeurtenis vastleggen",
            description = "Alleen de regisseur: soort (BEGROTINGSWIJZIGING, EXTRA_BIJDRAGE, TEKORT, OVERSCHOT), jaar,"
                    + " bedrag (Nederlandse notatie, groter dan 0), bekendOp (niet na vandaag; standaard vandaag) en"
                    + " omschrijving")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/financiele-gebeurtenissen",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GebeurtenisJson> legFinancieleGebeurtenisVast(
            @PathVariable long id, @Valid @RequestBody GebeurtenisInvoerJson body) {
        FinancieleGebeurtenis g = financien.legVast(id, body.invoer());
        return ResponseEntity.created(
                        URI.create("/api/v1/samenwerkingen/" + id + "/financiele-gebeurtenissen/" + g.id()))
                .eTag(Versie.etag(g.versie()))
                .body(json(id, g));
    }

    @Operation(
            summary = "Financiële gebeurtenis corrigeren",
            description = "Alleen de regisseur, met dezelfde velden als bij vastleggen; wat over de raden is"
                    + " vastgelegd blijft staan. If-Match verplicht")
    @PutMapping(
            path = BASIS + "/financiele-gebeurtenissen/{gebeurtenisId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GebeurtenisJson> corrigeerFinancieleGebeurtenis(
            @PathVariable long id,
            @PathVariable long gebeurtenisId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody GebeurtenisInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> financien.gebeurtenis(id, gebeurtenisId).versie());
        FinancieleGebeurtenis g = financien.wijzig(id, gebeurtenisId, versie, body.invoer());
        return ResponseEntity.ok().eTag(Versie.etag(g.versie())).body(json(id, g));
    }

    @Operation(
            summary = "Raad geïnformeerd",
            description = "Legt vast dat de raad van een gemeente over deze gebeurtenis is geïnformeerd, wanneer en"
                    + " hoe (RAADSINFORMATIEBRIEF, ZIENSWIJZEPROCEDURE, ANDERS met toelichting). De regisseur voor elke"
                    + " deelnemende gemeente, een ambtenaar of bestuurder alleen voor de eigen gemeente (403)."
                    + " Opnieuw vastleggen corrigeert. If-Match van de gebeurtenis verplicht")
    @PostMapping(
            path = BASIS + "/financiele-gebeurtenissen/{gebeurtenisId}/raadsinformatie",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GebeurtenisJson> legRaadsinformatieVast(
            @PathVariable long id,
            @PathVariable long gebeurtenisId,
            @Parameter(description = "ETag van de gebeurtenis")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody RaadInvoerJson body) {
        long versie = Versie.uitIfMatch(
                ifMatch, () -> financien.gebeurtenis(id, gebeurtenisId).versie());
        FinancieleGebeurtenis g = financien.informeer(
                id,
                gebeurtenisId,
                versie,
                new RaadsinformatieInvoer(body.gemeente(), body.geinformeerdOp(), body.wijze(), body.toelichting()));
        return ResponseEntity.ok().eTag(Versie.etag(g.versie())).body(json(id, g));
    }

    // ---- settings ----

    @Operation(
            summary = "Instellingen voor financiën",
            description = "De informatietermijn: binnen hoeveel dagen elke raad moet horen van een tekort of extra"
                    + " bijdrage nadat het bekend werd; versie 0 zolang er niets is ingesteld")
    @GetMapping(path = BASIS + "/financien-instellingen", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InstellingenJson> financienInstellingen(@PathVariable long id) {
        FinancienInstellingen i = financien.instellingen(id);
        return ResponseEntity.ok().eTag(Versie.etag(i.versie())).body(InstellingenJson.van(i));
    }

    @Operation(
            summary = "Instellingen voor financiën wijzigen",
            description = "Alleen de regisseur: {\"informatietermijnDagen\": 28}, 1 tot en met 365 (null: standaard)."
                    + " If-Match verplicht (\"0\" de eerste keer)")
    @PutMapping(
            path = BASIS + "/financien-instellingen",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InstellingenJson> stelFinancienInstellingen(
            @PathVariable long id,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody InstellingenInvoerJson body) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> financien.instellingen(id).versie());
        FinancienInstellingen i = financien.stelInstellingen(id, versie, body.informatietermijnDagen());
        return ResponseEntity.ok().eTag(Versie.etag(i.versie())).body(InstellingenJson.van(i));
    }

    // ---- helpers ----

    private List<String> codes(long id) {
        return financien.deelnemers(id);
    }

    private GebeurtenisJson json(long id, FinancieleGebeurtenis g) {
        return json(
                g, codes(id), financien.vandaag(), financien.instellingen(id).informatietermijnDagen());
    }

    private static GebeurtenisJson json(FinancieleGebeurtenis g, List<String> codes, LocalDate vandaag, int termijn) {
        return new GebeurtenisJson(
                g.id(),
                g.soort(),
                g.jaar(),
                Bedrag.invoerTekst(g.bedrag()),
                g.bekendOp(),
                g.omschrijving(),
                g.uiterlijk(termijn),
                g.raden().stream().map(RaadJson::van).toList(),
                codes.stream().filter(c -> g.raad(c).isEmpty()).toList(),
                codes.stream().filter(c -> g.teLaat(c, vandaag, termijn)).toList(),
                g.versie());
    }
}
