package nl.samenspel.vorm;

import static nl.samenspel.support.Rollen.DE_BILT;
import static nl.samenspel.support.Rollen.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The form page in a real browser, with axe on every page: from the samenwerking page to the (closed) form step,
 * opening it, answering the questions, reading the advice with its reasons and sources, recording a form the
 * advice rejects (the page asks for a reason), changing it, and the history.
 */
@SamenspelTest
class VormBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void deRegisseurBeantwoordtDeVragenLeestHetAdviesEnLegtDeVormVast() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http api = Http.api(port, "regisseur");
        String pad = "/api/v1/samenwerkingen/" + id;
        long taak = api.postJson(
                        pad + "/taken",
                        Map.of("naam", "WOZ-waardering", "omschrijving", "Taxeren", "taakveld", "2023:0.61"))
                .json()
                .path("id")
                .asLong();
        Map<String, Object> route = new HashMap<>();
        route.put("route", "INKOPEN");
        route.put("kopers", List.of(ZEIST));
        route.put("leverancier", DE_BILT);
        route.put("vehikel", "DIENSTVERLENINGSOVEREENKOMST");
        route.put("reden", "De Bilt heeft de taxateurs.");
        assertThat(api.putJson(pad + "/taken/" + taak + "/route", route, "\"0\"")
                        .status())
                .isEqualTo(200);

        try (Browser b = new Browser(port)) {
            b.inloggen("regisseur");
            b.open("/samenwerkingen/" + id).klikLink("Vorm: advies en besluit");
            assertThat(b.tekst()).contains("De vormstap is nog dicht").doesNotContain("Vormadvies per vorm");
            b.klikLink("Naar de vormstap (wat er nog ontbreekt, of de stap met een reden openen)");
            b.typ("reden", "Het bestuur wil voor de zomer een besluit.").klikKnop("Vormstap openen");
            b.klikLink("Naar het vormadvies en het vormbesluit");
            assertThat(b.pad()).isEqualTo("/samenwerkingen/" + id + "/vorm");
            assertThat(b.tekst())
                    .contains("Openbaar lichaam: Past niet")
                    .contains("Elke taak heeft de route inkopen: de behoefte is eenzijdig.")
                    .contains("nog open en tellen nog niet mee");

            b.vinkAan("personeel", "nee")
                    .vinkAan("vermogen", "nee")
                    .vinkAan("heffingen", "ja")
                    .vinkAan("risico", "HOOG")
                    .klikKnop("Antwoorden opslaan");
            assertThat(b.tekst())
                    .contains("Uw antwoorden zijn opgeslagen")
                    .contains("Regelgeving of heffingen moeten over: alleen een openbaar lichaam kan dat dragen")
                    .contains("Wgr art. 30");

            b.vinkAan("vorm", "OPENBAAR_LICHAAM").klikKnop("Vorm vastleggen");
            assertThat(b.tekst())
                    .contains("Het vormbesluit is vastgelegd.")
                    .contains("Volgens het advies past de vorm Openbaar lichaam niet.")
                    .contains("Gekozen: Openbaar lichaam, door regisseur");

            b.vinkAan("vorm", "CONTRACT")
                    .typ("motivering", "De Bilt levert, Zeist koopt in.")
                    .kies("besluitOrgaan", "Stuurgroep van de partijen")
                    .klikKnop("Vorm vastleggen");
            assertThat(b.tekst())
                    .contains("De Bilt levert, Zeist koopt in.")
                    .contains("Gewijzigd van Openbaar lichaam naar Contract (dienstverleningsovereenkomst of inkoop)"
                            + " door regisseur")
                    .doesNotContain("Volgens het advies past de vorm");
            b.open("/samenwerkingen/" + id + "/vorm").screenshotHelePagina("vorm-advies");

            b.klikLink("Alle wetsgronden met hun bronnen");
            assertThat(b.tekst()).contains("Wgr art. 8 lid 3").contains("artikelnummer niet nagetrokken");
        }
        try (Browser ambtenaar = new Browser(port)) {
            ambtenaar.inloggen("ambtenaar1").open("/samenwerkingen/" + id + "/vorm");
            assertThat(ambtenaar.tekst())
                    .contains("Contract (dienstverleningsovereenkomst of inkoop)")
                    .contains("Vormadvies per vorm")
                    .doesNotContain("Vorm vastleggen")
                    .doesNotContain("Antwoorden opslaan");
        }
    }
}
