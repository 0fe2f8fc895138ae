package nl.samenspel.raad;

import static nl.samenspel.raad.RaadData.BUNNIK;
import static nl.samenspel.raad.RaadData.DE_BILT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The council's page: plain Dutch content, no controls, never a confidential position, and who may open it. */
@SamenspelTest
class RaadsoverzichtPaginaTest {

    private static final Pattern FORMULIER = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    RaadData.Casus casus;

    @BeforeEach
    void casus() {
        casus = RaadData.casus(port);
    }

    private String pad() {
        return "/samenwerkingen/" + casus.id() + "/voor-de-raad";
    }

    @Test
    void eenRaadslidLeestWatErVoorDeEigenGemeenteIsBeslotenEnGedeeld() {
        Http.Antwoord a = Http.browser(port, "raadslid1").get(pad());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.body())
                .contains("Wat deze samenwerking betekent voor Zeist")
                .contains("Samen de gemeentelijke belastingen heffen en innen.")
                .contains("Zeist doet mee, samen met De Bilt en Bunnik.")
                .contains("Zeist koopt deze taak in bij De Bilt. De Bilt voert de taak uit.")
                .contains("De gemeenten doen deze taak samen.")
                .contains("Nog niet gekozen hoe deze taak gedaan wordt.")
                .contains("De samenwerking is in de fase Onderhandelen. Dat is zo sinds 2 maart 2026.")
                .contains("De samenwerking ging naar de fase Onderhandelen.")
                .contains("Besloten door: Stuurgroep van de partijen.")
                .contains("Zeist stelde de stap \u201cWat willen we\u201d vast.")
                .contains("Besloten door: Gemeenteraad van Zeist.")
                .contains("10 februari 2026")
                .contains(RaadData.GEDEELD_WIL)
                .contains(RaadData.GEDEELD_NIET)
                .contains("Nog geen positie gedeeld: Zeist, Bunnik.")
                .contains("Hoe het proces ervoor staat")
                .contains("Wat kan helpen")
                .contains("Kosten voor Zeist: nog niet vastgelegd in Samenspel.")
                .contains("Er is nog geen vorm gekozen. Wat de raad kan doen, hangt af van de vorm.")
                // A council member has nothing to choose: no other municipality to look at.
                .doesNotContain("Bekijk voor een andere gemeente");
        geenBedieningEnGeenGeheim(a.body());
    }

    @Test
    void deRegisseurZietHetzelfdeGedeeldeOverzichtVoorEenGekozenPartij() {
        Http regisseur = Http.browser(port, "regisseur");
        Http.Antwoord zeist = regisseur.get(pad());
        assertThat(zeist.status()).isEqualTo(200);
        assertThat(zeist.body())
                .contains("U ziet wat een raadslid van Zeist ziet")
                .contains("?gemeente=" + DE_BILT)
                .contains("?gemeente=" + BUNNIK);
        geenBedieningEnGeenGeheim(zeist.body());

        Http.Antwoord deBilt = regisseur.get(pad() + "?gemeente=" + DE_BILT);
        assertThat(deBilt.body())
                .contains("Wat deze samenwerking betekent voor De Bilt")
                .contains("De Bilt voert deze taak uit voor Zeist en Bunnik.");
        geenBedieningEnGeenGeheim(deBilt.body());
    }

    @Test
    void eenRaadslidVanEenAndereGemeenteOfVoorEenAndereGemeenteKomtErNietIn() {
        Http raadslid = Http.browser(port, "raadslid1");
        assertThat(raadslid.get(pad() + "?gemeente=" + DE_BILT).status()).isEqualTo(403);
        long zonderZeist = TestSamenwerkingen.maak(port, "regisseur", DE_BILT, BUNNIK);
        assertThat(raadslid.get("/samenwerkingen/" + zonderZeist + "/voor-de-raad")
                        .status())
                .isEqualTo(404);
        assertThat(Http.browser(port, "uitvoerder").get(pad()).status()).isEqualTo(404);
        assertThat(Http.browser(port, "regisseur")
                        .get(pad() + "?gemeente=GM0344")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void deSamenwerkingspaginaEnDeStartpaginaWijzenHetRaadslidDeWeg() {
        Http raadslid = Http.browser(port, "raadslid1");
        assertThat(raadslid.get("/samenwerkingen/" + casus.id()).body())
                .contains("href=\"" + pad() + "\"")
                .contains("Voor de raad: lees in gewone taal wat deze samenwerking betekent voor uw gemeente");
        assertThat(raadslid.get("/").body()).contains("href=\"" + pad() + "\"");
        assertThat(Http.browser(port, "regisseur")
                        .get("/samenwerkingen/" + casus.id())
                        .body())
                .contains("href=\"" + pad() + "\"")
                .contains("Bekijk wat de raad ziet");
    }

    /** No form but the logout button, no link to change anything, nothing from Zeist's confidential position. */
    private static void geenBedieningEnGeenGeheim(String html) {
        Matcher m = FORMULIER.matcher(html);
        while (m.find()) {
            assertThat(m.group(1)).as("only the logout form").isEqualTo("/uitloggen");
        }
        assertThat(html)
                .doesNotContain("<input type=\"text\"")
                .doesNotContain("<textarea")
                .doesNotContain("<select")
                .doesNotContain("/bewerken\"")
                .doesNotContain("/fase\"")
                .doesNotContain("Fase wijzigen")
                .doesNotContain(RaadData.GEHEIM)
                .doesNotContain(String.valueOf(RaadData.GEHEIM_BEDRAG))
                .doesNotContain("987.654");
    }

    @Test
    void deRaadZietDeGekozenVormMetDeRedenEnHetOrganogramMetTekstalternatief() {
        assertThat(Http.browser(port, "raadslid1").get(pad()).body())
                .doesNotContain("Gekozen vorm en bestuur")
                .doesNotContain("<svg");

        RaadData.ontwerp(port, casus.id());
        Http.Antwoord a = Http.browser(port, "raadslid1").get(pad());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.body())
                .contains("Gekozen vorm en bestuur")
                .contains("voor: Openbaar lichaam.")
                .contains("De gemeenten richten samen een nieuwe organisatie op")
                .contains("Waarom deze vorm: " + RaadData.VORM_REDEN)
                .contains("\u201eAlgemeen bestuur\u201d (Toezicht): Anna de Wit, Zeist")
                .contains("\u201eOpdrachtgeversoverleg\u201d (Klantlijn): nog geen zetels")
                .contains("<svg")
                .contains("aria-describedby=\"raad-organogram-desc raad-organogram-tekst\"")
                .contains("id=\"raad-organogram-tekst\"")
                .contains("Het organogram in tekst")
                .contains("Algemeen bestuur (Toezicht, 1 zetel)")
                // The instruments of the regeling stay.
                .contains("De gemeenten kozen voor: Openbaar lichaam. Dit kan de raad van Zeist daarbij doen.")
                .doesNotContain("bestuurder1");
        geenBedieningEnGeenGeheim(a.body());
    }
}
