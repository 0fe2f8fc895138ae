package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.support.Browser;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages of a position recorded on behalf of a municipality (issue 11): the regisseur fills it in for Zeist, Zeist
 * sees the mark and confirms it, after which the regisseur can no longer overwrite it.
 */
@SamenspelTest
class PositieNamensPaginaTest {

    private static final Pattern VERSIE = Pattern.compile("name=\"versie\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    static String versie(String html) {
        Matcher m = VERSIE.matcher(html);
        assertThat(m.find()).as("a version in the page").isTrue();
        return m.group(1);
    }

    @Test
    void deRegisseurVultInNamensZeistEnZeistBevestigt() {
        long id = VerkenningTestData.samenwerking(port);
        String positie = "/samenwerkingen/" + id + "/posities/" + ZEIST;
        Http regisseur = Http.browser(port, "regisseur");

        String overzicht = regisseur.get("/samenwerkingen/" + id + "/posities").body();
        assertThat(overzicht).contains("href=\"" + positie + "\"").contains("Positie van Zeist invullen");
        Http.Antwoord leeg = regisseur.get(positie);
        assertThat(leeg.status()).isEqualTo(200);
        assertThat(leeg.body())
                .contains("name=\"namens\" value=\"true\"")
                .contains("U legt deze positie vast namens Zeist");

        Http.Antwoord bewaard = regisseur.formulier(
                positie,
                Map.of("watWillenWij", "Samen taxeren", "einddoel", "NOG_OPEN", "namens", "true", "versie", ""));
        assertThat(bewaard.status()).as(bewaard.body()).isEqualTo(302);
        assertThat(bewaard.header("Location")).endsWith("melding=namens");
        String na = regisseur.get(positie + "?melding=namens").body();
        assertThat(na)
                .contains("De positie is namens de gemeente opgeslagen")
                .contains("Vastgelegd door de regisseur namens Zeist op")
                .contains("(Test Regisseur); nog niet bevestigd door Zeist.")
                .contains("name=\"namens\" value=\"true\"");
        assertThat(regisseur.get("/samenwerkingen/" + id + "/posities").body())
                .contains("Vastgelegd door de regisseur namens Zeist op");

        Http zeist = Http.browser(port, "ambtenaar1");
        String gezien = zeist.get(positie).body();
        assertThat(gezien)
                .contains("Vastgelegd door de regisseur namens Zeist op")
                .contains("Positie ongewijzigd bevestigen")
                .doesNotContain("name=\"namens\"");
        Http.Antwoord verouderd = zeist.formulier(positie + "/bevestigen", Map.of("versie", "99"));
        assertThat(verouderd.header("Location")).endsWith("melding=conflict");
        Http.Antwoord bevestigd = zeist.formulier(positie + "/bevestigen", Map.of("versie", versie(gezien)));
        assertThat(bevestigd.status()).as(bevestigd.body()).isEqualTo(302);
        assertThat(bevestigd.header("Location")).endsWith("melding=bevestigd");
        assertThat(zeist.get(positie + "?melding=bevestigd").body())
                .contains("De positie is bevestigd en is nu van uw gemeente")
                .doesNotContain("Vastgelegd door de regisseur namens")
                .doesNotContain("Positie ongewijzigd bevestigen");

        String daarna = regisseur.get(positie).body();
        assertThat(daarna).doesNotContain("name=\"namens\"").contains("Samen taxeren");
        Http.Antwoord overschrijven = regisseur.formulier(
                positie, Map.of("watWillenWij", "Iets anders", "namens", "true", "versie", versie(na)));
        assertThat(overschrijven.status()).isEqualTo(409);
        assertThat(overschrijven.body()).contains("zelf vastgelegd of bevestigd");
    }

    /** The walkthrough of the README ("eerste uur"): the regisseur records Zeist's position after a conversation. */
    @Test
    void inDeBrowserLegtDeRegisseurEenPositieNamensDeGemeenteVast() {
        long id = VerkenningTestData.samenwerking(port);
        String basis = "/samenwerkingen/" + id;
        try (Browser regisseur = new Browser(port)) {
            regisseur.inloggen("regisseur");
            regisseur.open(basis + "/posities");
            regisseur.klikLink("Invullen");
            assertThat(regisseur.tekst()).contains("U legt deze positie vast namens Zeist");
            regisseur
                    .typ("watWillenWij", "Minder kwetsbaar worden bij de WOZ-taxatie.")
                    .typ("watWillenWijNiet", "Geen nieuwe bestuurslaag.")
                    .kies("einddoel", "Ambtelijke samenwerking");
            regisseur.klikKnop("Positie opslaan");
            assertThat(regisseur.tekst())
                    .contains("De positie is namens de gemeente opgeslagen")
                    .contains("Vastgelegd door de regisseur namens Zeist op");
            regisseur.screenshot("eerste-uur-03-positie-namens");
        }
        try (Browser zeist = new Browser(port)) {
            zeist.inloggen("ambtenaar1");
            zeist.open(basis + "/posities/" + ZEIST);
            assertThat(zeist.tekst()).contains("nog niet bevestigd door Zeist");
            zeist.klikKnop("Positie ongewijzigd bevestigen");
            assertThat(zeist.tekst()).contains("De positie is bevestigd en is nu van uw gemeente");
        }
    }
}
