package nl.samenspel.afspraken;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agreements pages without JavaScript: the catalogue and a service, the DVO overview, one DVO through its whole
 * life (lines, agreeing, a revision, the difference), and a line; forms post and redirect, errors come back with 400
 * at the field with what was typed.
 */
@SamenspelTest
class AfsprakenPaginaTest {

    @LocalServerPort
    int port;

    static String api(long id) {
        return "/api/v1/samenwerkingen/" + id;
    }

    @Test
    void catalogusEnDienstpagina() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/diensten";
        Http r = Http.browser(port, "regisseur");
        Http.Antwoord pagina = r.get(basis);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains("Dienstencatalogus").contains("nog geen diensten");

        Http.Antwoord fout = r.formulier(basis, "naam=Heffen", "backoffice=");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("href=\"#veld-backoffice\"").contains("value=\"Heffen\"");
        assertThat(Http.api(port, "regisseur")
                        .get(api(id) + "/diensten")
                        .json()
                        .path("totaal")
                        .asInt())
                .isZero();

        Http.Antwoord goed = r.formulier(basis, "naam=Heffen", "backoffice=Eén aanslagsysteem voor allen");
        assertThat(goed.status()).isEqualTo(302);
        String dienstPad =
                goed.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
        Http.Antwoord dienst = r.get(dienstPad);
        assertThat(dienst.status()).isEqualTo(200);
        assertThat(dienst.body()).contains("Eén aanslagsysteem voor allen").contains("Nieuwe frontofficevariant");

        Http.Antwoord variantFout = r.formulier(dienstPad + "/varianten", "variantnaam=", "omschrijving=Thuis");
        assertThat(variantFout.status()).isEqualTo(400);
        assertThat(variantFout.body()).contains("href=\"#veld-variantnaam\"").contains("Thuis");
        assertThat(r.formulier(
                                dienstPad + "/varianten",
                                "variantnaam=Aan huis",
                                "omschrijving=Een medewerker komt langs",
                                "gemeenten=" + ZEIST)
                        .status())
                .isEqualTo(302);
        assertThat(r.get(basis).body()).contains("Aan huis (Zeist)");

