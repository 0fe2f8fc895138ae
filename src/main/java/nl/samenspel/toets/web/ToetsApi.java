package nl.samenspel.toets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import nl.samenspel.toets.*;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The golden-rules check through the API. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Toets", description = "De toets op de zeven gouden regels: bevindingen, erkenning en controles")
class ToetsApi {

    private final ToetsService toets;

    ToetsApi(ToetsService toets) {
        this.toets = toets;
    }

    /**
     * @param reden the reason given when it was acknowledged (ERKEND)
     * @param toelichting what repaired the cause (OPGELOST), in Dutch; absent when not known
     */
    public record GebeurtenisJson(
            String soort,
            @Nullable String door,
            @Nullable String reden,
            @Nullable String toelichting,
            String op) {}

    public record BevindingJson(
            int regel,
            String controle,
            String onderwerp,
            String ernst,
            String titel,
            String omschrijving,
            String uitleg,
            String interventie,
            String status,
            String sinds,
            @Nullable String erkendDoor,
            @Nullable String erkendOp,
            @Nullable String erkendReden,
            @Nullable String opgelostOp,
            List<GebeurtenisJson> historie) {

        static BevindingJson van(ToetsService.BevindingWeergave b) {
            return new BevindingJson(
                    b.regel(),
                    b.controle(),
                    b.onderwerp(),
                    b.ernst().name(),
                    b.titel(),
                    b.omschrijving(),
                    b.uitleg(),
                    b.interventie(),
                    b.status().name(),
                    tijd(b.sinds()),
                    b.erkendDoor(),
                    tijdOfNiets(b.erkendOp()),
                    b.erkendReden(),
                    tijdOfNiets(b.opgelostOp()),
                    b.historie().stream()
                            .map(g ->
                                    new GebeurtenisJson(g.soort(), g.door(), g.reden(), g.toelichting(), tijd(g.op())))
                            .toList());
        }
    }

    @Schema(description = "Aantal bevindingen per status: open, bewust afgeweken (erkend) en opgelost")
    public record AantallenJson(int open, int erkend, int opgelost) {

        static AantallenJson van(ToetsService.Aantallen a) {
            return new AantallenJson(a.open(), a.erkend(), a.opgelost());
        }
    }

    public record RegelJson(
            int regel,
            String naam,
            @Schema(description = STATUS) Gezondheid status,

            @Schema(description = "Of er in de huidige fase ten minste \u00e9\u00e9n controle naar deze regel kijkt")
            boolean getoetst,

            @Schema(
                    description = "De fase vanaf welke deze regel getoetst wordt; leeg als er (nog) geen controle voor"
                            + " deze regel is")
            @Nullable
            String getoetstVanaf,

            AantallenJson aantallen,
            List<BevindingJson> bevindingen) {}

    public record ToetsJson(
            long samenwerkingId,
            @Schema(description = TOTAAL) Gezondheid status,

            @Schema(description = "Aantal regels waar in de huidige fase geen controle naar kijkt")
            int nietGetoetst,

            AantallenJson aantallen,
            List<RegelJson> regels) {}

    static final String STATUS = "NIET_GETOETST: geen controle kijkt in deze fase naar de regel; IN_ORDE: getoetst en "
            + "geen bevindingen; AFGEWEKEN: alleen bewust afgeweken (erkende) bevindingen; AANDACHT of RISICO: de "
            + "zwaarste open bevinding";
    static final String TOTAAL = "De zwaarste stand van de getoetste regels (RISICO, AANDACHT, AFGEWEKEN, IN_ORDE); "
            + "NIET_GETOETST als geen enkele regel getoetst wordt. IN_ORDE zegt niets over de regels die nietGetoetst "
            + "telt";

    public record ControleJson(String id, int regel, String ernst, String titel, String uitleg, String interventie) {}

    public record SamenwerkingToetsJson(
            long id,
            String titel,
            String fase,
            boolean oefencasus,
            @Schema(description = TOTAAL) Gezondheid status,

            @Schema(description = "Aantal regels waar in de huidige fase geen controle naar kijkt")
            int nietGetoetst,

            @Schema(description = "De stand per regel 1-7; " + STATUS)
            List<Gezondheid> perRegel,

            List<BevindingJson> bevindingen) {}

    public record GemeenteToetsJson(String code, String naam, List<SamenwerkingToetsJson> samenwerkingen, int totaal) {}

    public record EvaluatieJson(int samenwerkingen, int verschenen, int opgelost, int terug, long duurMs) {}

