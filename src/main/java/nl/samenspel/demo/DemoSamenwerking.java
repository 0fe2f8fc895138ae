package nl.samenspel.demo;

import nl.samenspel.samenwerking.Samenwerkingen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The fictional practice case (oefencasus): three real neighbouring municipalities and an invented
 * cooperation on local taxes, led by the demo regisseur. Created once; found again on every later start.
 */
@Component
@Order(30)
class DemoSamenwerking implements ApplicationRunner {

    static final String TITEL = "Oefencasus: samen belastingen heffen en innen";

    static final String OMSCHRIJVING = """
            Dit is een verzonnen casus om mee te oefenen; de gemeenten hebben hier niets over besloten.

            Zeist, De Bilt en Bunnik onderzoeken of zij de gemeentelijke belastingen voortaan samen kunnen \
            uitvoeren: de WOZ-waardering, het opleggen van de aanslagen en de invordering. Alle drie merken dat \
            het steeds moeilijker wordt om ervaren taxateurs en medewerkers invordering te vinden, dat het \
            belastingpakket binnenkort vervangen moet worden en dat het toezicht op de WOZ strenger wordt.

            Voordat iemand over een gemeenschappelijke regeling begint, willen de gemeenten eerst helder krijgen \
            wat zij samen willen bereiken, waar zij elkaar echt nodig hebben en wat ieder juist in eigen hand \
            wil houden, zoals het kwijtscheldingsbeleid en de tarieven.

            Toch hebben de colleges gevraagd om v\u00f3\u00f3r de zomer de vorm te kiezen. De regisseur heeft de \
            vormstap daarom vroeg geopend en de casus naar de fase vormgeven gezet, terwijl de eerste stappen nog \
            niet af zijn. De toets laat zien wat dat kost; het ontwerp van het bestuur bevat nog fouten om te \
            herstellen.""";

    private static final Logger LOG = LoggerFactory.getLogger(DemoSamenwerking.class);

    private final DemoSchakelaar schakelaar;
    private final Samenwerkingen samenwerkingen;

    DemoSamenwerking(DemoSchakelaar schakelaar, Samenwerkingen samenwerkingen) {
        this.schakelaar = schakelaar;
        this.samenwerkingen = samenwerkingen;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!schakelaar.aan()) {
            return;
        }
        long id = DemoCasus.samenwerking(samenwerkingen);
        LOG.info("event=demo-oefencasus id={}", id);
    }
}
