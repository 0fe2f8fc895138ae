package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, point 9: in the browser (axe on every page) the regisseur raises a gedoe item, routes it to a body,
 * records the decision and the lesson, and turns it into a revision of a client's agreement (DVO); the new version is
 * changed, agreed, its difference shown, and the gedoe item names the revision. An ambtenaar may raise gedoe but is
 * not offered the routing. Only clicks and form fills; the set-up goes through the API. The whole-page screenshots
 * ({@code target/screenshots/afspraken-*.png}) are the ones in the README's "Afspraken, gedoe en uittreding"
 * ({@code scripts/schermafdrukken} copies them).
 */
@SamenspelTest
class AfsprakenBrowserTest {

    /** Terschelling: no other test counts anything of it; Zeist is there so that its ambtenaar takes part. */
    private static final String TERSCHELLING = "GM0093";

    @LocalServerPort
    int port;

    @Test
    void eenGedoeItemWordtDoorgeleidBeslotenEnLeidtTotEenHerzieneAfspraak() {
        Http r = Http.api(port, TestAccounts.REGISSEUR);
        Http.Antwoord samenwerking = r.postJson(
                "/api/v1/samenwerkingen",
                Map.of(
                        "titel",
                        "Samen de belastingen van eiland en heuvelrug",
                        "omschrijving",
                        "Terschelling en Zeist laten de belastingen door een gedeelde organisatie uitvoeren.",
                        "gemeenten",
                        List.of(TERSCHELLING, TestAccounts.ZEIST)));
        assertThat(samenwerking.status()).as(samenwerking.body()).isEqualTo(201);
        long id = samenwerking.json().path("id").asLong();
        String api = "/api/v1/samenwerkingen/" + id;
        Http.Antwoord orgaan = r.postJson(api + "/organen", Map.of("naam", "Opdrachtgeversoverleg", "lijn", "KLANT"));
        assertThat(orgaan.status()).as(orgaan.body()).isEqualTo(201);
        Http.Antwoord dienst = r.postJson(
                api + "/diensten",
                Map.of("naam", "Belastinginning", "backoffice", "Eén heffingssysteem en één team voor de aanslagen."));
        assertThat(dienst.status()).as(dienst.body()).isEqualTo(201);
        Http.Antwoord dvo = r.postJson(api + "/dvo", Map.of("gemeente", TERSCHELLING, "jaar", 2027));
        assertThat(dvo.status()).as(dvo.body()).isEqualTo(201);
        long dvoId = dvo.json().path("id").asLong();
        String dvoApi = api + "/dvo/" + dvoId;
        Http.Antwoord regel = r.postJson(
                dvoApi + "/regels",
                Map.of(
                        "dienst",
                        dienst.json().path("id").asLong(),
                        "resultaat",
                        "Aanslagen voor 1 maart verstuurd",
                        "status",
                        "VAST"));
        assertThat(regel.status()).as(regel.body()).isEqualTo(201);
        Http.Antwoord vast =
                r.postJson(dvoApi + "/vaststelling", Map.of(), r.get(dvoApi).header("ETag"));
        assertThat(vast.status()).as(vast.body()).isEqualTo(200);
        // Zeist has an agreement of its own: the same service, still open, with hours kept free (rek).
        Http.Antwoord zeist = r.postJson(api + "/dvo", Map.of("gemeente", TestAccounts.ZEIST, "jaar", 2027));
        assertThat(zeist.status()).as(zeist.body()).isEqualTo(201);
        String zeistApi = api + "/dvo/" + zeist.json().path("id").asLong();
        assertThat(r.postJson(
                                zeistApi + "/regels",
                                Map.of(
                                        "dienst",
                                        dienst.json().path("id").asLong(),
                                        "resultaat",
                                        "Bezwaren binnen zes weken beslist",
                                        "status",
                                        "NOG_IN_TE_VULLEN"))
                        .status())
                .isEqualTo(201);
        assertThat(r.putJson(
                                zeistApi + "/rek",
                                Map.of("uren", 120, "toelichting", "Voor de piek na de aanslagen"),
                                r.get(zeistApi).header("ETag"))
                        .status())
                .isEqualTo(200);

        String pad = "/samenwerkingen/" + id;
        String gedoeTitel = "Vakantieadressen op de eilanden ontbreken";
        try (Browser b = new Browser(port)) {
            b.inloggen(TestAccounts.REGISSEUR);
            b.open(pad);

            // Raise an item on the gedoe page.
            b.klikLink("Gedoe");
            assertThat(b.pad()).isEqualTo(pad + "/gedoe");
            b.typ("titel", gedoeTitel)
                    .typ("omschrijving", "De aanslagen voor tweede woningen komen terug: het adresbestand mist ze.")
                    .kies("soort", "Tussendoortaak")
                    .kies("gemeente", "Terschelling")
                    .klikKnop("Melden");
            assertThat(b.tekst()).contains("Het gedoe is gemeld.");

            // Open it, route it to the body, then record the decision and the lesson.
            b.open(pad + "/gedoe");
            b.klikLink(gedoeTitel);
            String item = b.pad().replaceAll("\\?.*$", "");
            assertThat(b.tekst()).contains("Gedoe 1: " + gedoeTitel).contains("Nog niet doorgeleid");
            b.kies("forum", "Opdrachtgeversoverleg").klikKnop("Opslaan");
            assertThat(b.tekst()).contains("De wijziging is opgeslagen.").contains("Doorgeleid");
            b.typ("besluit", "De gemeente levert de adressen van tweede woningen elk kwartaal aan.")
                    .typ("les", "Een adreslevering hoort in de afspraak; niemand had die taak gezien.")
                    .klikKnop("Opslaan");
            assertThat(b.tekst())
                    .contains("Besloten")
                    .contains("De gemeente levert de adressen van tweede woningen elk kwartaal aan.")
                    .contains("Een adreslevering hoort in de afspraak; niemand had die taak gezien.");
            b.screenshotHelePagina("afspraken-01-gedoe");

            // The lesson opens a revision of Terschelling's agreement.
            b.kies("dvo", "DVO Terschelling 2027 (versie 1)").klikKnop("Herziening openen");
            assertThat(b.pad()).startsWith(pad + "/dvo/" + dvoId);
            assertThat(b.tekst())
                    .contains("DVO Terschelling 2027")
                    .contains("Stand: Herziening open, versie 2.")
                    .contains("Een adreslevering hoort in de afspraak; niemand had die taak gezien.");
            String aanleiding = b.driver()
                    .findElement(By.xpath("//section[@aria-labelledby='versies-kop']//a[contains(@href, '/gedoe/')]"))
                    .getAttribute("href");
            assertThat(aanleiding).endsWith(item);
            b.screenshotHelePagina("afspraken-02-herziening");

            // The line becomes indicative, and version 2 is agreed.
            b.driver()
                    .findElement(By.xpath("//section[@aria-labelledby='regels-kop']//a[contains(@href, '/regels/')]"))
                    .click();
            b.controleer();
            b.vinkAan("status", "INDICATIEF").klikKnop("Opslaan");
            assertThat(b.pad()).startsWith(pad + "/dvo/" + dvoId);
            b.klikKnop("Versie 2 vaststellen");
            assertThat(b.tekst()).contains("De versie is vastgesteld").contains("Stand: Vastgesteld, versie 2.");

            // The difference between the versions: the line's status, in words.
            b.klikLink("Wat veranderde van versie 1 naar 2");
            String verschil = b.driver()
                    .findElement(By.xpath("//section[@aria-labelledby='verschillen-kop']"))
                    .getText();
            assertThat(verschil)
                    .contains("Verschillen tussen versie 1 en versie 2")
                    .contains("Aanslagen voor 1 maart verstuurd")
                    .contains("Status")
                    .contains("Vast")
                    .contains("Indicatief")
                    .doesNotContain("INDICATIEF");
            b.screenshotHelePagina("afspraken-03-verschil");

            // Back to the gedoe item through the aanleiding: it names the revision.
            b.driver()
                    .findElement(By.xpath("//section[@aria-labelledby='versies-kop']//a[contains(@href, '/gedoe/')]"))
                    .click();
            b.controleer();
            assertThat(b.pad()).isEqualTo(item);
            assertThat(b.tekst()).contains("Leidde tot versie 2 van DVO Terschelling 2027.");

            // The overview of the agreements.
            b.klikLink("Afspraken");
            assertThat(b.pad()).isEqualTo(pad + "/dvo");
            assertThat(b.tekst()).contains("Terschelling").contains("Zeist").contains("2027");
            b.screenshotHelePagina("afspraken-04-dvo-overzicht");
        }

        // An ambtenaar of a party may raise gedoe, but routing is the regisseur's.
        try (Browser b = new Browser(port)) {
            b.inloggen(TestAccounts.AMBTENAAR_ZEIST);
            b.open(pad + "/gedoe");
            assertThat(b.driver().findElements(By.name("gemeente"))).isEmpty();
            b.typ("titel", "Post voor de balie komt bij de verkeerde afdeling")
                    .kies("soort", "Verbroken koppeling")
                    .klikKnop("Melden");
            assertThat(b.tekst()).contains("Het gedoe is gemeld.");
            b.open(pad + "/gedoe");
            b.klikLink("Post voor de balie komt bij de verkeerde afdeling");
            assertThat(b.tekst()).contains("Gedoe 2: ").contains("Nog niet doorgeleid");
            assertThat(b.driver().findElements(By.name("forum"))).isEmpty();
            assertThat(b.driver().findElements(By.name("dvo"))).isEmpty();
            assertThat(b.tekst()).doesNotContain("Behandelen");
        }
    }
}
