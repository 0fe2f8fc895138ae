package nl.samenspel.samenwerking;

import static nl.samenspel.samenwerking.TestData.DE_BILT;
import static nl.samenspel.samenwerking.TestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspel.account.AccountService;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 11 point 4: the samenwerking page states true things, once, and only shows controls one can use. */
@SamenspelTest
class SamenwerkingPaginaOpbouwTest {

    private static final Pattern ONTBREEKT =
            Pattern.compile("<ul class=\"utrecht-unordered-list samenspel-ontbreekt\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Samenwerkingen samenwerkingen;

    @Test
    void eenLegeSamenwerkingZegtNietDatErNietsMeerOntbreektEnNoemtElkOntbrekendPuntEenKeer() {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Leeg begin"), ZEIST, DE_BILT));
        String pagina =
                Http.browser(port, "regisseur").get("/samenwerkingen/" + id).body();

        assertThat(pagina)
                .contains("Fase wijzigen")
                .doesNotContain("ontbreekt niets meer")
                .contains("Voor de fase \u201eOnderhandelen\u201d gelden geen voorwaarden")
                .contains("Voor de fase \u201eVormgeven\u201d ontbreekt nog")
                .doesNotContain("Voor de fase \u201eAfspreken\u201d ontbreekt nog");
        List<String> punten = new ArrayList<>();
        Matcher lijst = ONTBREEKT.matcher(pagina);
        while (lijst.find()) {
            Matcher item = ITEM.matcher(lijst.group(1));
            while (item.find()) {
                punten.add(item.group(1).strip());
            }
        }
        assertThat(punten).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void eenRaadslidZietGeenFaseformulierMaarWelDeOvergangenMetNamen() {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Raad ziet fase"), ZEIST, DE_BILT));
        Http regisseur = Http.browser(port, "regisseur");
        String versie = String.valueOf(Http.api(port, "regisseur")
                .get("/api/v1/samenwerkingen/" + id)
                .json()
                .path("versie")
                .asLong());
        assertThat(regisseur.get("/samenwerkingen/" + id).status()).isEqualTo(200);
        assertThat(regisseur
                        .formulier("/samenwerkingen/" + id + "/fase", Map.of("fase", "ONDERHANDELEN", "versie", versie))
                        .status())
                .isEqualTo(302);
        String naam = accounts.vindOpNaam("regisseur").orElseThrow().weergavenaam();

        String pagina =
                Http.browser(port, "raadslid1").get("/samenwerkingen/" + id).body();
        assertThat(pagina)
                .doesNotContain("Fase wijzigen")
                .doesNotContain("/samenwerkingen/" + id + "/fase\"")
                .doesNotContain("ontbreekt nog")
                .contains("Eerdere faseovergangen")
                .contains("vastgelegd door " + naam)
                .doesNotContain("vastgelegd door regisseur")
                .contains("<dd>" + naam + "</dd>");
    }

    @Test
    void zonderAccountBlijftDeGebruikersnaamStaan() {
        assertThat(samenwerkingen.weergavenaam("bestaat.niet.meer")).isEqualTo("bestaat.niet.meer");
        assertThat(samenwerkingen.weergavenaam("regisseur"))
                .isEqualTo(accounts.vindOpNaam("regisseur").orElseThrow().weergavenaam());
    }
}
