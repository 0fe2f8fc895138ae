package nl.samenspel.demo;

import java.util.List;
import java.util.Map;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.stappen.Doel;
import nl.samenspel.stappen.DoelSoort;
import nl.samenspel.stappen.Dynamiek;
import nl.samenspel.stappen.Gedrag;
import nl.samenspel.stappen.Spanning;
import nl.samenspel.stappen.SpanningSoort;
import nl.samenspel.stappen.SpanningStatus;
import nl.samenspel.stappen.Stappen;
import nl.samenspel.stappen.Uitstel;
import nl.samenspel.stappen.Werkwijze;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Half-finished steps for the demo case, so the gate has something to show: goals and non-goals, part of the
 * "hoe", two tensions (one about uniformity without the back/front-office split), one habit, and "wat"
 * agreed by Zeist and De Bilt but not yet by Bunnik. Seeded once.
 */
@Component
@Order(41)
class DemoStappen implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStappen.class);

    private final DemoSchakelaar schakelaar;
    private final Samenwerkingen samenwerkingen;
    private final Stappen stappen;

    DemoStappen(DemoSchakelaar schakelaar, Samenwerkingen samenwerkingen, Stappen stappen) {
        this.schakelaar = schakelaar;
        this.samenwerkingen = samenwerkingen;
        this.stappen = stappen;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!schakelaar.aan()) {
            return;
        }
        long id = DemoCasus.samenwerking(samenwerkingen);
        boolean gezaaid = stappen.zaai(
                id,
                List.of(
                        doel(
                                DoelSoort.DOEL,
                                "De WOZ-waardering van de drie gemeenten voldoet elk jaar aan de eisen van de Waarderingskamer, zonder dat wij afhankelijk zijn van \u00e9\u00e9n taxateur.",
                                DemoCasus.ZEIST),
                        doel(
                                DoelSoort.DOEL,
                                "Samen \u00e9\u00e9n belastingpakket aanschaffen en beheren in plaats van drie.",
                                DemoCasus.DE_BILT),
                        doel(
                                DoelSoort.DOEL,
                                "Inwoners krijgen \u00e9\u00e9n duidelijke aanslag en kunnen op \u00e9\u00e9n plek terecht met vragen.",
                                null),
                        doel(
                                DoelSoort.NIET_DOEL,
                                "Het kwijtscheldingsbeleid en de hoogte van de tarieven blijven van iedere gemeente zelf.",
                                DemoCasus.BUNNIK),
                        doel(
                                DoelSoort.NIET_DOEL,
                                "Geen nieuwe bestuurslaag met een eigen algemeen bestuur van wethouders.",
                                null)),
                new Werkwijze(
                        "Zeist voert de waardering en de heffing uit voor alle drie; De Bilt en Bunnik leveren hun gegevens aan.",
                        "Eens per kwartaal overleggen de drie teamleiders belastingen; afspraken worden vastgelegd in een korte notitie.",
                        null,
                        null,
                        null,
                        0),
                List.of(
                        new Spanning(
                                0,
                                "Bunnik wil bij de invordering ruimer omgaan met betalingsregelingen dan Zeist en De Bilt.",
                                SpanningSoort.UNIFORMITEIT_MAATWERK,
                                List.of(DemoCasus.BUNNIK, DemoCasus.ZEIST),
                                "Nog niet besproken.",
                                null,
                                null,
                                SpanningStatus.OPEN,
                                0),
                        new Spanning(
                                0,
                                "Verdelen we de kosten naar inwonertal of naar het aantal aanslagen?",
                                SpanningSoort.KOSTEN_VERDELING,
                                List.of(DemoCasus.ZEIST, DemoCasus.DE_BILT, DemoCasus.BUNNIK),
                                null,
                                "Komen de teamleiders er niet uit, dan leggen zij het voor aan de drie portefeuillehouders financi\u00ebn.",
                                null,
                                SpanningStatus.OPEN,
                                0)),
                List.of(new Dynamiek(
                        0,
                        Gedrag.EIGEN_ORGANISATIE_EERST,
                        null,
                        "In de aanslagperiode trekken de gemeenten hun mensen terug voor eigen klussen.",
                        "We spreken vooraf af hoeveel uren ieder in de piek levert, en bespreken afwijkingen meteen.",
                        0)),
                Map.of(DemoCasus.ZEIST, "ambtenaar1", DemoCasus.DE_BILT, "ambtenaar2"),
                // The same decision put off twice: the pattern rule 6 of the toets points at.
                List.of(
                        new Uitstel(
                                0,
                                "STAP:WAT",
                                "UITGESTELD",
                                "Bunnik wil eerst het eigen college raadplegen over de invordering.",
                                "regisseur",
                                null),
                        new Uitstel(
                                0,
                                "STAP:WAT",
                                "UITGESTELD",
                                "Het overleg van de teamleiders is verschoven naar na de zomer.",
                                "regisseur",
                                null)));
        LOG.info("event=demo-stappen samenwerking={} gezaaid={}", id, gezaaid);
    }

    private static Doel doel(DoelSoort soort, String tekst, @Nullable String bron) {
        return new Doel(0, soort, tekst, bron, null, 0, 0, null);
    }
}
