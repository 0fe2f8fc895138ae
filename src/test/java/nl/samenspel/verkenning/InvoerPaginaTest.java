package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Amounts typed in Dutch notation in the position form, and refused characters in any form. */
@SamenspelTest
class InvoerPaginaTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String formulier(long id) {
        return "/samenwerkingen/" + id + "/posities/" + ZEIST;
    }

    private BigDecimal opgeslagen(long id) {
        return jdbc.sql("SELECT maximum_per_jaar FROM positie WHERE samenwerking_id = ? AND gemeente_code = ?")
                .params(id, ZEIST)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    private String versie(long id) {
        return jdbc.sql("SELECT versie FROM positie WHERE samenwerking_id = ? AND gemeente_code = ?")
                .params(id, ZEIST)
                .query(Long.class)
                .single()
                .toString();
    }

    @Test
    void honderdvijftigDuizendInNederlandseNotatieWordtHonderdvijftigDuizend() {
        long id = VerkenningTestData.samenwerking(port);
        Http zeist = Http.browser(port, "ambtenaar1");
        zeist.get(formulier(id));

        Http.Antwoord bewaard = zeist.formulier(
                formulier(id), Map.of("watWillenWij", "Goede taxaties", "maximumPerJaar", "150.000", "versie", ""));
        assertThat(bewaard.status()).as(bewaard.body()).isEqualTo(302);
        assertThat(opgeslagen(id)).isEqualByComparingTo("150000");

        String eigen = zeist.get(formulier(id)).body();
        assertThat(eigen).contains("value=\"150.000,00\"");
        // Sharing is the form's second button ("Opslaan en delen"), sent with the form as shown: the amount as the
        // page displays it must read back as the same amount.
        Http.Antwoord gedeeld = zeist.formulier(
                formulier(id),
                Map.of(
                        "watWillenWij",
                        "Goede taxaties",
                        "maximumPerJaar",
                        "150.000,00",
                        "versie",
                        versie(id),
                        "actie",
                        "delen"));
        assertThat(gedeeld.header("Location")).endsWith("melding=gedeeld");
        assertThat(opgeslagen(id)).isEqualByComparingTo("150000");
        String anders = Http.browser(port, "ambtenaar2").get(formulier(id)).body();
        assertThat(anders)
                .contains("\u20ac 150.000,00")
                .doesNotContain("150000")
                .doesNotContain("150.00<");

        // Saving the form again as shown keeps the amount (the shown text reads back as the same amount).
        zeist.get(formulier(id));
        Http.Antwoord nogEens = zeist.formulier(
                formulier(id),
                Map.of("watWillenWij", "Goede taxaties", "maximumPerJaar", "150.000,00", "versie", versie(id)));
        assertThat(nogEens.status()).as(nogEens.body()).isEqualTo(302);
        assertThat(opgeslagen(id)).isEqualByComparingTo("150000");

        // A changed amount typed with a euro sign and cents is stored exactly and shown the same way.
        zeist.get(formulier(id));
        Http.Antwoord gewijzigd = zeist.formulier(
                formulier(id),
                Map.of("watWillenWij", "Goede taxaties", "maximumPerJaar", "\u20ac 160.000,50", "versie", versie(id)));
        assertThat(gewijzigd.status()).as(gewijzigd.body()).isEqualTo(302);
        assertThat(opgeslagen(id)).isEqualByComparingTo("160000.50");
        assertThat(Http.browser(port, "ambtenaar2").get(formulier(id)).body()).contains("\u20ac 160.000,50");
    }

    @Test
    void eenOnduidelijkBedragHoudtDeGetypteTekstMetEenNederlandseMelding() {
        long id = VerkenningTestData.samenwerking(port);
        Http zeist = Http.browser(port, "ambtenaar1");
        for (var geval : List.of(
                List.of("150,000", "Na de komma horen hoogstens twee cijfers"),
                List.of("1.5", "Een punt scheidt duizendtallen"),
                List.of("veel geld", "Vul een bedrag in euro in"))) {
            zeist.get(formulier(id));
            Http.Antwoord a = zeist.formulier(
                    formulier(id),
                    Map.of("watWillenWij", "Mijn tekst blijft", "maximumPerJaar", geval.get(0), "versie", ""));
            assertThat(a.status()).as(geval.get(0)).isEqualTo(400);
            assertThat(a.body())
                    .contains("value=\"" + geval.get(0) + "\"")
                    .contains(geval.get(1))
                    .contains("Mijn tekst blijft");
        }
        assertThat(opgeslagen(id)).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM positie WHERE samenwerking_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void eenStuurtekenInEenFormulierToontHetFormulierOpnieuwEnSlaatNietsOp() {
        long id = VerkenningTestData.samenwerking(port);
        Http zeist = Http.browser(port, "ambtenaar1");
        zeist.get(formulier(id));
        Http.Antwoord a = zeist.formulier(
                formulier(id),
                Map.of("watWillenWij", "Doel met \u000b verticale tab", "maximumPerJaar", "150.000", "versie", ""));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("text/html");
        assertThat(a.body())
                .contains("Uw invoer is niet opgeslagen")
                .contains("U+000B op positie 10")
                .contains(">Doel met \u000b verticale tab</textarea>")
                .contains("<input type=\"hidden\" name=\"maximumPerJaar\" value=\"150.000\">")
                .contains("action=\"" + formulier(id) + "\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM positie WHERE samenwerking_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();

        // The re-shown form, corrected and sent again, is saved.
        Http.Antwoord opnieuw = zeist.formulier(
                formulier(id),
                Map.of("watWillenWij", "Doel met verticale tab", "maximumPerJaar", "150.000", "versie", ""));
        assertThat(opnieuw.status()).as(opnieuw.body()).isEqualTo(302);
        assertThat(opgeslagen(id)).isEqualByComparingTo("150000");
    }

    @Test
    void eenNulTekenInEenAnderFormulierWordtOokGeweigerd() {
        Http regisseur = Http.browser(port, "regisseur");
        regisseur.get("/samenwerkingen/nieuw");
        String titel = "Nul " + System.nanoTime();
        Http.Antwoord a = regisseur.formulier(
                "/samenwerkingen/nieuw",
                "titel=" + titel + "\u0000",
                "omschrijving=Samen",
                "gemeenten=GM0355",
                "gemeenten=GM0310");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("U+0000").contains("name=\"gemeenten\" value=\"GM0310\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM samenwerking WHERE titel LIKE ?")
                        .param(titel + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