    @Schema(description = "Erkenning van een bevinding: bewust afgeweken, met een reden")
    public record ErkenningJson(
            @Schema(maxLength = 10_000, requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String reden,

            @Schema(description = "Alleen nodig als de controle meer dan één bevinding heeft") @Nullable
            String onderwerp) {}

    @Operation(
            summary = "Toets van een samenwerking",
            description = "Per regel (1-7) NIET_GETOETST, IN_ORDE, AFGEWEKEN, AANDACHT of RISICO, met de aantallen "
                    + "open, erkende en opgeloste bevindingen en alle bevindingen met hun historie. Een regel zonder "
                    + "controle in de huidige fase is NIET_GETOETST, nooit IN_ORDE. De regisseur ziet de toets over alle "
                    + "posities; ieder ander alleen over de gedeelde posities. 404 als u de samenwerking niet mag zien")
    @GetMapping("/samenwerkingen/{id}/toets")
    ToetsJson samenwerking(@PathVariable long id) {
        ToetsService.SamenwerkingToets t = toets.vanSamenwerking(id);
        return new ToetsJson(
                id,
                t.totaal(),
                t.nietGetoetst(),
                AantallenJson.van(t.aantallen()),
                t.regels().stream()
                        .map(r -> {
                            var vanaf = r.getoetstVanaf();
                            return new RegelJson(
                                    r.regel(),
                                    r.naam(),
                                    r.status(),
                                    r.getoetst(),
                                    vanaf == null ? null : vanaf.name(),
                                    AantallenJson.van(r.aantallen()),
                                    r.bevindingen().stream()
                                            .map(BevindingJson::van)
                                            .toList());
                        })
                        .toList());
    }

    @Operation(
            summary = "Bevinding erkennen (bewust afgeweken)",
            description = "Alleen de regisseur van de samenwerking. "
                    + "De bevinding blijft zichtbaar als ERKEND en telt niet meer als open")
    @PostMapping(path = "/samenwerkingen/{id}/toets/{controle}/erkenning", consumes = MediaType.APPLICATION_JSON_VALUE)
    BevindingJson erken(
            @PathVariable long id,
            @PathVariable String controle,
            @Valid @RequestBody(required = false) @Nullable ErkenningJson body) {
        ErkenningJson erkenning = body == null ? new ErkenningJson(null, null) : body;
        return BevindingJson.van(toets.erken(id, controle, erkenning.onderwerp(), erkenning.reden()));
    }

    @Operation(
            summary = "Alle controles",
            description = "Elke controle met haar regel, ernst, uitleg en voorgestelde interventie")
    @GetMapping("/controles")
    List<ControleJson> controles() {
        return toets.controles().stream()
                .map(c -> new ControleJson(c.id(), c.regel(), c.ernst().name(), c.titel(), c.uitleg(), c.interventie()))
                .toList();
    }

    @Operation(
            operationId = "gemeenteToets",
            summary = "Toets van alle samenwerkingen van een gemeente",
            description = "Voor ambtenaren, bestuurders "
                    + "en raadsleden van die gemeente, regisseurs (eigen samenwerkingen) en beheerders; anders 404")
    @GetMapping("/gemeenten/{code}/toets")
    GemeenteToetsJson gemeente(@PathVariable String code) {
        ToetsService.GemeenteToets t = toets.vanGemeente(code);
        List<SamenwerkingToetsJson> lijst = t.samenwerkingen().stream()
                .map(s -> new SamenwerkingToetsJson(
                        s.id(),
                        s.titel(),
                        s.fase().name(),
                        s.oefencasus(),
                        s.totaal(),
                        s.nietGetoetst(),
                        s.perRegel(),
                        s.open().stream().map(BevindingJson::van).toList()))
                .toList();
        return new GemeenteToetsJson(t.gemeente().code(), t.gemeente().naam(), lijst, lijst.size());
    }

    @Operation(summary = "Alles opnieuw toetsen", description = "Alleen beheerders: evalueert alle samenwerkingen nu")
    @PostMapping("/toets/evaluatie")
    EvaluatieJson evaluatie() {
        EvaluatieUitkomst u = toets.evalueerAlle();
        return new EvaluatieJson(u.samenwerkingen(), u.verschenen(), u.opgelost(), u.terug(), u.millis());
    }

    private static String tijd(java.time.Instant i) {
        return i.toString();
    }

    private static @Nullable String tijdOfNiets(java.time.@Nullable Instant i) {
        return i == null ? null : i.toString();
    }
}
