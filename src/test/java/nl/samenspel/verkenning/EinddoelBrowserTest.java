package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.BUNNIK;
import static nl.samenspel.verkenning.VerkenningTestData.DE_BILT;
import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.Browser;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The end goal in the position form and the side-by-side page, in a real browser with axe. */
@SamenspelTest
class EinddoelBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void ambtenarenKiezenEenEinddoelEnDeRegisseurZietZeNaastElkaar() {
        long id = VerkenningTestData.samenwerking(port);
        String basis = "/samenwerkingen/" + id;
        try (Browser zeist = new Browser(port)) {
            zeist.inloggen("ambtenaar1");
            zeist.open(basis + "/posities/" + ZEIST);
            zeist.typ("watWillenWij", "Een stevige belastingorganisatie met genoeg taxateurs.")
                    .typ("watWillenWijNiet", "Geen nieuwe bestuurslaag.")
                    .kies("einddoel", "Bestuurlijke fusie op termijn")
                    .typ("einddoelToelichting", "Eerst samen uitvoeren, over tien jaar een gemeente.");
            zeist.screenshot("einddoel-positieformulier");
            zeist.klikKnop("Opslaan en delen met de andere partijen");
            assertThat(zeist.tekst()).contains("De positie is gedeeld");
        }
        try (Browser deBilt = new Browser(port)) {
            deBilt.inloggen("ambtenaar2");
            deBilt.open(basis + "/posities/" + DE_BILT);
            deBilt.typ("watWillenWij", "Minder kwetsbaar bij ziekte en vertrek.")
                    .kies("einddoel", "Ambtelijke samenwerking")
                    .vinkAan("uitgeslotenEinddoelen", "BESTUURLIJKE_FUSIE_OP_TERMIJN");
            deBilt.klikKnop("Opslaan en delen met de andere partijen");
            assertThat(deBilt.tekst()).contains("De positie is gedeeld");
        }
        try (Browser bunnik = new Browser(port)) {
            bunnik.inloggen("ambtenaar3");
            bunnik.open(basis + "/posities/" + BUNNIK);
            bunnik.typ("watWillenWij", "De taxatie uitbesteden.").kies("einddoel", "Zelfstandig blijven");
            bunnik.klikKnop("Positie opslaan");
            assertThat(bunnik.tekst()).contains("De positie is opgeslagen");
        }
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open(basis + "/posities");
            regisseur.klikLink("Posities naast elkaar bekijken");
            assertThat(regisseur.tekst())
                    .contains("Posities naast elkaar")
                    .contains("Bestuurlijke fusie op termijn")
                    .contains("Ambtelijke samenwerking")
                    .contains("Zelfstandig blijven")
                    .contains("Eerst samen uitvoeren, over tien jaar een gemeente.");
            regisseur.screenshot("einddoel-naast-elkaar-regisseur");
            regisseur.open(basis + "/toets");
            assertThat(regisseur.tekst())
                    .contains("Zeist ziet als einddoel een bestuurlijke fusie op termijn, maar De Bilt sluit dat uit.")
                    .contains("Zeist ziet als einddoel een bestuurlijke fusie op termijn, maar Bunnik sluit dat uit.");
        }
        try (Browser raadslid = new Browser(port)) {
            raadslid.inloggen("raadslid1");
            raadslid.open(basis + "/posities/naast-elkaar");
            assertThat(raadslid.tekst())
                    .contains("Nog niet gedeeld of nog niet ingevuld")
                    .doesNotContain("Zelfstandig blijven");
            raadslid.screenshot("einddoel-naast-elkaar-raadslid");
        }
    }
}