        // A client's civil servant sees the wish form but not the catalogue forms.
        Http ambtenaar = Http.browser(port, "ambtenaar1");
        Http.Antwoord gezien = ambtenaar.get(dienstPad);
        assertThat(gezien.body()).contains("Eigen wens vastleggen").doesNotContain("Nieuwe frontofficevariant");
        assertThat(ambtenaar
                        .formulier(dienstPad + "/wensen", "tekst=Ook op zaterdag")
                        .status())
                .isEqualTo(302);
        assertThat(r.get(dienstPad).body()).contains("Ook op zaterdag");
    }

    @Test
    void overzichtPerJaarMetStandEnRegelsPerStatus() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/dvo";
        Http r = Http.browser(port, "regisseur");
        Http.Antwoord leeg = r.get(basis);
        assertThat(leeg.status()).isEqualTo(200);
        assertThat(leeg.body()).contains("nog geen DVO").contains("aria-current=\"page\"");

        Http.Antwoord fout = r.formulier(basis, "gemeente=" + ZEIST, "jaar=");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("href=\"#veld-jaar\"").contains("value=\"" + ZEIST + "\" selected");

        Http.Antwoord goed = r.formulier(basis, "gemeente=" + ZEIST, "jaar=2027");
        assertThat(goed.status()).isEqualTo(302);
        Http.Antwoord overzicht = r.get(basis);
        assertThat(overzicht.body())
                .contains("DVO's 2027")
                .contains(">Zeist</a>")
                .contains("Concept");
    }

    @Test
    void eenDvoVanConceptViaHerzieningTotVerschil() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        Http a = Http.api(port, "regisseur");
        long dienst = a.postJson(api(id) + "/diensten", Map.of("naam", "Heffen", "backoffice", "Eén systeem"))
                .json()
                .path("id")
                .asLong();
        long dvo = a.postJson(api(id) + "/dvo", Map.of("gemeente", ZEIST, "jaar", 2027))
                .json()
                .path("id")
                .asLong();
        String basis = "/samenwerkingen/" + id + "/dvo/" + dvo;
        Http r = Http.browser(port, "regisseur");
        Http.Antwoord pagina = r.get(basis);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body())
                .contains("DVO Zeist 2027")
                .contains("Halverwege het jaar")
                .contains("Rek");

        Http.Antwoord teVeel = r.formulier(
                basis + "/regels",
                "dienst=" + dienst,
                "resultaat=Aanslagen in februari",
                "indicatoren=Een\nTwee\nDrie\nVier",
                "status=INDICATIEF");
        assertThat(teVeel.status()).isEqualTo(400);
        assertThat(teVeel.body()).contains("href=\"#veld-indicatorReden\"").contains("Aanslagen in februari");
        assertThat(r.formulier(
                                basis + "/regels",
                                "dienst=" + dienst,
                                "resultaat=Aanslagen in februari",
                                "status=INDICATIEF")
                        .status())
                .isEqualTo(302);
        assertThat(r.get(basis).body()).contains("<td class=\"utrecht-table__cell\">Indicatief</td>");

        assertThat(r.formulier(basis + "/vaststelling", "versie=1").status()).isEqualTo(302);
        Http.Antwoord vast = r.get(basis);
        assertThat(vast.body()).contains("Vastgesteld").contains("Herziening openen");

        Http.Antwoord zonderReden = r.formulier(basis + "/versies", "reden=", "versie=2");
        assertThat(zonderReden.status()).isEqualTo(400);
        assertThat(zonderReden.body()).contains("href=\"#veld-reden\"");
        assertThat(r.formulier(basis + "/versies", "reden=De raad wil maart", "versie=2")
                        .status())
                .isEqualTo(302);

        long regel = a.get(api(id) + "/dvo/" + dvo)
                .json()
                .path("regels")
                .get(0)
                .path("id")
                .asLong();
        Http.Antwoord regelPagina = r.get(basis + "/regels/" + regel);
        assertThat(regelPagina.status()).isEqualTo(200);
        assertThat(regelPagina.body()).contains("Regel wijzigen").contains("Aanslagen in februari");
        assertThat(r.formulier(
                                basis + "/regels/" + regel,
                                "dienst=" + dienst,
                                "resultaat=Aanslagen in maart",
                                "status=VAST",
                                "versie=1")
                        .status())
                .isEqualTo(302);
        assertThat(r.formulier(basis + "/vaststelling", "versie=3").status()).isEqualTo(302);

        Http.Antwoord verschil = r.get(basis + "?van=1&met=2");
        assertThat(verschil.status()).isEqualTo(200);
        assertThat(verschil.body())
                .contains("Verschillen tussen versie 1 en versie 2")
                .contains("De raad wil maart")
                .contains("<td class=\"utrecht-table__cell\">Aanslagen in februari</td>")
                .contains("<td class=\"utrecht-table__cell\">Aanslagen in maart</td>");
    }

    @Test
    void rekEnRegisterOpDeDvoPagina() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        long dvo = Http.api(port, "regisseur")
                .postJson(api(id) + "/dvo", Map.of("gemeente", DE_BILT, "jaar", 2027))
                .json()
                .path("id")
                .asLong();
        String basis = "/samenwerkingen/" + id + "/dvo/" + dvo;
        Http r = Http.browser(port, "regisseur");
        r.get(basis);
        assertThat(r.formulier(basis + "/rek", "uren=10", "euro=1.000,00", "toelichting=Voor het onbekende", "versie=1")
                        .status())
                .isEqualTo(302);
        Http.Antwoord teVeel = r.formulier(basis + "/rek/gebruik", "gebruikUren=12", "waarvoor=Extra overleg");
        assertThat(teVeel.status()).isEqualTo(400);
        assertThat(teVeel.body())
                .contains("href=\"#veld-gebruikUren\"")
                .contains("nog maar 10")
                .contains("Extra overleg");
        assertThat(r.formulier(basis + "/rek/gebruik", "datum=2027-02-01", "gebruikUren=4", "waarvoor=Extra overleg")
                        .status())
                .isEqualTo(302);
        assertThat(r.get(basis).body())
                .contains("gereserveerd 10, gebruikt 4, resterend 6")
                .contains("Extra overleg");
    }
}
