package nl.samenspel.gedoe.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenspel.bestuur.Orgaan;
import nl.samenspel.gedoe.GedoeBehandeling;
import nl.samenspel.gedoe.GedoeInstellingen;
import nl.samenspel.gedoe.GedoeInvoer;
import nl.samenspel.gedoe.GedoeItem;
import nl.samenspel.gedoe.GedoeSoort;
import nl.samenspel.gedoe.GedoeStatus;
import nl.samenspel.gedoe.Gedoelog;
import nl.samenspel.gedoe.Vangnet;
import nl.samenspel.gedoe.VangnetGebruik;
import nl.samenspel.gedoe.VangnetInvoer;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/samenwerkingen/{id}/gedoe}: the gedoelog (raise, route, decide, lesson, the revision it led to),
 * {@code …/gedoe-instellingen} (forum for unforeseen matters, term, safety-net budget) and {@code …/vangnet}.
 */
@RestController
@Tag(name = "Gedoe", description = "Het gedoelog, het forum voor het onvoorziene en het vangnet (regel 3)")
class GedoeApi {

    static final String BASIS = "/api/v1/samenwerkingen/{id}";

    private final Gedoelog gedoelog;

    GedoeApi(Gedoelog gedoelog) {
        this.gedoelog = gedoelog;
    }

    /**
     * The DVO revision an item led to.
     *
     * @param label the DVO as it was named when the revision was opened
     */
    record HerzieningJson(
            long dvo,
            @Nullable Integer versienummer,
            @Nullable String label,
            String pad) {}

    /**
     * A gedoe item.
     *
     * @param nummer its number within the samenwerking
     * @param gemeente the municipality it came from; null: the shared organisation
     * @param forum the body it was routed to; {@code forumNaam} null and {@code forumVerwijderd} true when that
     *     body was deleted since
     * @param leeftijdDagen days since it was raised
     * @param teLaat still unrouted or undecided beyond the samenwerking's term
     */
    record GedoeJson(
            long id,
            int nummer,
            String titel,
            String omschrijving,
            GedoeSoort soort,
            String gemeldDoor,
            String gemeldDoorNaam,
            @Nullable String gemeente,
            LocalDate gemeldOp,
            @Nullable Long forum,
            @Nullable String forumNaam,
            boolean forumVerwijderd,
            @Nullable LocalDate doorgeleidOp,
            @Nullable String besluit,
            @Nullable LocalDate beslotenOp,
            @Nullable String les,
            GedoeStatus status,
            long leeftijdDagen,
            boolean teLaat,
            @Nullable HerzieningJson herziening,
            long versie) {

        static GedoeJson van(GedoeItem i, Map<Long, String> fora, LocalDate vandaag, int termijn) {
            Long forum = i.forum();
            String forumNaam = forum == null ? null : fora.get(forum);
            Long dvo = i.dvoId();
            return new GedoeJson(
                    i.id(),
                    i.volgnummer(),
                    i.titel(),
                    i.omschrijving(),
                    i.soort(),
                    i.gemeldDoor(),
                    i.gemeldDoorNaam(),
                    i.gemeldDoorGemeente(),
                    i.gemeldOp(),
                    forum,
                    forumNaam,
                    forum != null && forumNaam == null,
                    i.doorgeleidOp(),
                    i.besluit(),
                    i.beslotenOp(),
                    i.les(),
                    i.status(),
                    i.leeftijd(vandaag),
                    i.teLaat(vandaag, termijn),
                    dvo == null
                            ? null
                            : new HerzieningJson(
                                    dvo,
                                    i.dvoVersienummer(),
                                    i.dvoLabel(),
                                    "/samenwerkingen/" + i.samenwerkingId() + "/dvo/" + dvo),
                    i.versie());
        }
    }

    /** @param teLaat how many items are overdue */
    record GedoelogJson(List<GedoeJson> gedoe, int totaal, int teLaat, int termijnDagen) {}

