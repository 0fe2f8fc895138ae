package nl.samenspel;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspel.support.Browser;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, point 8: in the browser (axe on every page) a regisseur opens the form step early, moves to Vormgeven
 * with a reason, answers the form questions and chooses a form, adopts the proposed bodies, gives one person a seat
 * on both the supervision and the client line, sees the rule-2 finding in the toets, removes one seat and sees the
 * finding resolved. Only clicks and form fills. The whole-page screenshots ({@code target/screenshots/vorm-*.png})
 * are the ones in the README's "Vorm en bestuur" ({@code scripts/schermafdrukken} copies them).
 */
@SamenspelTest
class OntwerpBrowserTest {

    /** Three municipalities in South Limburg that no other test uses. */
    private static final String[][] PARTIJEN = {
        {"Maastricht", "GM0935"}, {"Meerssen", "GM0938"}, {"Eijsden-Margraten", "GM1903"}
    };

    private static final String PERSOON = "Ria Ramakers";

    @LocalServerPort
    int port;

    @Test
    void eenZetelOpBeideLijnenGeeftEenBevindingDieVerdwijntAlsEenVanBeideWeggaat() {
        String titel = "Samen het Maasdal onderhouden";
        try (Browser b = new Browser(port)) {
            b.inloggen(TestAccounts.REGISSEUR);

            // A new samenwerking of three municipalities.
            b.open("/samenwerkingen/nieuw");
            b.typ("titel", titel)
                    .typ("omschrijving", "Drie gemeenten willen het onderhoud van het Maasdal samen doen.");
            for (String[] p : PARTIJEN) {
                b.typ("zoekterm", p[0]).klikKnop("Zoek gemeente");
                b.vinkAan("gemeenten", p[1]);
            }
            b.klikKnop("Opslaan");
            long id = Long.parseLong(b.pad().replaceAll("^/samenwerkingen/(\\d+).*$", "$1"));
            String pad = "/samenwerkingen/" + id;

            // The form step is opened early, with a reason.
            b.klikLink("Vorm: advies en besluit");
            assertThat(b.tekst()).contains("De vormstap is nog dicht");
            b.klikLink("Naar de vormstap (wat er nog ontbreekt, of de stap met een reden openen)");
            b.typ("reden", "De colleges willen de vorm al verkennen.").klikKnop("Vormstap openen");

            // The phase Vormgeven, with a reason because the earlier steps are not done.
            b.open(pad);
            b.kies("fase", "Vormgeven").klikKnop("Fase wijzigen");
            assertThat(b.tekst()).contains("ontbreekt nog iets");
            b.kies("fase", "Vormgeven")
                    .typ("reden", "De raden beslissen in het voorjaar; de vorm moet dan op tafel liggen.")
                    .klikKnop("Fase wijzigen");
            assertThat(b.tekst()).contains("De samenwerking is nu in de fase \u201eVormgeven\u201d.");

            // The questions, the advice per criterion, and the decision with a reason.
            b.klikLink("Vorm: advies en besluit");
            assertThat(b.pad()).isEqualTo(pad + "/vorm");
            b.vinkAan("personeel", "ja")
                    .vinkAan("vermogen", "ja")
                    .vinkAan("heffingen", "nee")
                    .vinkAan("alleenBedrijfsvoering", "nee")
                    .vinkAan("maatwerk", "ja")
                    .vinkAan("risico", "HOOG")
                    .klikKnop("Antwoorden opslaan");
            assertThat(b.tekst()).contains("Uw antwoorden zijn opgeslagen").contains("Openbaar lichaam");
            b.vinkAan("vorm", "OPENBAAR_LICHAAM")
                    .typ("motivering", "Het personeel en de werven gaan over; de raden willen invloed houden.")
                    .klikKnop("Vorm vastleggen");
            assertThat(b.tekst())
                    .contains("Het vormbesluit is vastgelegd.")
                    .contains("Het personeel en de werven gaan over; de raden willen invloed houden.");
            b.screenshotHelePagina("vorm-01-advies");

            // What the regeling must contain, with the councils' consent and views per municipality.
            b.open(pad);
            b.klikLink("Wat de regeling moet bevatten, en de toestemming en zienswijze van de raden");
            assertThat(b.tekst()).contains("Wgr").contains("Maastricht");
            b.screenshotHelePagina("vorm-02-regeling");

            // The bodies: adopt the proposal, then one person on both lines.
            b.open(pad);
            b.klikLink("Bestuur en organogram");
            assertThat(b.pad()).isEqualTo(pad + "/bestuur");
            b.klikKnop("Voorstel overnemen");
            assertThat(b.tekst()).contains("Het voorstel is overgenomen").contains("Opdrachtgeversoverleg");
            for (String orgaan : new String[] {"Algemeen bestuur", "Opdrachtgeversoverleg"}) {
                b.open(pad + "/bestuur");
                b.klikLink(orgaan);
                b.typ("persoon", PERSOON).kies("gemeente", "Meerssen").vinkAan("rol", "BESTUURLIJK");
                b.typ("portefeuilles", "Openbare ruimte").typ("stemmen", "1");
                b.klikKnop("Zetel toevoegen");
                assertThat(b.tekst()).contains("Opgeslagen").contains(PERSOON);
            }
            b.open(pad + "/bestuur");
            assertThat(b.driver().findElements(By.cssSelector("svg.samenspel-organogram")))
                    .hasSize(1);
            assertThat(b.tekst()).contains("Het organogram in tekst");
            b.screenshotHelePagina("vorm-03-bestuur");

            // The toets shows the rule-2 finding for this person.
            b.open(pad + "/toets");
            String bevinding = r21(b);
            assertThat(bevinding)
                    .contains("R2.1")
                    .contains("Risico")
                    .doesNotContain("Opgelost")
                    .contains(PERSOON + " heeft een zetel in Algemeen bestuur (toezicht) en in Opdrachtgeversoverleg"
                            + " (klantrelatie).");
            b.screenshotHelePagina("vorm-04-toets");

            // The person leaves the client line: the finding is resolved, its history kept.
            b.open(pad + "/bestuur");
            b.klikLink("Opdrachtgeversoverleg");
            b.klikKnop("Verwijder zetel van " + PERSOON);
            assertThat(b.tekst()).contains("Verwijderd.");
            assertThat(b.driver().findElement(By.tagName("main")).getText()).doesNotContain(PERSOON);
            b.open(pad + "/toets");
            assertThat(r21(b)).contains("Opgelost");
        }
    }

    /** The text of the R2.1 finding under rule 2 on the toets page. */
    private static String r21(Browser b) {
        return b.driver()
                .findElement(By.xpath("//section[@aria-labelledby='regel-2']//article[.//h3[normalize-space(.)="
                        + "'Iemand zit zowel in het toezicht als aan de klantkant']]"))
                .getText();
    }
}
