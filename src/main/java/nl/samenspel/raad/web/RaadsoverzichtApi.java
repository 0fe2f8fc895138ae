package nl.samenspel.raad.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import nl.samenspel.bestuur.Orgaan;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.platform.Teksten;
import nl.samenspel.raad.Raadsoverzicht;
import nl.samenspel.raad.Raadsoverzichten;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The council's overview through the API: the same content and sentences as the page, read-only. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Voor de raad", description = "Wat een samenwerking betekent voor een deelnemende gemeente, voor de raad")
class RaadsoverzichtApi {

    private final Raadsoverzichten overzichten;
    private final Teksten teksten;

    RaadsoverzichtApi(Raadsoverzichten overzichten, Teksten teksten) {
        this.overzichten = overzichten;
        this.teksten = teksten;
    }

    public record GemeenteJson(String code, String naam) {}

    public record TaakJson(
            String naam,
            @Nullable String omschrijving,

            @Schema(
                    description = "De gekozen route; leeg als die nog niet gekozen is",
                    allowableValues = {"SAMENWERKEN", "INKOPEN", "NIET_SAMEN"})
            @Nullable
            String route,

            @Schema(description = "De route in \u00e9\u00e9n zin, gezien vanuit de gemeente")
            String routeTekst) {}

    public record FaseJson(
            @Schema(allowableValues = {"VERKENNEN", "ONDERHANDELEN", "VORMGEVEN", "AFSPREKEN", "UITVOEREN"})
            String code,

            String naam,
            String uitleg,

            @Schema(description = "Sinds welke dag (jjjj-mm-dd)", example = "2026-03-01")
            String sinds) {}

    public record BesluitJson(
            @Schema(description = "De dag van het besluit (jjjj-mm-dd)", example = "2026-03-01")
            String datum,

            @Schema(allowableValues = {"FASE", "VASTSTELLING"})
            String soort,

            String tekst,

            @Schema(
                    description = "Wie besloot; leeg als dat niet is vastgelegd",
                    allowableValues = {
                        "COLLEGE",
                        "BURGEMEESTER",
                        "RAAD",
                        "STUURGROEP",
                        "ALGEMEEN_BESTUUR",
                        "DAGELIJKS_BESTUUR"
                    })
            @Nullable
            String orgaan,

            @Schema(description = "Wie besloot, in woorden") String orgaanNaam,

            @Schema(description = "Bij een vaststelling: de gemeente die besloot") @Nullable
            String gemeente,

            @Schema(description = "Bij een vaststelling: nummer of link van het besluit") @Nullable
            String referentie,

            @Schema(description = "Bij een vaststelling: de stap is na dit besluit nog veranderd")
            boolean gewijzigd) {}

    public record PositieJson(
            GemeenteJson gemeente,

            @Schema(description = "De positie van de gemeente waarvoor dit overzicht is")
            boolean eigen,

            @Nullable String watWillenWij,
            @Nullable String watWillenWijNiet,

            @Schema(description = "Het einddoel in woorden") @Nullable
            String einddoel,

            @Schema(description = "De bovengrens per jaar die de gemeente noemt, in euro") @Nullable
            BigDecimal maximumPerJaar,

            @Schema(description = "De dag waarop de positie gedeeld werd (jjjj-mm-dd)") @Nullable
            String gedeeldOp) {}

    public record RegelJson(
            int regel,
            String naam,

            @Schema(allowableValues = {"NIET_GETOETST", "IN_ORDE", "AFGEWEKEN", "AANDACHT", "RISICO"})
            String status,

            String statusTekst) {}

    public record AandachtspuntJson(
            int regel,

            @Schema(allowableValues = {"AANDACHT", "RISICO"})
            String ernst,

            String ernstTekst,
            String titel,
            @Schema(description = "Wat kan helpen") String wat) {}

    public record ToetsJson(
            @Schema(allowableValues = {"NIET_GETOETST", "IN_ORDE", "AFGEWEKEN", "AANDACHT", "RISICO"})
            String status,

            String tekst,
            List<RegelJson> regels,

            @Schema(description = "Per open controle wat kan helpen; zonder namen van gemeenten")
            List<AandachtspuntJson> aandachtspunten) {}

    public record InstrumentJson(
            @Schema(
                    description = "Het instrument",
                    allowableValues = {
                        "TOESTEMMING",
                        "ZIENSWIJZE_REGELING",
                        "ZIENSWIJZE_BEGROTING",
                        "ZIENSWIJZE_BESLUITEN",
                        "INLICHTINGEN_EN_VERANTWOORDING",
                        "ACTIEVE_INFORMATIE",
                        "ADVIESCOMMISSIE",
                        "REGIONALE_ONDERZOEKSCOMMISSIE",
                        "WENSEN_EN_BEDENKINGEN",
                        "COLLEGE_INFORMEERT"
                    })
            String code,

            String naam,
            String uitleg,

            @Schema(description = "De termijn in weken, waar de wet er een stelt") @Nullable
            Integer termijnWeken,

            @Schema(description = "Wet en artikel", example = "Wgr art. 35 (sinds 2022: 12 weken)")
            String wetsgrond,

            @Schema(description = "Hoe zeker het artikel is; leeg als het in de wettekst gelezen is") @Nullable
            String zekerheid,

            String bron,
            String bronUrl) {}

