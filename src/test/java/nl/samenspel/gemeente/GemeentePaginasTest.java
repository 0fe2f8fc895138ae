package nl.samenspel.gemeente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@SamenspelTest
class GemeentePaginasTest {

    private static final Pattern RIJ =
            Pattern.compile("<th scope=\"row\"[^>]*><a class=\"utrecht-link\" href=\"/gemeenten/(GM\\d{4})\">");

    @LocalServerPort
    int port;

    @Test
    void zoekenOpNaamToontDeGemeenteMetLinkEnNederlandsGetal() {
        Http.Antwoord a = Http.browser(port, "ambtenaar1").get("/gemeenten?naam=bilt");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body())
                .contains("<title>Gemeenten · Samenspel</title>")
                .contains("1 gemeente gevonden")
                .contains("<caption")
                .contains("href=\"/gemeenten/GM0310\">De Bilt</a>")
                .contains("43.718")
                .contains("value=\"bilt\"");
        assertThat(telRijen(a.body())).isEqualTo(1);
    }

    @Test
    void provinciefilterToontAlleenDieProvincieEnBlijftGeselecteerd() {
        Http.Antwoord a = Http.browser(port, "ambtenaar1").get("/gemeenten?provincie=Fryslân");
        assertThat(a.body())
                .contains("18 gemeenten gevonden")
                .containsPattern("<option value=\"Fryslân\" selected>Fryslân</option>")
                .contains("Leeuwarden")
                .doesNotContain("De Bilt");
        assertThat(telRijen(a.body())).isEqualTo(18);
        assertThat(a.body()).doesNotContain("Volgende pagina");
    }

    @Test
    void pagineringsLinksBehoudenDeFilters() {
        Http browser = Http.browser(port, "ambtenaar1");
        Http.Antwoord eerste = browser.get("/gemeenten?provincie=Noord-Brabant");
        assertThat(eerste.body())
                .contains("56 gemeenten gevonden")
                .contains("Pagina 1 van 3")
                .contains("href=\"/gemeenten?provincie=Noord-Brabant&amp;pagina=2\"")
                .doesNotContain("Vorige pagina");
        assertThat(telRijen(eerste.body())).isEqualTo(25);

        Http.Antwoord derde = browser.get("/gemeenten?provincie=Noord-Brabant&pagina=3");
        assertThat(derde.body())
                .contains("Pagina 3 van 3")
                .contains("href=\"/gemeenten?provincie=Noord-Brabant&amp;pagina=2\"")
                .doesNotContain("Volgende pagina");
        assertThat(telRijen(derde.body())).isEqualTo(6);

        Http.Antwoord metNaam = browser.get("/gemeenten?naam=e");
        assertThat(metNaam.body()).contains("href=\"/gemeenten?naam=e&amp;pagina=2\"");
    }

    @Test
    void onzinnigePaginaGeeftNooitEenFout() {
        Http browser = Http.browser(port, "ambtenaar1");
        Http.Antwoord abc = browser.get("/gemeenten?pagina=abc");
        assertThat(abc.status()).isEqualTo(200);
        assertThat(abc.body()).contains("Pagina 1 van 14");

        Http.Antwoord groot = browser.get("/gemeenten?pagina=999999999999999999999");
        assertThat(groot.status()).isEqualTo(200);
        assertThat(groot.body()).contains("Pagina 14 van 14").contains("342 gemeenten gevonden");
        assertThat(telRijen(groot.body())).isEqualTo(342 - 13 * 25);

        Http.Antwoord min = browser.get("/gemeenten?pagina=-1");
        assertThat(min.body()).contains("Pagina 1 van 14");
    }

    @Test
    void onbekendeProvincieEnTeLangeZoektermGevenEenNederlandseMelding() {
        Http browser = Http.browser(port, "ambtenaar1");
        Http.Antwoord provincie = browser.get("/gemeenten?provincie=Atlantis");
        assertThat(provincie.status()).isEqualTo(200);
        assertThat(provincie.body()).contains("Deze provincie bestaat niet").contains("aria-invalid=\"true\"");

        Http.Antwoord lang = browser.get("/gemeenten?naam=" + "x".repeat(3000));
        assertThat(lang.status()).isEqualTo(200);
        assertThat(lang.body()).contains("Gebruik maximaal 100 tekens");
    }

    @Test
    void zoektermWordtGeescaptWeergegeven() {
        Http.Antwoord a = Http.browser(port, "ambtenaar1").get("/gemeenten?naam=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body())
                .doesNotContain("<script>alert(1)</script>")
                // Inside a quoted attribute jte escapes "<", '"' and "&"; a bare ">" there is harmless.
                .contains("value=\"&lt;script>alert(1)&lt;/script>\"")
                .contains("Geen gemeenten gevonden");
    }

    @Test
    void detailToontFeitenEnRegiosMetBronvermelding() {
        Http.Antwoord a = Http.browser(port, "ambtenaar2").get("/gemeenten/GM0310");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body())
                .contains("<title>De Bilt · Samenspel</title>")
                .contains("<h1 class=\"utrecht-heading-1\">De Bilt</h1>")
                .contains("43.718 (per 1 januari 2024)")
                .contains("Veiligheidsregio")
                .contains("VR09")
                .contains("Arbeidsmarktregio")
                .contains("AM13")
                .contains("Midden-Utrecht")
                .contains("2023")
                .contains("2026")
                .contains("Bron: CBS")
                .contains("CC BY 4.0")
                .contains("EUPL-1.2")
                .doesNotContain("gemeente.regiotype.");
    }

    @Test
    void naamMetKommaStaatHeelOpDeDetailpagina() {
        Http.Antwoord a = Http.browser(port, "ambtenaar1").get("/gemeenten/gm0820");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).contains("<h1 class=\"utrecht-heading-1\">Nuenen, Gerwen en Nederwetten</h1>");
    }

    @Test
    void onbekendeGemeenteGeeftDeGewone404Pagina() {
        Http.Antwoord a = Http.browser(port, "ambtenaar1").get("/gemeenten/GM9998", "text/html");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.body()).contains("Niet gevonden").contains("Foutcode 404");
    }

    @Test
    void bronnenpaginaNoemtBronnenPeildatumsEnDeHistorischeBestanden() {
        Http.Antwoord a = Http.browser(port, "raadslid1").get("/gemeenten/bronnen");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body())
                .contains("<h1 class=\"utrecht-heading-1\">Bronnen van de gemeentegegevens</h1>")
                .contains("1 januari 2024")
                .contains("CC BY 4.0")
                .contains("EUPL-1.2")
                .contains("2016")
                .contains("testgegevens")
                .doesNotContain("gemeente.bronnen.");
    }

    @Test
    void anoniemGaatNaarHetInlogformulier() {
        Http.Antwoord a = Http.anoniem(port).get("/gemeenten", "text/html");
        assertThat(a.status()).isEqualTo(302);
        assertThat(a.header("Location")).endsWith("/inloggen");
    }

    private static int telRijen(String html) {
        Matcher m = RIJ.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
