package nl.samenspel.gemeente.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.samenspel.gemeente.*;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.platform.Pagina;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Gemeenten",
        description = "Referentiegegevens: alle Nederlandse gemeenten (CBS-indeling 1-1-2024) "
                + "met provincie, veiligheidsregio en arbeidsmarktregio. Alleen lezen; voor elke ingelogde gebruiker.")
class GemeenteApi {

    static final int STANDAARD_GROOTTE = 20;

    private final GemeenteZoeken zoeken;
    private final Gemeenten gemeenten;

    GemeenteApi(GemeenteZoeken zoeken, Gemeenten gemeenten) {
        this.zoeken = zoeken;
        this.gemeenten = gemeenten;
    }

    record GemeentenLijst(List<Gemeente> gemeenten, int pagina, int paginaGrootte, long totaal) {}

    record GemeenteMetRegios(
            String code, String naam, String provincie, String provincieCode, Integer inwoners, List<Regio> regios) {}

    record ProvinciesLijst(List<Provincie> provincies) {}

    @GetMapping("/gemeenten")
    @Operation(
            summary = "Gemeenten zoeken",
            description =
                    "Zoekt op (een deel van) de naam, zonder onderscheid tussen hoofd- en kleine letters of accenten "
                            + "('gravenhage' vindt 's-Gravenhage), optioneel binnen één provincie. Gepagineerd; 'totaal' is het "
                            + "aantal gevonden gemeenten. Een te kleine pagina wordt 1, een te grote paginaGrootte wordt 100.")
    @ApiResponse(responseCode = "200", description = "Een pagina gemeenten, gesorteerd op naam")
    @ApiResponse(responseCode = "400", description = "Onbekende provincie, te lange zoekterm of geen getal als pagina")
    GemeentenLijst zoek(
            @Parameter(description = "Deel van de naam") @RequestParam(required = false) @Nullable String naam,
            @Parameter(description = "Provincienaam (Fryslân) of CBS-code (PV21)")
                    @RequestParam(required = false)
                    @Nullable
                    String provincie,
            @Parameter(description = "Paginanummer, vanaf 1") @RequestParam(required = false) @Nullable Long pagina,
            @Parameter(description = "Aantal per pagina, standaard 20, hoogstens 100")
                    @RequestParam(required = false)
                    @Nullable
                    Long paginaGrootte) {
        Pagina<Gemeente> resultaat = zoeken.zoek(
                naam,
                provincie,
                Pagina.pagina(begrens(pagina)),
                Pagina.grootte(begrens(paginaGrootte), STANDAARD_GROOTTE));
        return new GemeentenLijst(resultaat.items(), resultaat.pagina(), resultaat.grootte(), resultaat.totaal());
    }

    @GetMapping("/gemeenten/{code}")
    @Operation(
            summary = "Eén gemeente met haar regio's",
            description =
                    "De gemeente met CBS-code (GM0310) en de regio's waartoe zij hoort: provincie, veiligheidsregio "
                            + "en arbeidsmarktregio, elk met peiljaar en bron (S1/S3: CBS, CC BY 4.0; S2: ministerie van VWS, EUPL-1.2).")
    @ApiResponse(responseCode = "200", description = "De gemeente")
    @ApiResponse(responseCode = "404", description = "Geen gemeente met deze code")
    GemeenteMetRegios gemeente(
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld GM0310") @PathVariable String code) {
        Gemeente g = zoeken.vind(code).orElseThrow(() -> new NietGevondenException("Gemeente"));
        return new GemeenteMetRegios(
                g.code(), g.naam(), g.provincie(), g.provincieCode(), g.inwoners(), gemeenten.regios(g.code()));
    }

    @GetMapping("/provincies")
    @Operation(
            summary = "De twaalf provincies",
            description = "Elke provincie met CBS-code, het aantal gemeenten en hun inwoners samen (1 januari 2024).")
    ProvinciesLijst provincies() {
        return new ProvinciesLijst(gemeenten.provinciesMetCijfers());
    }

    /** Numbers beyond int are clamped rather than refused; only non-numbers are a 400. */
    private static @Nullable Integer begrens(@Nullable Long waarde) {
        return waarde == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(waarde, Integer.MAX_VALUE));
    }
}
