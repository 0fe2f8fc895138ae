package nl.samenspel.regeling;

import static nl.samenspel.support.Rollen.DE_BILT;
import static nl.samenspel.support.Rollen.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The regeling page without JavaScript: what it says without a form, who sees which forms, and who may post. */
@SamenspelTest
class RegelingPaginaTest {

    @LocalServerPort
    int port;

    @Test
    void zonderVormVerwijstDePaginaNaarDeVormEnBijEenContractNaarWatErWelGeldt() {
        long id = RegelingData.zonderVorm(port, ZEIST, DE_BILT);
        Http regisseur = Http.browser(port, "regisseur");
        String pagina = regisseur.get("/samenwerkingen/" + id + "/regeling").body();
        assertThat(pagina)
                .contains("volgt uit de vorm")
                .contains("href=\"/samenwerkingen/" + id + "/vorm\"")
                .doesNotContain("Besluit vastleggen");
        RegelingData.kies(port, id, "PRIVAATRECHTELIJK");
        assertThat(regisseur.get("/samenwerkingen/" + id + "/regeling").body())
                .contains("wensen en bedenkingen")
                .contains("Gemeentewet art. 160 lid 2");
    }

    @Test
    void eenAmbtenaarZietAlleenHetFormulierVoorDeEigenRaadEnEenRaadslidGeenEnkel() {
        long id = RegelingData.metVorm(port, "REGELING_ZONDER_MEER", ZEIST, DE_BILT);
        String pad = "/samenwerkingen/" + id + "/regeling";
        String ambtenaar = Http.browser(port, "ambtenaar1").get(pad).body();
        assertThat(ambtenaar).contains("Besluit vastleggen").contains("value=\"" + ZEIST + "\"");
        assertThat(ambtenaar).doesNotContain("value=\"" + DE_BILT + "\"").doesNotContain(">Geregeld</button>");
        String raadslid = Http.browser(port, "raadslid1").get(pad).body();
        assertThat(raadslid).contains("Toestemming").doesNotContain("<form method=\"post\" action=\"" + pad);
    }

    @Test
    void eenFormulierVanEenAndereGemeenteOfEenRaadslidSlaatNietsOp() {
        long id = RegelingData.metVorm(port, "OPENBAAR_LICHAAM", ZEIST, DE_BILT);
        String pad = "/samenwerkingen/" + id + "/regeling";
        Map<String, String> zeist =
                Map.of("gemeente", ZEIST, "soort", "toestemming", "document", "Besluit 1", "versie", "0");
        Http bilt = Http.browser(port, "ambtenaar2");
        bilt.get(pad);
        assertThat(bilt.formulier(pad + "/raadsbesluiten", zeist).status()).isEqualTo(403);
        Http raadslid = Http.browser(port, "raadslid1");
        raadslid.get(pad);
        assertThat(raadslid.formulier(pad + "/raadsbesluiten", zeist).status()).isEqualTo(403);
        Http regisseur = Http.browser(port, "regisseur");
        regisseur.get(pad);
        Http.Antwoord verouderd = regisseur.formulier(
                pad + "/onderdelen/BELANGEN", Map.of("actie", "GEREGELD", "verwijzing", "art. 2", "versie", "7"));
        assertThat(verouderd.status()).isEqualTo(409);
        assertThat(verouderd.body()).contains("Iemand anders heeft de regeling net gewijzigd");
        Http.Antwoord leeg = regisseur.formulier(
                pad + "/onderdelen/BELANGEN", Map.of("actie", "GEREGELD", "verwijzing", " ", "versie", "0"));
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.body()).contains("href=\"#veld-verwijzing\"");

        assertThat(Http.api(port, "regisseur")
                        .get("/api/v1/samenwerkingen/" + id + "/regeling-inhoud")
                        .json()
                        .path("versie")
                        .asLong())
                .isZero();

        Http.Antwoord goed = regisseur.formulier(
                pad + "/onderdelen/BELANGEN", Map.of("actie", "GEREGELD", "verwijzing", "art. 2", "versie", "0"));
        assertThat(goed.status()).isIn(302, 303);
        assertThat(regisseur.get(pad).body()).contains("Geregeld in: art. 2");
    }

    @Test
    void deRaadZietOpZijnPaginaWatHijOnderDeGekozenVormKanMetArtikelEnEigenToestemming() {
        long id = RegelingData.zonderVorm(port, ZEIST, DE_BILT);
        Http raadslid = Http.browser(port, "raadslid1");
        String pad = "/samenwerkingen/" + id + "/voor-de-raad";
        assertThat(raadslid.get(pad).body())
                .contains("Er is nog geen vorm gekozen.")
                .doesNotContain("Zienswijze op de begroting");

        RegelingData.kies(port, id, "BEDRIJFSVOERINGSORGANISATIE");
        String bvo = raadslid.get(pad).body();
        assertThat(bvo)
                .contains("De gemeenten kozen voor: Bedrijfsvoeringsorganisatie.")
                .contains("Zienswijze op de begroting")
                .contains("Termijn: 12 weken.")
                .contains("Wgr art. 35")
                .contains("Gezamenlijk onderzoek (regionale onderzoekscommissie)")
                .contains("artikelnummer niet nagetrokken")
                .contains("De toestemming van de raad van Zeist is nog niet vastgelegd.")
                .doesNotContain("Gemeenschappelijke adviescommissie");

        Http.Antwoord ontwerp = Http.api(port, "regisseur")
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/regeling-inhoud/ontwerp",
                        Map.of("verzondenOp", "2026-01-05"),
                        "\"0\"");
        assertThat(ontwerp.status()).as(ontwerp.body()).isEqualTo(200);
        assertThat(raadslid.get(pad).body())
                .contains("ging op 5 januari 2026 naar de raden; een zienswijze kan tot en met 2 maart 2026");
    }
}