    /**
     * A new item: {@code {"titel": "…", "soort": "TUSSENDOORTAAK"}}, optionally {@code omschrijving},
     * {@code gemeldOp} (a day, not later than today; default today) and, for the regisseur, {@code gemeente}.
     */
    record GedoeInvoerJson(
            @Nullable String titel,
            @Nullable String omschrijving,
            @Nullable GedoeSoort soort,
            @Nullable LocalDate gemeldOp,
            @Nullable String gemeente) {}

    /**
     * A change by the regisseur; what GET gives may come back (fields not named here are ignored). {@code status}
     * {@code AFGEROND} closes the item; any other value (or none) leaves the status to follow forum and decision.
     */
    record GedoeWijzigingJson(
            @Nullable String titel,
            @Nullable String omschrijving,
            @Nullable GedoeSoort soort,
            @Nullable Long forum,
            @Nullable String besluit,
            @Nullable LocalDate beslotenOp,
            @Nullable String les,
            @Nullable GedoeStatus status) {}

    /** {@code {"dvo": 12}}: the DVO whose revision the item leads to. */
    record HerzieningInvoerJson(@Nullable Long dvo) {}

    /**
     * The settings.
     *
     * @param forum the body that takes unforeseen matters, null while none is named
     * @param vangnetBudget the safety-net budget in euros, Dutch notation ({@code "25.000,00"}); null while none
     * @param versie 0 while nothing was set
     */
    record InstellingenJson(
            @Nullable Long forum,
            @Nullable String forumNaam,
            int termijnDagen,
            @Nullable String vangnetBudget,
            long versie) {}

    /** {@code {"forum": 12, "termijnDagen": 28, "vangnetBudget": "25.000"}}; all three may be null. */
    record InstellingenInvoerJson(
            @Nullable Long forum,
            @Nullable Integer termijnDagen,
            @Nullable String vangnetBudget) {}

    record GebruikJson(
            long id,
            LocalDate datum,
            String bedrag,
            String waarvoor,
            @Nullable Long gedoe,
            String gemeldDoor) {
        static GebruikJson van(VangnetGebruik g) {
            return new GebruikJson(
                    g.id(), g.datum(), Bedrag.invoerTekst(g.bedrag()), g.waarvoor(), g.gedoe(), g.gemeldDoor());
        }
    }

    /**
     * The safety net; amounts in Dutch notation.
     *
     * @param resterend negative when more was used than the budget holds ({@code overschreden})
     */
    record VangnetJson(
            @Nullable String budget,
            String gebruikt,
            @Nullable String resterend,
            boolean overschreden,
            String overschrijding,
            List<GebruikJson> gebruik) {

        static VangnetJson van(Vangnet v) {
            return new VangnetJson(
                    v.budget() == null ? null : Bedrag.invoerTekst(v.budget()),
                    Bedrag.invoerTekst(v.gebruikt()),
                    v.resterend() == null ? null : tekst(v.resterend()),
                    v.overschreden(),
                    Bedrag.invoerTekst(v.overschrijding()),
                    v.gebruik().stream().map(GebruikJson::van).toList());
        }

        private static String tekst(java.math.BigDecimal b) {
            return b.signum() < 0 ? "-" + Bedrag.invoerTekst(b.negate()) : Bedrag.invoerTekst(b);
        }
    }

    /** {@code {"datum": "2027-03-01", "bedrag": "1.500,00", "waarvoor": "…", "gedoe": 3}}; datum and gedoe optional. */
    record GebruikInvoerJson(
            @Nullable LocalDate datum,
            @Nullable String bedrag,
            @Nullable String waarvoor,
            @Nullable Long gedoe) {}

    // ---- the log ----

