package nl.samenspel.kalender.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.kalender.Datum;
import nl.samenspel.kalender.Jaarplan;
import nl.samenspel.kalender.Kalenderregel;
import nl.samenspel.kalender.Kalenderstand;
import nl.samenspel.kalender.PcKalender;
import nl.samenspel.kalender.PcMoment;
import nl.samenspel.kalender.Raadszienswijze;
import nl.samenspel.kalender.Wijziging;
import nl.samenspel.platform.Teksten;
import nl.samenspel.platform.Tijdstip;
import nl.samenspel.platform.Versie;
import nl.samenspel.vorm.Vorm;
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
 * {@code /api/v1/samenwerkingen/{id}/pc-kalender?jaar=Y}: the statutory P&C calendar of one budget year (planned
 * and actual days, the computed last days with their articles and warnings, the zienswijzen), its zienswijzen as a
 * sub-resource, and the iCalendar feeds per samenwerking and per municipality.
 */
@RestController
@Tag(name = "P&C-kalender", description = "De wettelijke planning-en-controlcyclus van een GR (regel 7)")
class PcKalenderApi {

    static final String BASIS = "/api/v1/samenwerkingen/{id}/pc-kalender";
    static final String TEXT_CALENDAR = "text/calendar";

    private final PcKalender kalender;
    private final Teksten teksten;

    PcKalenderApi(PcKalender kalender, Teksten teksten) {
        this.kalender = kalender;
        this.teksten = teksten;
    }

    /** A planned and an actual day; both may be null. */
    record DatumJson(@Nullable LocalDate gepland, @Nullable LocalDate gedaan) {
        static DatumJson van(Datum d) {
            return new DatumJson(d.gepland(), d.gedaan());
        }

        static Datum naar(@Nullable DatumJson d) {
            return d == null ? Datum.LEEG : new Datum(d.gepland(), d.gedaan());
        }
    }

    /**
     * A budget change; {@code nummer} is read-only (the order of the list numbers them).
     *
     * @param besluit the day the board decides on it
     */
    record WijzigingJson(
            @Nullable Integer nummer,
            @Nullable String omschrijving,
            @Nullable DatumJson naarRaden,
            @Nullable DatumJson besluit) {}

    /**
     * One computed moment.
     *
     * @param uiterlijk the last day the law allows; null while it depends on a board day not yet planned
     * @param waarschuwingen what breaks a statutory term, in Dutch, naming the article
     */
    record MomentJson(
            PcMoment moment,
            String label,
            @Nullable Integer wijziging,
            String artikel,
            @Nullable LocalDate uiterlijk,
            @Nullable LocalDate gepland,
            @Nullable LocalDate gedaan,
            Kalenderregel.Status status,
            List<String> waarschuwingen) {}

    /**
     * A raad's zienswijze and the board's answer.
     *
     * @param wijziging the number of the budget change; null: the draft budget
     */
    record ZienswijzeJson(
            long id,
            int jaar,
            @Nullable Integer wijziging,
            String gemeente,
            LocalDate ingediendOp,
            String inhoud,
            @Nullable String antwoord,
            @Nullable LocalDate beantwoordOp,
            long versie) {
        static ZienswijzeJson van(Raadszienswijze z) {
            return new ZienswijzeJson(
                    z.id(),
                    z.jaar(),
                    z.wijziging(),
                    z.gemeenteCode(),
                    z.ingediendOp(),
                    z.inhoud(),
                    z.antwoord(),
                    z.beantwoordOp(),
                    z.versie());
        }
    }

    /**
     * The calendar of one budget year. What PUT takes back: the seven day pairs and {@code wijzigingen}.
     *
     * @param vanToepassing false when the decided form has no budget; {@code reden} says why
     * @param voorbehoud how the article numbers were verified
     * @param versie 0 while nothing was recorded for the year (ETag "0")
     */
    record KalenderJson(
            long samenwerkingId,
            int jaar,
            @Nullable Vorm vorm,
            boolean vanToepassing,
            @Nullable String reden,
            DatumJson kaders,
            DatumJson voorlopigeJaarrekening,
            DatumJson ontwerpbegroting,
            DatumJson begroting,
            DatumJson begrotingNaarGs,
            DatumJson jaarrekening,
            DatumJson jaarrekeningNaarGs,
            List<WijzigingJson> wijzigingen,
            List<MomentJson> momenten,
            List<ZienswijzeJson> zienswijzen,
            List<Integer> jaren,
            String voorbehoud,
            String ics,
            long versie) {}

