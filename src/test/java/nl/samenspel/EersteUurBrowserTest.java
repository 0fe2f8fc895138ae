package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11, "Done when": in one sitting a regisseur takes a new samenwerking of three municipalities that have no
 * accounts from creation, through their positions and the discussion of the first steps, to the form step
 * (phase Vormgeven), without an override, and asks a beheerder for an account. Axe checks every page; the
 * screenshots ({@code target/screenshots/readme-*.png}) are the ones in the README's "Het eerste uur"
 * ({@code scripts/schermafdrukken} copies them to {@code docs/eerste-uur}).
 */
@SamenspelTest
class EersteUurBrowserTest {

    /** Three Frisian municipalities no test account belongs to. */
    private static final String[][] PARTIJEN = {
        {"Harlingen", "GM0072"}, {"Súdwest-Fryslân", "GM1900"}, {"Waadhoeke", "GM1949"}
    };

    private static final List<String> STAPPEN = List.of("wat", "hoe", "spanningen", "vanzelfdynamiek");

    @LocalServerPort
    int port;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Test
    void eenRegisseurBrengtEenNieuweSamenwerkingInEenZittingTotDeVormstap() {
        TestSamenwerkingen.oefencasus(port, samenwerkingen);
        String titel = TestSamenwerkingen.uniek("Samen de Friese kust beheren");
        try (Browser b = new Browser(port)) {
            b.inloggen(TestAccounts.REGISSEUR);
            assertThat(b.titel()).isEqualTo("Start · Samenspel");
            assertThat(b.tekst()).doesNotContain("(0)");

            // 1. Create the samenwerking with three municipalities that have nobody in Samenspel yet.
            b.open("/samenwerkingen/nieuw");
            b.typ("titel", titel)
                    .typ(
                            "omschrijving",
                            "Harlingen, Súdwest-Fryslân en Waadhoeke willen het kustbeheer samen oppakken.");
            for (String[] p : PARTIJEN) {
                b.typ("zoekterm", p[0]).klikKnop("Zoek gemeente");
                b.vinkAan("gemeenten", p[1]);
            }
            b.klikKnop("Opslaan");
            assertThat(b.pad()).matches("/samenwerkingen/\\d+.*");
            long id = Long.parseLong(b.pad().replaceAll("^/samenwerkingen/(\\d+).*$", "$1"));
            String pagina = b.tekst();
            assertThat(pagina)
                    .contains("Samenwerking \u201e" + titel + "\u201d is aangemaakt.")
                    .doesNotContain("De wijzigingen zijn opgeslagen")
                    .contains("Wat is de volgende stap")
                    .contains("Accounts voor de partijen")
                    .doesNotContain("ontbreekt niets");
            // The first thing the method asks is what each party wants; nobody has an account, so it waits on them
            // or on the regisseur recording it for them.
            assertThat(b.driver().findElement(By.id("volgende-titel")).isDisplayed())
                    .isTrue();
            b.screenshotHelePagina("readme-02-nieuwe-samenwerking");
            // The start page now shows it with its next step, the practice case apart.
            b.open("/");
            assertThat(b.tekst()).contains(titel).contains("Volgende stap:").contains("Oefenen");
            b.screenshotHelePagina("readme-01-start");

            // 2. The regisseur records each party's position after talking to it.
            for (String[] p : PARTIJEN) {
                b.open("/samenwerkingen/" + id + "/posities/" + p[1]);
                b.typ("watWillenWij", "Een sterke kust, met kennis die " + p[0] + " niet alleen kan vasthouden.")
                        .typ("watWillenWijNiet", "Geen nieuwe bestuurslaag.")
                        .kies("einddoel", "Ambtelijke samenwerking");
                b.klikKnop("Positie opslaan");
                assertThat(b.tekst())
                        .contains("Vastgelegd door de regisseur namens " + p[0])
                        .contains(
                                "alleen ambtenaren en bestuurders van " + p[0] + " en de regisseur kunnen haar lezen");
                if (p[1].equals(PARTIJEN[0][1])) {
                    b.screenshot("readme-03-positie-namens");
                }
            }
            b.open("/samenwerkingen/" + id + "/posities");
            assertThat(b.tekst()).doesNotContain("Nog niet ingevuld");

            // 3. The first four steps get content (through the API here; the step pages have their own tests) and
            //    the regisseur records, per party, that it discussed each step.
            vulVierStappen(id);
            for (String stap : STAPPEN) {
                b.open("/samenwerkingen/" + id + "/stappen/" + stap);
                for (String[] p : PARTIJEN) {
                    b.kies("partij", p[0]);
                    b.klikKnop("Besproken namens deze partij vastleggen");
                    assertThat(b.tekst()).contains("Vastgelegd door de regisseur namens " + p[0]);
                }
                if (stap.equals("wat")) {
                    b.driver().executeScript("document.getElementById('besproken-titel').scrollIntoView()");
                    b.screenshot("readme-04-besproken-namens");
                }
            }

            // 4. Through Onderhandelen to Vormgeven, with nothing missing and so without a reason to override.
            for (String fase : List.of("Onderhandelen", "Vormgeven")) {
                b.open("/samenwerkingen/" + id);
                b.kies("fase", fase);
                b.klikKnop("Fase wijzigen");
                assertThat(b.tekst()).contains("De samenwerking is nu in de fase \u201e" + fase + "\u201d.");
            }
            assertThat(b.driver()
                            .findElement(By.cssSelector("[aria-current='step']"))
                            .getText())
                    .contains("Vormgeven");
            assertThat(Http.api(port, TestAccounts.REGISSEUR)
                            .get("/api/v1/samenwerkingen/" + id)
                            .json()
                            .path("fase")
                            .asString())
                    .isEqualTo("VORMGEVEN");
            // 5. Now the parties should confirm what was recorded for them: ask a beheerder for an account.
            b.open("/samenwerkingen/" + id);
            b.klikLink("Account aanvragen voor Harlingen");
            b.typ("weergavenaam", "Hester Harlingen").vinkAan("rol", "AMBTENAAR");
            b.driver().executeScript("window.scrollTo(0, 0)");
            b.screenshot("readme-05-account-aanvragen");
            b.klikKnop("Aanvraag versturen");
            assertThat(b.tekst()).contains("De aanvraag voor Hester Harlingen staat klaar voor de beheerder.");
            b.screenshotHelePagina("readme-06-vormgeven");
        }
        try (Browser beheerder = new Browser(port)) {
            beheerder.inloggen(TestAccounts.BEHEERDER);
            assertThat(beheerder.tekst())
                    .contains("Aangevraagde accounts")
                    .contains("Hester Harlingen")
                    .contains("Deelnemende gemeenten zonder account")
                    .contains("Waadhoeke");
            beheerder.screenshotHelePagina("readme-07-beheerder");
        }
    }

