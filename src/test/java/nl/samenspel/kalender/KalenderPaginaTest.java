package nl.samenspel.kalender;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The calendar page without JavaScript: the table with warnings, forms that post and redirect, errors at the field. */
@SamenspelTest
class KalenderPaginaTest {

    @LocalServerPort
    int port;

    static String api(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    void kiesVorm(long id, String vorm) {
        Http r = Http.api(port, "regisseur");
        r.postJson(api(id) + "/stappen/vorm/ontgrendeling", Map.of("reden", "Voor de test"));
        String etag = r.get(api(id) + "/vormbesluit").header("ETag");
        assertThat(r.putJson(api(id) + "/vormbesluit", Map.of("vorm", vorm, "motivering", "Test"), etag)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void plannenZienswijzeEnAntwoordOpDePagina() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/pc-kalender";
        Http regisseur = Http.browser(port, "regisseur");

        Http.Antwoord geenVorm = regisseur.get(basis + "?jaar=2027");
        assertThat(geenVorm.status()).isEqualTo(200);
        assertThat(geenVorm.body()).contains("Er is nog geen vorm gekozen").doesNotContain("Data opslaan");

        kiesVorm(id, "BEDRIJFSVOERINGSORGANISATIE");
        Http.Antwoord leeg = regisseur.get(basis + "?jaar=2027");
        assertThat(leeg.body())
                .contains("Begrotingsjaar 2027")
                .contains("30 april 2026")
                .contains("art. 34b Wgr")
                .contains("nummering van 2015")
                .contains("/api/v1/samenwerkingen/" + id + "/pc-kalender.ics")
                .contains("/api/v1/gemeenten/" + ZEIST + "/pc-kalender.ics")
                .contains("aria-current=\"page\"")
                .contains("Data opslaan");

        Http.Antwoord fout = regisseur.formulier(
                basis + "?jaar=2027",
                Map.of("versie", "0", "begrotingGepland", "2026-07-01", "kadersGedaan", "2999-01-01"));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("href=\"#veld-kadersGedaan\"").contains("in de toekomst");
        assertThat(Http.api(port, "regisseur")
                        .get(api(id) + "/pc-kalender?jaar=2027")
                        .header("ETag"))
                .isEqualTo("\"0\"");

        Http.Antwoord goed = regisseur.formulier(
                basis + "?jaar=2027",
                Map.of(
                        "versie", "0",
                        "begrotingGepland", "2026-07-01",
                        "ontwerpbegrotingGepland", "2026-04-15",
                        "wijzigingOmschrijving", "Extra taak handhaving",
                        "wijzigingBesluitGepland", "2026-12-10"));
        assertThat(goed.status()).as(goed.body()).isEqualTo(302);
        Http.Antwoord gepland = regisseur.get(basis + "?jaar=2027");
        assertThat(gepland.body())
                .contains("De ontwerpbegroting gaat minder dan twaalf weken voor de vaststelling naar de raden")
                .contains("8 april 2026")
                .contains("Wettelijke termijn gebroken")
                .contains("Extra taak handhaving");

        Http ambtenaar = Http.browser(port, "ambtenaar1");
        Http.Antwoord alsAmbtenaar = ambtenaar.get(basis + "?jaar=2027");
        assertThat(alsAmbtenaar.body()).doesNotContain("Data opslaan").contains("Zienswijze vastleggen");
        Http.Antwoord zonderInhoud =
                ambtenaar.formulier(basis + "/zienswijzen?jaar=2027", Map.of("inhoud", "", "wijziging", ""));
        assertThat(zonderInhoud.status()).isEqualTo(400);
        assertThat(zonderInhoud.body()).contains("href=\"#veld-inhoud\"");
        Http.Antwoord zienswijze = ambtenaar.formulier(
                basis + "/zienswijzen?jaar=2027", Map.of("inhoud", "Houd de groei beperkt.", "wijziging", "1"));
        assertThat(zienswijze.status()).as(zienswijze.body()).isEqualTo(302);

        long zid = Http.api(port, "regisseur")
                .get(api(id) + "/pc-kalender?jaar=2027")
                .json()
                .path("zienswijzen")
                .get(0)
                .path("id")
                .asLong();
        Http.Antwoord leegAntwoord =
                regisseur.formulier(basis + "/zienswijzen/" + zid + "/antwoord", Map.of("versie", "1", "antwoord", ""));
        assertThat(leegAntwoord.status()).isEqualTo(400);
        assertThat(leegAntwoord.body()).contains("href=\"#veld-antwoord\"");
        Http.Antwoord antwoord = regisseur.formulier(
                basis + "/zienswijzen/" + zid + "/antwoord",
                Map.of("versie", "1", "antwoord", "Overgenomen: de taak past binnen het bestaande budget."));
        assertThat(antwoord.status()).isEqualTo(302);
        assertThat(regisseur.get(basis + "?jaar=2027").body())
                .contains("Houd de groei beperkt.")
                .contains("Overgenomen: de taak past binnen het bestaande budget.");
    }
}