    public record InstrumentenJson(
            @Schema(description = "De gekozen vorm; leeg als die nog niet gekozen is") @Nullable
            String vorm,

            @Nullable String vormNaam,

            @Schema(description = "Wat de raad onder deze vorm kan doen")
            List<InstrumentJson> lijst,

            @Schema(description = "De toestemming van deze raad, in \u00e9\u00e9n zin (alleen bij een Wgr-vorm)")
            @Nullable
            String toestemming,

            @Schema(description = "De zienswijze van deze raad op het ontwerp, of de termijn, in \u00e9\u00e9n zin")
            @Nullable
            String zienswijze,

            @Nullable String toestemmingOp,
            @Nullable String zienswijzeOp,

            @Schema(description = "De laatste dag van de acht weken voor een zienswijze op het ontwerp") @Nullable
            String zienswijzeTermijnTot) {}

    public record RaadsoverzichtJson(
            long samenwerkingId,
            String titel,
            String omschrijving,
            boolean oefencasus,
            boolean gearchiveerd,

            @Schema(description = "De gemeente waarvoor dit overzicht is")
            GemeenteJson gemeente,

            List<GemeenteJson> partijen,

            @Schema(description = "De rol van de gemeente, in \u00e9\u00e9n zin")
            String rol,

            List<TaakJson> taken,
            FaseJson fase,

            @Schema(description = "Wat al besloten is, het oudste eerst")
            List<BesluitJson> besluiten,

            @Schema(description = "Alleen gedeelde posities, die van de gemeente zelf eerst")
            List<PositieJson> posities,

            @Schema(description = "De gemeenten zonder gedeelde positie")
            List<String> nietGedeeld,

            @Schema(description = "De toets over de gedeelde posities (wat iedere partij ziet)")
            ToetsJson toets,

            @Schema(description = "Nog niet vastgelegd in Samenspel; deze zin zegt dat")
            String kosten,

            @Schema(description = "Wat de raad kan doen, in \u00e9\u00e9n zin: onder welke vorm, of dat er nog geen is")
            String raad,

            @Schema(description = "Wat de raad onder de gekozen vorm kan doen, en zijn toestemming en zienswijze")
            InstrumentenJson instrumenten,

            @Schema(description = "De gekozen vorm in gewone taal en waarom; leeg als er nog geen vorm gekozen is")
            @Nullable
            VormkeuzeJson vormkeuze,

            @Schema(
                    description =
                            "De organen van het bestuur met hun zetels (zonder accounts), in de volgorde waarin ze"
                                    + " zijn gemaakt")
            List<OrgaanJson> organen,

            @Schema(description = "Gemeenten die deelnamen en vertrokken (issue 13), met de dag en de reden")
            List<VertrokkenJson> vertrokken) {}

    /** A municipality that left the samenwerking: kept as history. */
    public record VertrokkenJson(
            String code,
            String naam,
            @Schema(format = "date") String datum,
            String reden) {}

    public record VormkeuzeJson(
            @Schema(description = "De gekozen vorm", example = "OPENBAAR_LICHAAM")
            String vorm,

            String vormNaam,

            @Schema(description = "Wat deze vorm betekent, in gewone taal")
            String uitleg,

            @Schema(description = "Waarom de gemeenten voor deze vorm kozen, zoals vastgelegd") @Nullable
            String motivering,

            @Schema(description = "De dag van het besluit", example = "2026-11-29")
            String datum) {}

    public record OrgaanJson(
            String naam,

            @Schema(description = "De lijn van het orgaan", example = "TOEZICHT")
            String lijn,

            @Schema(description = "De lijn in woorden", example = "Toezicht")
            String lijnNaam,

            @Schema(description = "Wat de lijn doet, in \u00e9\u00e9n zin")
            String lijnUitleg,

            List<ZetelJson> zetels) {}

    public record ZetelJson(
            String persoon,

            @Schema(description = "Gemeentecode; leeg voor iemand van de gedeelde organisatie") @Nullable
            String gemeente,

            @Nullable String gemeenteNaam,

            @Schema(description = "BESTUURLIJK of AMBTELIJK")
            String rol,

            List<String> portefeuilles,
            @Nullable String functie,
            int stemmen) {}

    @Operation(
            summary = "Overzicht voor de raad",
            description = "Wat de samenwerking betekent voor een deelnemende gemeente, in gewone taal: de taken en hun "
                    + "route, de fase, de besluiten tot nu toe, de gedeelde posities (nooit een niet-gedeelde) en de "
                    + "toets over de gedeelde posities. Een raadslid krijgt het overzicht van de eigen gemeente "
                    + "(403 voor een andere); wie de samenwerking anders mag zien, kiest met gemeente een partij "
                    + "(standaard de eigen gemeente of de eerste partij). 404 als u de samenwerking niet mag zien, 400 "
                    + "als gemeente geen deelnemende gemeente is")
    @GetMapping("/samenwerkingen/{id}/raadsoverzicht")
    RaadsoverzichtJson raadsoverzicht(
            @PathVariable long id,
            @Parameter(description = "Gemeentecode van een deelnemende gemeente", example = "GM0355")
                    @RequestParam(required = false)
                    @Nullable
                    String gemeente) {
        return json(overzichten.voor(id, gemeente));
    }