    private void vulVierStappen(long id) {
        Http r = Http.api(port, TestAccounts.REGISSEUR);
        String basis = "/api/v1/samenwerkingen/" + id + "/stappen/";
        ok(r.putJson(
                basis + "wat",
                Map.of("doelen", List.of(Map.of("soort", "DOEL", "tekst", "De kust samen op orde houden"))),
                r.get(basis + "wat").header("ETag")));
        ok(r.putJson(
                basis + "hoe",
                Map.of("wieDoetWat", "Harlingen voert uit, de anderen nemen af en sturen mee"),
                r.get(basis + "hoe").header("ETag")));
        Http.Antwoord spanning = r.postJson(
                "/api/v1/samenwerkingen/" + id + "/spanningen",
                Map.of("omschrijving", "Wie gaat voor bij storm?", "soort", "PRIORITERING_KLANTEN"));
        assertThat(spanning.status()).as(spanning.body()).isEqualTo(201);
        ok(r.putJson(
                basis + "vanzelfdynamiek",
                Map.of(
                        "items",
                        List.of(Map.of(
                                "gedrag",
                                "RUIMTE_HOUDEN",
                                "botsing",
                                "Niemand legt zich vast",
                                "omgang",
                                "Afspraken met een datum"))),
                r.get(basis + "vanzelfdynamiek").header("ETag")));
    }

    private static void ok(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }
}