    @Operation(
            summary = "Gedoelog",
            description = "De gedoe-items op nummer, met status, forum, leeftijd in dagen en of ze te lang blijven"
                    + " liggen (nog niet doorgeleid of besloten na de termijn)")
    @GetMapping(path = BASIS + "/gedoe", produces = MediaType.APPLICATION_JSON_VALUE)
    GedoelogJson gedoe(@PathVariable long id) {
        List<GedoeItem> items = gedoelog.items(id);
        int termijn = gedoelog.instellingen(id).termijnDagen();
        Map<Long, String> fora = fora(id);
        LocalDate vandaag = gedoelog.vandaag();
        List<GedoeJson> lijst = items.stream()
                .map(i -> GedoeJson.van(i, fora, vandaag, termijn))
                .toList();
        return new GedoelogJson(
                lijst,
                lijst.size(),
                (int) lijst.stream().filter(GedoeJson::teLaat).count(),
                termijn);
    }

    @Operation(
            summary = "Gedoe melden",
            description = "De regisseur, een ambtenaar of bestuurder van een deelnemende gemeente, of een uitvoerder"
                    + " van de samenwerking: {\"titel\": \"…\", \"soort\": \"TUSSENDOORTAAK\"}; soort is een van"
                    + " TUSSENDOORTAAK, KOPPELING, PRIORITERING, ONVOORZIEN, ANDERS")
    @ApiResponse(responseCode = "201", description = "Aangemaakt; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/gedoe",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GedoeJson> meld(@PathVariable long id, @Valid @RequestBody GedoeInvoerJson body) {
        GedoeItem i = gedoelog.meld(
                id, new GedoeInvoer(body.titel(), body.omschrijving(), body.soort(), body.gemeldOp(), body.gemeente()));
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/gedoe/" + i.id()))
                .eTag(Versie.etag(i.versie()))
                .body(json(id, i));
    }

    @Operation(summary = "Gedoe-item", description = "Eén item; de ETag is zijn versie")
    @GetMapping(path = BASIS + "/gedoe/{gedoeId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GedoeJson> item(@PathVariable long id, @PathVariable long gedoeId) {
        GedoeItem i = gedoelog.item(id, gedoeId);
        return ResponseEntity.ok().eTag(Versie.etag(i.versie())).body(json(id, i));
    }

    @Operation(
            summary = "Gedoe-item behandelen",
            description = "Alleen de regisseur: doorleiden (forum = een orgaan van deze samenwerking), besluit, les,"
                    + " afronden (status AFGEROND). Een besluit vraagt een forum, een les een besluit, afronden"
                    + " beide (400); na het besluit blijft het forum vast (409). If-Match verplicht")
    @PutMapping(
            path = BASIS + "/gedoe/{gedoeId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GedoeJson> behandel(
            @PathVariable long id,
            @PathVariable long gedoeId,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody GedoeWijzigingJson body) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> gedoelog.item(id, gedoeId).versie());
        GedoeItem i = gedoelog.behandel(
                id,
                gedoeId,
                versie,
                new GedoeBehandeling(
                        body.titel(),
                        body.omschrijving(),
                        body.soort(),
                        body.forum(),
                        body.besluit(),
                        body.beslotenOp(),
                        body.les(),
                        body.status() == GedoeStatus.AFGEROND));
        return ResponseEntity.ok().eTag(Versie.etag(i.versie())).body(json(id, i));
    }

    @Operation(
            summary = "Herziening van een DVO",
            description = "Alleen de regisseur: {\"dvo\": 12}. Het item moet besloten of afgerond zijn (409); opent een"
                    + " nieuwe versie van de DVO met de les (of anders het besluit) als reden en dit item als aanleiding."
                    + " 404 voor een onbekende DVO. If-Match van het item verplicht")
    @PostMapping(
            path = BASIS + "/gedoe/{gedoeId}/herziening",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GedoeJson> herzie(
            @PathVariable long id,
            @PathVariable long gedoeId,
            @Parameter(description = "ETag van het gedoe-item")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody HerzieningInvoerJson body) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> gedoelog.item(id, gedoeId).versie());
        GedoeItem i = gedoelog.herzie(id, gedoeId, versie, body.dvo());
        return ResponseEntity.ok().eTag(Versie.etag(i.versie())).body(json(id, i));
    }

    // ---- settings and safety net ----

    @Operation(
            summary = "Instellingen voor gedoe",
            description = "Het forum voor het onvoorziene, de termijn in dagen waarna een item te lang ligt, en het"
                    + " budget van het vangnet; versie 0 zolang er niets is ingesteld (ETag \"0\")")
    @GetMapping(path = BASIS + "/gedoe-instellingen", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InstellingenJson> instellingen(@PathVariable long id) {
        GedoeInstellingen in = gedoelog.instellingen(id);
        return ResponseEntity.ok().eTag(Versie.etag(in.versie())).body(json(id, in));
    }

    @Operation(
            summary = "Instellingen voor gedoe wijzigen",
            description = "Alleen de regisseur: {\"forum\": 12, \"termijnDagen\": 28, \"vangnetBudget\": \"25.000\"};"
                    + " forum is een orgaan van deze samenwerking of null, termijn 1 tot en met 365 (standaard 28)."
                    + " If-Match verplicht (\"0\" de eerste keer)")
    @PutMapping(
            path = BASIS + "/gedoe-instellingen",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InstellingenJson> stel(
            @PathVariable long id,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody InstellingenInvoerJson body) {
        long versie = Versie.uitIfMatch(ifMatch, () -> gedoelog.instellingen(id).versie());
        GedoeInstellingen in = gedoelog.stel(id, versie, body.forum(), body.termijnDagen(), body.vangnetBudget());
        return ResponseEntity.ok().eTag(Versie.etag(in.versie())).body(json(id, in));
    }

    @Operation(
            summary = "Vangnet",
            description = "Budget, gebruikt, resterend en het register van het gebruik. Gebruik boven het budget wordt"
                    + " vastgelegd en getoond als overschrijding (overschreden true, resterend negatief)")
    @GetMapping(path = BASIS + "/vangnet/gebruik", produces = MediaType.APPLICATION_JSON_VALUE)
    VangnetJson vangnet(@PathVariable long id) {
        return VangnetJson.van(gedoelog.vangnet(id));
    }

    @Operation(
            summary = "Gebruik van het vangnet vastleggen",
            description = "Alleen de regisseur: {\"bedrag\": \"1.500,00\", \"waarvoor\": \"…\"}, optioneel datum (niet"
                    + " na vandaag) en gedoe (id van een item van deze samenwerking). 409 zolang er geen budget is")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; het vangnet met het nieuwe gebruik")
    @PostMapping(
            path = BASIS + "/vangnet/gebruik",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VangnetJson> gebruik(@PathVariable long id, @Valid @RequestBody GebruikInvoerJson body) {
        gedoelog.gebruik(id, new VangnetInvoer(body.datum(), body.bedrag(), body.waarvoor(), body.gedoe()));
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/vangnet/gebruik"))
                .body(VangnetJson.van(gedoelog.vangnet(id)));
    }

    // ---- helpers ----

    private Map<Long, String> fora(long id) {
        return gedoelog.fora(id).stream().collect(Collectors.toMap(Orgaan::id, Orgaan::naam));
    }

    private GedoeJson json(long id, GedoeItem i) {
        return GedoeJson.van(
                i, fora(id), gedoelog.vandaag(), gedoelog.instellingen(id).termijnDagen());
    }

    private InstellingenJson json(long id, GedoeInstellingen in) {
        Long forum = in.forum();
        return new InstellingenJson(
                forum,
                forum == null ? null : fora(id).get(forum),
                in.termijnDagen(),
                in.budget() == null ? null : Bedrag.invoerTekst(in.budget()),
                in.versie());
    }
}
