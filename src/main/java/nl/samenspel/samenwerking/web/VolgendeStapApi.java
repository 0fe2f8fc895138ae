package nl.samenspel.samenwerking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.platform.Teksten;
import nl.samenspel.samenwerking.OpenPunt;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.samenwerking.VolgendeStap;
import nl.samenspel.samenwerking.VolgendeStappen;
import nl.samenspel.security.Gebruiker;
import nl.samenspel.security.HuidigeGebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * "What is next and who it waits for" through the API: {@code /api/v1/samenwerkingen/{id}/volgende-stap} for one
 * samenwerking and {@code /api/v1/mijn-taken} for what the caller must do, the same as the start page and the
 * samenwerking page show.
 */
@RestController
@org.springframework.web.bind.annotation.RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Samenwerkingen", description = "Samenwerkingen van gemeenten onder regie van een regisseur")
class VolgendeStapApi {

    /** How many samenwerkingen (real and practice each) {@code mijn-taken} looks at: the most recently changed. */
    static final int MAX_TAKEN = 50;

    private final Samenwerkingen samenwerkingen;
    private final VolgendeStappen volgendeStappen;
    private final Teksten teksten;

    VolgendeStapApi(Samenwerkingen samenwerkingen, VolgendeStappen volgendeStappen, Teksten teksten) {
        this.samenwerkingen = samenwerkingen;
        this.volgendeStappen = volgendeStappen;
        this.teksten = teksten;
    }

    @Schema(description = "Iets waarop de samenwerking wacht")
    public record PuntJson(
            @Schema(description = "De fase waarin dit hoort", example = "VERKENNEN")
            String fase,

            @Schema(description = "Wat er moet gebeuren, in het Nederlands")
            String wat,

            @Schema(description = "De berichtsleutel van wat, voor wie zelf vertaalt")
            String sleutel,

            @Schema(description = "Wie moet handelen", example = "GEMEENTE")
            String wachtOp,

            @Schema(description = "De gemeente die moet handelen (alleen bij wachtOp GEMEENTE)", example = "GM0355")
            @Nullable
            String gemeenteCode,

            @Schema(description = "De pagina waar het gebeurt", example = "/samenwerkingen/12/posities/GM0355")
            String pad) {}

    @Schema(description = "Op wie de volgende stap wacht")
    public record WachtendeJson(
            @Schema(example = "REGISSEUR") String wie,
            @Nullable String gemeenteCode,

            @Schema(description = "Weergavenaam van de regisseur of naam van de gemeente; leeg bij een beheerder")
            @Nullable
            String naam) {}

    @Schema(description = "Wat de volgende stap is en op wie hij wacht")
    public record VolgendeStapJson(
            long samenwerkingId,
            String fase,

            @Schema(description = "De eerstvolgende stap; null als er niets wacht") @Nullable
            PuntJson volgende,

            @Schema(description = "Op wie de fase van de volgende stap wacht")
            List<WachtendeJson> wachtOp,

            @Schema(description = "Alles wat openstaat, in de volgorde van de werkwijze")
            List<PuntJson> open,

            @Schema(description = "Wat u zelf moet doen (een raadslid: niets)")
            List<PuntJson> voorU) {}

    public record TaakJson(long samenwerkingId, String titel, boolean oefencasus, List<PuntJson> punten) {}

    public record MijnTakenJson(List<TaakJson> samenwerkingen) {}

    @Operation(
            summary = "Volgende stap van een samenwerking",
            description = "Wat de volgende stap is, op wie hij wacht, alles wat openstaat en wat u zelf moet doen. "
                    + "404 als de samenwerking niet bestaat of als u haar niet mag zien")
    @GetMapping("/samenwerkingen/{id}/volgende-stap")
    VolgendeStapJson volgendeStap(@PathVariable long id) {
        return json(volgendeStappen.van(id), HuidigeGebruiker.get());
    }

    @Operation(
            summary = "Mijn taken",
            description = "Per samenwerking wat u nu moet doen: de regisseur alles wat openstaat, een ambtenaar of "
                    + "bestuurder wat zijn gemeente moet doen, een raadslid of uitvoerder niets. Kijkt naar de "
                    + MAX_TAKEN
                    + " laatst gewijzigde echte en oefensamenwerkingen die niet gearchiveerd zijn")
    @GetMapping("/mijn-taken")
    MijnTakenJson mijnTaken() {
        Gebruiker g = HuidigeGebruiker.get();
        List<Samenwerking> lijst = new ArrayList<>();
        lijst.addAll(samenwerkingen.zichtbaar(false, false, 1, MAX_TAKEN).items());
        lijst.addAll(samenwerkingen.zichtbaar(false, true, 1, MAX_TAKEN).items());
        List<TaakJson> taken = new ArrayList<>();
        for (VolgendeStap v : volgendeStappen.van(lijst)) {
            List<OpenPunt> mijn = v.voor(g);
            if (!mijn.isEmpty()) {
                Samenwerking s = v.samenwerking();
                taken.add(new TaakJson(s.id(), s.titel(), s.oefencasus(), punten(mijn)));
            }
        }
        return new MijnTakenJson(taken);
    }

    private VolgendeStapJson json(VolgendeStap v, Gebruiker g) {
        OpenPunt volgende = v.volgende();
        return new VolgendeStapJson(
                v.samenwerking().id(),
                v.samenwerking().fase().name(),
                volgende == null ? null : punt(volgende),
                v.wachtOp().stream()
                        .map(w -> new WachtendeJson(w.wie().name(), w.gemeenteCode(), w.naam()))
                        .toList(),
                punten(v.open()),
                punten(v.voor(g)));
    }

    private List<PuntJson> punten(List<OpenPunt> punten) {
        return punten.stream().map(this::punt).toList();
    }

    private PuntJson punt(OpenPunt p) {
        return new PuntJson(
                p.fase().name(),
                teksten.t(p.wat()),
                p.wat().sleutel(),
                p.wachtOp().name(),
                p.gemeenteCode(),
                p.pad());
    }
}