    /** The planned and actual days of the year; missing pairs are empty. */
    record KalenderInvoerJson(
            @Nullable DatumJson kaders,
            @Nullable DatumJson voorlopigeJaarrekening,
            @Nullable DatumJson ontwerpbegroting,
            @Nullable DatumJson begroting,
            @Nullable DatumJson begrotingNaarGs,
            @Nullable DatumJson jaarrekening,
            @Nullable DatumJson jaarrekeningNaarGs,
            @Nullable List<@Valid WijzigingJson> wijzigingen) {}

    /** {@code {"jaar": 2027, "gemeente": "GM0355", "inhoud": "…"}}; {@code wijziging} and {@code ingediendOp} optional. */
    record ZienswijzeInvoerJson(
            @Nullable Integer jaar,
            @Nullable Integer wijziging,
            @Nullable String gemeente,
            @Nullable LocalDate ingediendOp,
            @Nullable String inhoud) {}

    /** {@code {"antwoord": "…", "beantwoordOp": "2026-06-20"}}; the day defaults to today. */
    record AntwoordJson(@Nullable String antwoord, @Nullable LocalDate beantwoordOp) {}

    @Operation(
            summary = "P&C-kalender van een begrotingsjaar",
            description = "De geplande en werkelijke data, per moment de uiterste dag volgens de Wgr met het artikel,"
                    + " de status en waarschuwingen, en de zienswijzen. Alleen voor een openbaar lichaam,"
                    + " bedrijfsvoeringsorganisatie of gemeenschappelijk orgaan (anders vanToepassing false met de"
                    + " reden). Zonder jaar: volgend jaar. ETag: de versie van het jaar")
    @GetMapping(path = BASIS, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<KalenderJson> kalender(
            @PathVariable long id, @RequestParam(required = false) @Nullable Integer jaar) {
        Kalenderstand k = kalender.stand(id, jaar == null ? PcKalender.standaardJaar() : jaar);
        return ResponseEntity.ok().eTag(Versie.etag(k.plan().versie())).body(json(k));
    }

    @Operation(
            summary = "P&C-kalender plannen",
            description = "Alleen de regisseur: de geplande en werkelijke data van het jaar en de begrotingswijzigingen"
                    + " (genummerd in de volgorde van de lijst). Een werkelijke datum ligt niet in de toekomst (400);"
                    + " een plan dat een wettelijke termijn breekt wordt bewaard en krijgt waarschuwingen. 409 als de"
                    + " vorm geen begroting kent of een weggehaalde wijziging zienswijzen heeft. If-Match verplicht"
                    + " (\"0\" de eerste keer)")
    @PutMapping(path = BASIS, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<KalenderJson> plan(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer jaar,
            @Parameter(description = "ETag uit de laatste GET")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody KalenderInvoerJson body) {
        int j = jaar == null ? PcKalender.standaardJaar() : jaar;
        long versie =
                Versie.uitIfMatch(ifMatch, () -> kalender.stand(id, j).plan().versie());
        List<Wijziging> wijzigingen = new ArrayList<>();
        List<WijzigingJson> gegeven = body.wijzigingen() == null ? List.of() : body.wijzigingen();
        for (int i = 0; i < gegeven.size(); i++) {
            WijzigingJson w = gegeven.get(i);
            wijzigingen.add(new Wijziging(
                    i + 1,
                    w.omschrijving() == null ? "" : w.omschrijving(),
                    DatumJson.naar(w.naarRaden()),
                    DatumJson.naar(w.besluit())));
        }
        Kalenderstand k = kalender.plan(
                id,
                versie,
                new Jaarplan(
                        id,
                        j,
                        DatumJson.naar(body.kaders()),
                        DatumJson.naar(body.voorlopigeJaarrekening()),
                        DatumJson.naar(body.ontwerpbegroting()),
                        DatumJson.naar(body.begroting()),
                        DatumJson.naar(body.begrotingNaarGs()),
                        DatumJson.naar(body.jaarrekening()),
                        DatumJson.naar(body.jaarrekeningNaarGs()),
                        wijzigingen,
                        versie));
        return ResponseEntity.ok().eTag(Versie.etag(k.plan().versie())).body(json(k));
    }

    @Operation(
            summary = "Zienswijze van een raad vastleggen",
            description = "De regisseur (voor een deelnemende gemeente) of een ambtenaar of bestuurder (voor de eigen"
                    + " gemeente): {\"jaar\": 2027, \"gemeente\": \"GM0355\", \"inhoud\": \"…\"}; wijziging is het"
                    + " nummer van een begrotingswijziging (leeg: de ontwerpbegroting), ingediendOp standaard vandaag")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location en ETag in de headers")
    @PostMapping(
            path = BASIS + "/zienswijzen",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ZienswijzeJson> zienswijze(@PathVariable long id, @Valid @RequestBody ZienswijzeInvoerJson body) {
        Raadszienswijze z = kalender.zienswijze(
                id,
                new PcKalender.ZienswijzeInvoer(
                        body.jaar(), body.wijziging(), body.gemeente(), body.ingediendOp(), body.inhoud()));
        return ResponseEntity.created(URI.create("/api/v1/samenwerkingen/" + id + "/pc-kalender/zienswijzen/" + z.id()))
                .eTag(Versie.etag(z.versie()))
                .body(ZienswijzeJson.van(z));
    }

    @Operation(summary = "Zienswijze", description = "Eén zienswijze met het antwoord; de ETag is haar versie")
    @GetMapping(path = BASIS + "/zienswijzen/{zid}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ZienswijzeJson> leesZienswijze(@PathVariable long id, @PathVariable long zid) {
        Raadszienswijze z = kalender.zienswijze(id, zid);
        return ResponseEntity.ok().eTag(Versie.etag(z.versie())).body(ZienswijzeJson.van(z));
    }

    @Operation(
            summary = "Antwoord van het bestuur op een zienswijze",
            description = "Alleen de regisseur: het schriftelijke, gemotiveerde antwoord (art. 35 lid 3 Wgr)."
                    + " {\"antwoord\": \"…\", \"beantwoordOp\": \"2026-06-20\"}; tekst verplicht, datum niet in de"
                    + " toekomst en niet voor de zienswijze. If-Match verplicht")
    @PutMapping(
            path = BASIS + "/zienswijzen/{zid}/antwoord",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ZienswijzeJson> antwoord(
            @PathVariable long id,
            @PathVariable long zid,
            @Parameter(description = "ETag van de zienswijze")
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @Valid @RequestBody AntwoordJson body) {
        long versie =
                Versie.uitIfMatch(ifMatch, () -> kalender.zienswijze(id, zid).versie());
        Raadszienswijze z = kalender.beantwoord(id, zid, versie, body.antwoord(), body.beantwoordOp());
        return ResponseEntity.ok().eTag(Versie.etag(z.versie())).body(ZienswijzeJson.van(z));
    }

    @Operation(
            summary = "P&C-kalender als iCalendar",
            description = "Alle berekende momenten van alle geplande jaren (RFC 5545, hele dagen), te abonneren in"
                    + " Outlook; per moment de geplande of werkelijke dag, anders de uiterste dag")
    @GetMapping(path = BASIS + ".ics", produces = TEXT_CALENDAR)
    ResponseEntity<String> ics(@PathVariable long id) {
        return ics(kalender.feed(id), teksten.t("kalender.ics.naam", id));
    }

    @Operation(
            summary = "P&C-kalender van een gemeente als iCalendar",
            description = "De momenten van alle samenwerkingen met een begroting waaraan de gemeente deelneemt en die"
                    + " u mag zien")
    @GetMapping(path = "/api/v1/gemeenten/{code}/pc-kalender.ics", produces = TEXT_CALENDAR)
    ResponseEntity<String> icsGemeente(@PathVariable String code) {
        return ics(kalender.feedVanGemeente(code), teksten.t("kalender.ics.naam-gemeente", code));
    }

    // ---- helpers ----

    private ResponseEntity<String> ics(List<PcKalender.Feedmoment> momenten, String naam) {
        List<Ics.Gebeurtenis> uit = new ArrayList<>();
        for (PcKalender.Feedmoment f : momenten) {
            Kalenderregel r = f.regel();
            LocalDate dag = r.gedaan() != null ? r.gedaan() : r.gepland() != null ? r.gepland() : r.uiterlijk();
            if (dag == null) {
                continue;
            }
            uit.add(new Ics.Gebeurtenis(uid(f), dag, samenvatting(f), beschrijving(r)));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TEXT_CALENDAR + ";charset=UTF-8"))
                .body(Ics.kalender(naam, Instant.now(), uit));
    }

    /** Stable per moment: the same moment of the same year keeps its UID when its dates change. */
    static String uid(PcKalender.Feedmoment f) {
        Kalenderregel r = f.regel();
        return "pc-" + f.samenwerkingId() + "-" + r.jaar() + "-" + r.moment().name()
                + (r.wijziging() == null ? "" : "-" + r.wijziging()) + "@samenspel";
    }

    private String samenvatting(PcKalender.Feedmoment f) {
        Kalenderregel r = f.regel();
        String label = teksten.t(r.moment().labelSleutel());
        Integer wijziging = r.wijziging();
        return wijziging == null
                ? teksten.t("kalender.ics.samenvatting", label, r.jaar(), f.samenwerkingTitel())
                : teksten.t("kalender.ics.samenvatting-wijziging", label, wijziging, r.jaar(), f.samenwerkingTitel());
    }

    private String beschrijving(Kalenderregel r) {
        StringBuilder b =
                new StringBuilder(teksten.t("kalender.ics.artikel", r.moment().artikel()));
        if (r.uiterlijk() != null) {
            b.append('\n').append(teksten.t("kalender.ics.uiterlijk", Tijdstip.dag(r.uiterlijk())));
        }
        if (r.gepland() != null) {
            b.append('\n').append(teksten.t("kalender.ics.gepland", Tijdstip.dag(r.gepland())));
        }
        if (r.gedaan() != null) {
            b.append('\n').append(teksten.t("kalender.ics.gedaan", Tijdstip.dag(r.gedaan())));
        }
        r.waarschuwingen().forEach(w -> b.append('\n').append(teksten.t(w)));
        return b.toString();
    }

    private KalenderJson json(Kalenderstand k) {
        Jaarplan p = k.plan();
        long id = k.samenwerking().id();
        return new KalenderJson(
                id,
                p.jaar(),
                k.vorm(),
                k.vanToepassing(),
                k.vanToepassing() ? null : reden(k.vorm()),
                DatumJson.van(p.kaders()),
                DatumJson.van(p.voorlopigeJaarrekening()),
                DatumJson.van(p.ontwerpbegroting()),
                DatumJson.van(p.begroting()),
                DatumJson.van(p.begrotingNaarGs()),
                DatumJson.van(p.jaarrekening()),
                DatumJson.van(p.jaarrekeningNaarGs()),
                p.wijzigingen().stream()
                        .map(w -> new WijzigingJson(
                                w.nummer(), w.omschrijving(), DatumJson.van(w.naarRaden()), DatumJson.van(w.besluit())))
                        .toList(),
                k.regels().stream()
                        .map(r -> new MomentJson(
                                r.moment(),
                                teksten.t(r.moment().labelSleutel()),
                                r.wijziging(),
                                r.moment().artikel(),
                                r.uiterlijk(),
                                r.gepland(),
                                r.gedaan(),
                                r.status(kalender.vandaag()),
                                r.waarschuwingen().stream().map(teksten::t).toList()))
                        .toList(),
                k.zienswijzen().stream().map(ZienswijzeJson::van).toList(),
                k.jaren(),
                teksten.t("kalender.voorbehoud"),
                "/api/v1/samenwerkingen/" + id + "/pc-kalender.ics",
                p.versie());
    }

    private String reden(@Nullable Vorm vorm) {
        return vorm == null
                ? teksten.t("kalender.niet-van-toepassing.geen-vorm")
                : teksten.t("kalender.niet-van-toepassing.vorm", teksten.t("vorm." + vorm.name() + ".label"));
    }
}
