package nl.samenspel.stappen;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.ConflictException;
import nl.samenspel.platform.Fouten;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Versie;
import nl.samenspel.samenwerking.Samenwerking;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
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
 * {@code /api/v1/samenwerkingen/{id}/stappen/{stap}}, the tension register {@code …/spanningen} and practice
 * samenwerkingen {@code /api/v1/oefensamenwerkingen}. Bodies are read as plain JSON and checked field by field.
 */
@RestController
@Tag(name = "Stappen", description = "De stappen wat, hoe, spanningen, vanzelfdynamiek en vorm; de poort naar de vorm")
class StappenApi {

    private static final String BASIS = "/api/v1/samenwerkingen/{id}";

    private final Stappen stappen;
    private final Oefenmodus oefenmodus;
    private final Teksten teksten;

    StappenApi(Stappen stappen, Oefenmodus oefenmodus, Teksten teksten) {
        this.stappen = stappen;
        this.oefenmodus = oefenmodus;
        this.teksten = teksten;
    }

    @Operation(summary = "De vijf stappen met hun stand", description = "Inhoud, door wie besproken, open of dicht")
    @GetMapping(path = BASIS + "/stappen", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> overzicht(@PathVariable long id) {
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put("stappen", stappen.stand(id).stream().map(this::stand).toList());
        uit.put("ontbreektVoorVorm", stappen.ontbreektVoorVorm(id).stream().map(teksten::t).toList());
        uit.put("uitstel", stappen.uitstel(id).stream().map(StappenApi::uitstel).toList());
        return uit;
    }

    @Operation(summary = "Eén stap", description = "stap: wat, hoe, spanningen, vanzelfdynamiek of vorm. ETag voor PUT")
    @GetMapping(path = BASIS + "/stappen/{stap}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> stap(@PathVariable long id, @PathVariable String stap) {
        Stap s = stap(stap);
        return ResponseEntity.ok().header(HttpHeaders.ETAG, Versie.etag(stappen.versie(id, s))).body(json(id, s));
    }

    @Operation(summary = "Een stap vervangen", description = "wat: {\"doelen\": [{\"soort\": \"DOEL\", \"tekst\": …, "
            + "\"bronGemeente\": \"GM0355\"}]}; hoe: {\"wieDoetWat\", \"afsprakenMaken\", \"levering\", \"sturing\", "
            + "\"bijsturing\"}; vanzelfdynamiek: {\"items\": [{\"gedrag\": \"RUIMTE_HOUDEN\" of \"eigenNaam\", \"botsing\", "
            + "\"omgang\"}]}. spanningen: gebruik …/spanningen. vorm: 409 zolang de poort dicht is. If-Match verplicht. "
            + "Wat weggaat of verandert, moet u mogen verwijderen: een doel alleen de regisseur of de gemeente die het "
            + "toevoegde (zolang geen andere partij wat besproken markeerde), vanzelfdynamiek alleen de regisseur; anders 403. "
            + "Een gearchiveerde samenwerking: 409.")
    @ApiResponse(responseCode = "200", description = "Vervangen; de nieuwe ETag in de header")
    @ApiResponse(responseCode = "409", description = "De vormstap is nog dicht; 'ontbreekt' noemt wat er mist")
    @PutMapping(path = BASIS + "/stappen/{stap}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> vervang(@PathVariable long id, @PathVariable String stap,
            @Parameter(description = "ETag uit de laatste GET") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Map<String, Object> body) throws HttpRequestMethodNotSupportedException {
        Stap s = stap(stap);
        stappen.samenwerking(id);
        java.util.function.LongSupplier huidige = () -> stappen.versie(id, s);
        switch (s) {
            case WAT -> {
                long versie = Versie.uitIfMatch(ifMatch, huidige);
                Fouten fouten = new Fouten();
                List<Map<?, ?>> lijst = JsonVelden.objecten(fouten, body, "doelen");
                List<Invoer.DoelInvoer> doelen = new ArrayList<>();
                if (lijst != null) {
                    for (int i = 0; i < lijst.size(); i++) {
                        Map<?, ?> m = lijst.get(i);
                        String p = "doelen[" + i + "].";
                        doelen.add(new Invoer.DoelInvoer(JsonVelden.tekst(fouten, m, "soort", p + "soort"),
                                JsonVelden.tekst(fouten, m, "tekst", p + "tekst"),
                                JsonVelden.tekst(fouten, m, "bronGemeente", p + "bronGemeente")));
                    }
                }
                fouten.gooiAlsNietLeeg();
                stappen.vervangDoelen(id, versie, doelen);
            }
            case HOE -> {
                long versie = Versie.uitIfMatch(ifMatch, huidige);
                Fouten fouten = new Fouten();
                Invoer.WerkwijzeInvoer w = new Invoer.WerkwijzeInvoer(JsonVelden.tekst(fouten, body, "wieDoetWat"),
                        JsonVelden.tekst(fouten, body, "afsprakenMaken"), JsonVelden.tekst(fouten, body, "levering"),
                        JsonVelden.tekst(fouten, body, "sturing"), JsonVelden.tekst(fouten, body, "bijsturing"));
                fouten.gooiAlsNietLeeg();
                stappen.wijzigWerkwijze(id, versie, w);
            }
            case VANZELFDYNAMIEK -> {
                long versie = Versie.uitIfMatch(ifMatch, huidige);
                Fouten fouten = new Fouten();
                List<Map<?, ?>> lijst = JsonVelden.objecten(fouten, body, "items");
                List<Invoer.DynamiekInvoer> items = new ArrayList<>();
                if (lijst != null) {
                    for (int i = 0; i < lijst.size(); i++) {
                        Map<?, ?> m = lijst.get(i);
                        String p = "items[" + i + "].";
                        items.add(new Invoer.DynamiekInvoer(JsonVelden.tekst(fouten, m, "gedrag", p + "gedrag"),
                                JsonVelden.tekst(fouten, m, "eigenNaam", p + "eigenNaam"),
                                JsonVelden.tekst(fouten, m, "botsing", p + "botsing"),
                                JsonVelden.tekst(fouten, m, "omgang", p + "omgang")));
                    }
                }
                fouten.gooiAlsNietLeeg();
                stappen.vervangDynamiek(id, versie, items);
            }
            case VORM -> {
                List<nl.samenspel.platform.Melding> ontbreekt = stappen.ontbreektVoorVorm(id);
                if (!stappen.vormOpen(id)) {
                    throw new ConflictException("stappen.vorm.dicht", ontbreekt);
                }
                throw new ConflictException("stappen.vorm.later", List.of());
            }
            case SPANNINGEN -> throw new HttpRequestMethodNotSupportedException("PUT");
        }
        return ResponseEntity.ok().header(HttpHeaders.ETAG, Versie.etag(stappen.versie(id, s))).body(json(id, s));
    }

    @Operation(summary = "Stap besproken (eigen gemeente)", description = "Voor ambtenaren en bestuurders van een deelnemende gemeente")
    @PostMapping(path = BASIS + "/stappen/{stap}/besproken", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> besproken(@PathVariable long id, @PathVariable String stap) {
        Stap s = stap(stap);
        stappen.markeerBesproken(id, s);
        return stand(stappen.stand(id, s));
    }

    @Operation(summary = "Besproken intrekken", description = "Had iedereen ingestemd, dan wordt de stap heropend en dat vastgelegd")
    @DeleteMapping(path = BASIS + "/stappen/{stap}/besproken", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> intrekken(@PathVariable long id, @PathVariable String stap,
            @RequestParam(required = false) String reden) {
        Stap s = stap(stap);
        boolean heropend = stappen.trekBesprokenIn(id, s, reden);
        Map<String, Object> uit = stand(stappen.stand(id, s));
        uit.put("heropend", heropend);
        return uit;
    }

    @Operation(summary = "Uitgestelde besluiten", description = "Heropende en bewust uitgestelde stappen en faseovergangen")
    @GetMapping(path = BASIS + "/stappen/uitstel", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> uitstelLijst(@PathVariable long id) {
        return stappen.uitstel(id).stream().map(StappenApi::uitstel).toList();
    }

    @Operation(summary = "Besluit uitstellen", description = "Alleen de regisseur: {\"onderwerp\": \"STAP:WAT\" of \"FASE:VORMGEVEN\", \"reden\": …}")
    @PostMapping(path = BASIS + "/stappen/uitstel", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Map<String, Object>>> stelUit(@PathVariable long id, @RequestBody Map<String, Object> body) {
        Fouten fouten = new Fouten();
        String onderwerp = JsonVelden.tekst(fouten, body, "onderwerp");
        String reden = JsonVelden.tekst(fouten, body, "reden");
        fouten.gooiAlsNietLeeg();
        stappen.stelUit(id, onderwerp, reden);
        return ResponseEntity.status(201).body(uitstelLijst(id));
    }

    @Operation(summary = "Vormstap vroeg openen", description = "Alleen de regisseur, met een reden; wordt vastgelegd en getoond")
    @PostMapping(path = BASIS + "/stappen/vorm/ontgrendeling", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> ontgrendel(@PathVariable long id, @RequestBody Map<String, Object> body) {
        Fouten fouten = new Fouten();
        String reden = JsonVelden.tekst(fouten, body, "reden");
        fouten.gooiAlsNietLeeg();
        stappen.ontgrendelVorm(id, reden);
        return ResponseEntity.status(201).body(json(id, Stap.VORM));
    }

    // ---- spanningen ----

    @Operation(summary = "Register van spanningen", description = "Alle spanningen van de samenwerking met soort, status en versie, en het totaal")
    @GetMapping(path = BASIS + "/spanningen", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> spanningen(@PathVariable long id) {
        List<Spanning> lijst = stappen.spanningen(id);
        return Map.of("spanningen", lijst.stream().map(StappenApi::spanning).toList(), "totaal", lijst.size());
    }

    @Operation(summary = "Spanning toevoegen", description = "omschrijving en soort verplicht; status standaard OPEN")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; Location en ETag in de headers")
    @PostMapping(path = BASIS + "/spanningen", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> maakSpanning(@PathVariable long id, @RequestBody Map<String, Object> body) {
        Spanning s = stappen.maakSpanning(id, spanningInvoer(body));
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/spanningen/" + s.id()))
                .header(HttpHeaders.ETAG, Versie.etag(s.versie())).body(spanning(s));
    }

    @Operation(summary = "Eén spanning", description = "De ETag is de versie; stuur die mee in If-Match bij PUT en DELETE")
    @GetMapping(path = BASIS + "/spanningen/{spanningId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> spanning(@PathVariable long id, @PathVariable long spanningId) {
        Spanning s = stappen.spanning(id, spanningId);
        return ResponseEntity.ok().header(HttpHeaders.ETAG, Versie.etag(s.versie())).body(spanning(s));
    }

    @Operation(summary = "Spanning wijzigen", description = "If-Match verplicht (428 zonder, 412 als verouderd)")
    @PutMapping(path = BASIS + "/spanningen/{spanningId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> wijzigSpanning(@PathVariable long id, @PathVariable long spanningId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Map<String, Object> body) {
        Spanning huidig = stappen.spanning(id, spanningId);
        long versie = Versie.uitIfMatch(ifMatch, huidig::versie);
        Spanning s = stappen.wijzigSpanning(id, spanningId, versie, spanningInvoer(body));
        return ResponseEntity.ok().header(HttpHeaders.ETAG, Versie.etag(s.versie())).body(spanning(s));
    }

    @Operation(summary = "Spanning verwijderen", description = "Alleen de regisseur. If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    @DeleteMapping(path = BASIS + "/spanningen/{spanningId}")
    ResponseEntity<Void> verwijderSpanning(@PathVariable long id, @PathVariable long spanningId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Spanning huidig = stappen.spanning(id, spanningId);
        stappen.verwijderSpanning(id, spanningId, Versie.uitIfMatch(ifMatch, huidig::versie));
        return ResponseEntity.noContent().build();
    }

    // ---- oefenmodus ----

    @Operation(summary = "Oefensamenwerking starten", description = "Een kopie van de verzonnen oefencasus, met u als regisseur")
    @ApiResponse(responseCode = "201", description = "Gestart; Location en ETag in de headers")
    @PostMapping(path = "/api/v1/oefensamenwerkingen", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> oefenen() {
        Samenwerking s = oefenmodus.start();
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put("id", s.id());
        uit.put("titel", s.titel());
        uit.put("oefencasus", s.oefencasus());
        uit.put("regisseur", s.regisseur());
        uit.put("gemeenten", s.gemeenteCodes());
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + s.id()))
                .header(HttpHeaders.ETAG, Versie.etag(s.versie())).body(uit);
    }

    @Operation(summary = "Oefensamenwerking verwijderen", description = "Alleen een oefensamenwerking, door haar regisseur; "
            + "alles eronder gaat mee. If-Match verplicht")
    @ApiResponse(responseCode = "204", description = "Verwijderd, met alles eronder")
    @DeleteMapping(path = "/api/v1/oefensamenwerkingen/{id}")
    ResponseEntity<Void> verwijderOefening(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Samenwerking huidig = stappen.samenwerking(id);
        oefenmodus.verwijder(id, Versie.uitIfMatch(ifMatch, huidig::versie));
        return ResponseEntity.noContent().build();
    }

    // ---- JSON ----

    private static Stap stap(String pad) {
        return Stap.uitPad(pad).orElseThrow(() -> new NietGevondenException("stap"));
    }

    private static Invoer.SpanningInvoer spanningInvoer(Map<String, Object> body) {
        Fouten fouten = new Fouten();
        Invoer.SpanningInvoer invoer = new Invoer.SpanningInvoer(JsonVelden.tekst(fouten, body, "omschrijving"),
                JsonVelden.tekst(fouten, body, "soort"), JsonVelden.teksten(fouten, body, "partijen"),
                JsonVelden.tekst(fouten, body, "hantering"), JsonVelden.tekst(fouten, body, "escalatieroute"),
                JsonVelden.tekst(fouten, body, "backofficeFrontoffice"), JsonVelden.tekst(fouten, body, "status"));
        fouten.gooiAlsNietLeeg();
        return invoer;
    }

    private Map<String, Object> json(long id, Stap stap) {
        Map<String, Object> uit = stand(stappen.stand(id, stap));
        switch (stap) {
            case WAT -> uit.put("doelen", stappen.doelen(id).stream().map(d -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", d.id());
                m.put("soort", d.soort().name());
                m.put("tekst", d.tekst());
                m.put("bronGemeente", d.bronGemeente());
                m.put("versie", d.versie());
                return m;
            }).toList());
            case HOE -> {
                Werkwijze w = stappen.werkwijze(id);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("wieDoetWat", w.wieDoetWat());
                m.put("afsprakenMaken", w.afsprakenMaken());
                m.put("levering", w.levering());
                m.put("sturing", w.sturing());
                m.put("bijsturing", w.bijsturing());
                uit.put("werkwijze", m);
            }
            case SPANNINGEN -> uit.put("spanningen", stappen.spanningen(id).stream().map(StappenApi::spanning).toList());
            case VANZELFDYNAMIEK -> uit.put("items", stappen.dynamiek(id).stream().map(d -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", d.id());
                m.put("gedrag", d.gedrag() == null ? null : d.gedrag().name());
                m.put("eigenNaam", d.eigenNaam());
                m.put("botsing", d.botsing());
                m.put("omgang", d.omgang());
                m.put("versie", d.versie());
                return m;
            }).toList());
            case VORM -> {
                uit.put("ontbreekt", stappen.ontbreektVoorVorm(id).stream().map(teksten::t).toList());
                uit.put("ontgrendeling", stappen.ontgrendeling(id).map(o -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("reden", o.reden());
                    m.put("ontbrak", o.ontbrak());
                    m.put("door", o.door());
                    m.put("op", o.op().toString());
                    return m;
                }).orElse(null));
            }
        }
        return uit;
    }

    private Map<String, Object> stand(StapStand s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stap", s.stap().pad());
        m.put("naam", teksten.t(s.stap().labelSleutel()));
        m.put("inhoud", s.inhoud());
        m.put("open", s.open());
        m.put("besproken", s.besproken().stream().map(b -> Map.of("gemeente", b.gemeenteCode(), "door", b.door(),
                "op", b.op().toString())).toList());
        m.put("nogNietBesproken", s.nogNiet().stream().map(Gemeente::code).toList());
        return m;
    }

    private static Map<String, Object> spanning(Spanning s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("omschrijving", s.omschrijving());
        m.put("soort", s.soort().name());
        m.put("partijen", s.partijen());
        m.put("hantering", s.hantering());
        m.put("escalatieroute", s.escalatieroute());
        m.put("backofficeFrontoffice", s.backofficeFrontoffice());
        m.put("status", s.status().name());
        m.put("versie", s.versie());
        return m;
    }

    private static Map<String, Object> uitstel(Uitstel u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("onderwerp", u.onderwerp());
        m.put("soort", u.soort());
        m.put("reden", u.reden());
        m.put("door", u.door());
        m.put("op", u.op().toString());
        return m;
    }
}