    RaadsoverzichtJson json(Raadsoverzicht o) {
        return new RaadsoverzichtJson(
                o.samenwerkingId(),
                o.titel(),
                o.omschrijving(),
                o.oefencasus(),
                o.gearchiveerd(),
                new GemeenteJson(o.gemeente().code(), o.gemeente().naam()),
                o.partijen().stream()
                        .map(g -> new GemeenteJson(g.code(), g.naam()))
                        .toList(),
                o.rol(),
                o.taken().stream()
                        .map(t -> new TaakJson(t.naam(), t.omschrijving(), t.route(), t.routeTekst()))
                        .toList(),
                new FaseJson(
                        o.fase().name(),
                        o.faseNaam(),
                        o.faseUitleg(),
                        o.faseSinds().toString()),
                o.besluiten().stream().map(RaadsoverzichtApi::besluit).toList(),
                o.posities().stream().map(RaadsoverzichtApi::positie).toList(),
                o.nietGedeeld(),
                new ToetsJson(
                        o.toets().totaal().name(),
                        o.toets().tekst(),
                        o.toets().regels().stream()
                                .map(r -> new RegelJson(
                                        r.regel(), r.naam(), r.status().name(), r.statusTekst()))
                                .toList(),
                        o.toets().aandachtspunten().stream()
                                .map(p -> new AandachtspuntJson(
                                        p.regel(), p.ernst().name(), p.ernstTekst(), p.titel(), p.wat()))
                                .toList()),
                o.kosten(),
                o.raad(),
                instrumenten(o.instrumenten()),
                vormkeuze(o.vormkeuze()),
                o.organen().stream().map(org -> orgaan(org, o, teksten)).toList(),
                o.vertrokken().stream()
                        .map(v -> new VertrokkenJson(
                                v.code(), v.gemeente().naam(), v.datum().toString(), v.reden()))
                        .toList());
    }

    private static @Nullable VormkeuzeJson vormkeuze(Raadsoverzicht.@Nullable Vormkeuze v) {
        return v == null
                ? null
                : new VormkeuzeJson(
                        v.vorm(),
                        v.vormNaam(),
                        v.uitleg(),
                        v.motivering(),
                        v.datum().toString());
    }

    private static OrgaanJson orgaan(Orgaan org, Raadsoverzicht o, Teksten teksten) {
        return new OrgaanJson(
                org.naam(),
                org.lijn().name(),
                teksten.t(org.lijn().labelSleutel()),
                teksten.t(org.lijn().uitlegSleutel()),
                org.zetels().stream()
                        .map(z -> {
                            String code = z.gemeenteCode();
                            return new ZetelJson(
                                    z.persoon(),
                                    code,
                                    code == null
                                            ? null
                                            : o.partijen().stream()
                                                    .filter(g -> g.code().equals(code))
                                                    .map(Gemeente::naam)
                                                    .findFirst()
                                                    .orElse(code),
                                    z.rol().name(),
                                    z.portefeuilles(),
                                    z.functie(),
                                    z.stemmen());
                        })
                        .toList());
    }

    private static InstrumentenJson instrumenten(Raadsoverzicht.Instrumenten i) {
        var toestemmingOp = i.toestemmingOp();
        var zienswijzeOp = i.zienswijzeOp();
        var tot = i.zienswijzeTermijnTot();
        return new InstrumentenJson(
                i.vorm(),
                i.vormNaam(),
                i.lijst().stream()
                        .map(x -> new InstrumentJson(
                                x.code(),
                                x.naam(),
                                x.uitleg(),
                                x.termijnWeken(),
                                x.wetsgrond(),
                                x.zekerheid(),
                                x.bron(),
                                x.bronUrl()))
                        .toList(),
                i.toestemming(),
                i.zienswijze(),
                toestemmingOp == null ? null : toestemmingOp.toString(),
                zienswijzeOp == null ? null : zienswijzeOp.toString(),
                tot == null ? null : tot.toString());
    }

    private static BesluitJson besluit(Raadsoverzicht.Besluit b) {
        var orgaan = b.orgaan();
        return new BesluitJson(
                b.datum().toString(),
                b.soort().name(),
                b.tekst(),
                orgaan == null ? null : orgaan.name(),
                b.orgaanNaam(),
                b.gemeenteCode(),
                b.referentie(),
                b.gewijzigd());
    }

    private static PositieJson positie(Raadsoverzicht.GedeeldePositie p) {
        var op = p.gedeeldOp();
        return new PositieJson(
                new GemeenteJson(p.gemeenteCode(), p.gemeenteNaam()),
                p.eigen(),
                p.watWillenWij(),
                p.watWillenWijNiet(),
                p.einddoel(),
                p.maximumPerJaar(),
                op == null ? null : op.toString());
    }
}
