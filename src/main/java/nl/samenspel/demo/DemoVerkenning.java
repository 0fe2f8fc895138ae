package nl.samenspel.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.verkenning.Behoefte;
import nl.samenspel.verkenning.Einddoel;
import nl.samenspel.verkenning.Route;
import nl.samenspel.verkenning.RouteInvoer;
import nl.samenspel.verkenning.Sterkte;
import nl.samenspel.verkenning.Vehikel;
import nl.samenspel.verkenning.Verkenning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasks and positions for the practice case, so the analysis shows every outcome: Zeist and De Bilt shared their
 * positions and need each other on part of the work; Bunnik's position is not shared yet and needs Zeist one-sidedly
 * for the WOZ valuation. On collection De Bilt needs Zeist strongly, Zeist De Bilt only somewhat (unequal dependence,
 * R5.5), and Zeist sees a merger in time where De Bilt rules exactly that out (diverging end goals, R1.6). Idempotent: tasks are found by name, an existing position is left alone.
 */
@Component
@Order(40)
class DemoVerkenning implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoVerkenning.class);

    private static final String ZEIST = DemoCasus.ZEIST;
    private static final String DE_BILT = DemoCasus.DE_BILT;
    private static final String BUNNIK = DemoCasus.BUNNIK;

    private final DemoSchakelaar schakelaar;
    private final Samenwerkingen samenwerkingen;
    private final Verkenning verkenning;

    DemoVerkenning(DemoSchakelaar schakelaar, Samenwerkingen samenwerkingen, Verkenning verkenning) {
        this.schakelaar = schakelaar;
        this.samenwerkingen = samenwerkingen;
        this.verkenning = verkenning;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!schakelaar.aan()) {
            return;
        }
        long id = DemoCasus.samenwerking(samenwerkingen);
        long woz = verkenning.zaaiTaak(
                id,
                "WOZ-waardering",
                "Het jaarlijks taxeren van woningen en bedrijfspanden, het onderhouden van de objectgegevens en het "
                        + "afhandelen van bezwaren tegen de WOZ-waarde.",
                "0.61");
        long heffing = verkenning.zaaiTaak(
                id,
                "Heffing en invordering",
                "Het opleggen van de aanslagen, betalingsregelingen, aanmaningen en dwanginvordering.",
                "0.62");
        long klantcontact = verkenning.zaaiTaak(
                id,
                "Klantcontact belastingen",
                "Vragen van inwoners en ondernemers over aanslagen en kwijtschelding, aan de telefoon en aan de balie.",
                "0.64");

        boolean zeist = verkenning.zaaiPositie(
                id,
                ZEIST,
                "Een stevige belastingorganisatie die ook over vijf jaar nog ervaren taxateurs heeft, en minder "
                        + "afhankelijkheid van \u00e9\u00e9n leverancier van het belastingpakket.",
                "Wij willen de tarieven en het kwijtscheldingsbeleid zelf blijven bepalen, en geen nieuwe bestuurslaag.",
                new BigDecimal("150000.00"),
                "Wij leveren graag in op de eigen werkwijze bij taxatie, maar niet op het contact met onze inwoners.",
                true,
                List.of(
                        new Behoefte(
                                woz,
                                ZEIST,
                                DE_BILT,
                                Sterkte.STERK,
                                "Alleen met De Bilt samen houden we genoeg taxateurs."),
                        new Behoefte(
                                woz, ZEIST, BUNNIK, Sterkte.NIET, "Bunnik is te klein om ons hierin verder te helpen."),
                        new Behoefte(
                                heffing, ZEIST, DE_BILT, Sterkte.ENIGSZINS, "Een gezamenlijk pakket scheelt kosten."),
                        new Behoefte(heffing, ZEIST, BUNNIK, Sterkte.NIET, null),
                        new Behoefte(klantcontact, ZEIST, DE_BILT, Sterkte.NIET, "Klantcontact houden we dichtbij."),
                        new Behoefte(klantcontact, ZEIST, BUNNIK, Sterkte.NIET, null)),
                Einddoel.BESTUURLIJKE_FUSIE_OP_TERMIJN,
                "Eerst de belastingen samen uitvoeren; als dat goed gaat, zien wij over tien jaar één gemeente.",
                Set.of());
        boolean deBilt = verkenning.zaaiPositie(
                id,
                DE_BILT,
                "Minder kwetsbaarheid bij ziekte en vertrek, en een betere kwaliteit van de WOZ-waarden.",
                "Geen gezamenlijke balie: inwoners van De Bilt blijven bij de eigen gemeente terecht.",
                new BigDecimal("90000.00"),
                "Wij kunnen leven met gezamenlijke werkafspraken over taxatie en invordering.",
                true,
                List.of(
                        new Behoefte(
                                woz, DE_BILT, ZEIST, Sterkte.STERK, "Zeist heeft de taxatiekennis die wij missen."),
                        new Behoefte(woz, DE_BILT, BUNNIK, Sterkte.NIET, null),
                        new Behoefte(
                                heffing,
                                DE_BILT,
                                ZEIST,
                                Sterkte.STERK,
                                "Zonder Zeist kunnen wij de invordering niet rond krijgen."),
                        new Behoefte(heffing, DE_BILT, BUNNIK, Sterkte.NIET, null),
                        new Behoefte(klantcontact, DE_BILT, ZEIST, Sterkte.NIET, null)),
                Einddoel.AMBTELIJKE_SAMENWERKING,
                "Samen uitvoeren, maar De Bilt blijft een eigen gemeente met een eigen raad.",
                Set.of(Einddoel.AMBTELIJKE_FUSIE, Einddoel.BESTUURLIJKE_FUSIE_OP_TERMIJN));
        boolean bunnik = verkenning.zaaiPositie(
                id,
                BUNNIK,
                "De WOZ-taxatie uitbesteden aan een grotere buur, zodat wij niet zelf een taxateur hoeven te werven.",
                "Wij willen niet meebetalen aan een nieuwe organisatie.",
                new BigDecimal("40000.00"),
                "Voor de taxatie mag een ander de werkwijze bepalen; voor de rest houden wij het in eigen hand.",
                false,
                List.of(
                        new Behoefte(
                                woz, BUNNIK, ZEIST, Sterkte.STERK, "Zeist heeft de capaciteit die wij niet hebben."),
                        new Behoefte(woz, BUNNIK, DE_BILT, Sterkte.NIET, null)),
                Einddoel.ZELFSTANDIG_BLIJVEN,
                null,
                Set.of());
        // The route per task (rule 5) as the parties chose it: Zeist carries out the WOZ for the others under a
        // service agreement (Bunnik only needs Zeist: one-sided), heffing is done together (mutual need between
        // Zeist and De Bilt), klantcontact stays with each municipality (nobody needs anybody).
        java.util.Set<String> deelnemers = java.util.Set.of(ZEIST, DE_BILT, BUNNIK);
        int routes = 0;
        routes += verkenning.zaaiRoute(
                        id,
                        woz,
                        deelnemers,
                        new RouteInvoer(
                                Route.INKOPEN.name(),
                                List.of(DE_BILT, BUNNIK),
                                ZEIST,
                                Vehikel.DIENSTVERLENINGSOVEREENKOMST.name(),
                                "Zeist heeft de taxateurs en het systeem. Bunnik heeft Zeist nodig maar niet omgekeerd; "
                                        + "De Bilt neemt liever af dan mee te bouwen. Een dienstverleningsovereenkomst "
                                        + "is eenvoudiger dan een gezamenlijke organisatie."))
                ? 1
                : 0;
        routes += verkenning.zaaiRoute(
                        id,
                        heffing,
                        deelnemers,
                        new RouteInvoer(
                                Route.SAMENWERKEN.name(),
                                List.of(),
                                null,
                                null,
                                "Zeist en De Bilt hebben elkaar nodig om minder kwetsbaar te zijn; samen invorderen "
                                        + "met een gezamenlijk pakket."))
                ? 1
                : 0;
        routes += verkenning.zaaiRoute(
                        id,
                        klantcontact,
                        deelnemers,
                        new RouteInvoer(
                                Route.NIET_SAMEN.name(),
                                List.of(),
                                null,
                                null,
                                "Klantcontact blijft dichtbij de inwoners, bij elke gemeente zelf."))
                ? 1
                : 0;
        LOG.info(
                "event=demo-verkenning samenwerking={} taken=3 posities-nieuw={} routes-nieuw={}",
                id,
                (zeist ? 1 : 0) + (deBilt ? 1 : 0) + (bunnik ? 1 : 0),
                routes);
    }
}
