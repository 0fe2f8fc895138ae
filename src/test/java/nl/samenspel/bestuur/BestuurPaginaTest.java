package nl.samenspel.bestuur;

import static nl.samenspel.support.TestAccounts.DE_BILT;
import static nl.samenspel.support.TestAccounts.UTRECHT;
import static nl.samenspel.support.TestAccounts.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The designer pages without JavaScript: forms post and redirect, errors in Dutch at the field, rights. */
@SamenspelTest
class BestuurPaginaTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService rekeningen;

    /**
     * A director account of its own: the shared {@code uitvoerder} must stay without seats, because other tests
     * check that an uitvoerder without a seat sees nothing.
     */
    private String directeur() {
        String naam = TestSamenwerkingen.uniek("directeur").toLowerCase(java.util.Locale.ROOT);
        rekeningen.maak(new NieuwAccount(naam, "Dirk Directeur", "samenspel", java.util.Set.of(Rol.UITVOERDER), null));
        return naam;
    }

    @Test
    void formulierenZonderJavascriptMetFoutenBijHetVeld() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/bestuur";
        Http r = Http.browser(port, "regisseur");
        Http.Antwoord pagina = r.get(basis);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains("Er is nog geen vorm gekozen").contains("<svg");

        Http.Antwoord fout = r.formulier(basis + "/organen", "naam=", "lijn=", "soort=", "bedient=" + UTRECHT);
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body())
                .contains("href=\"#veld-naam\"", "href=\"#veld-lijn\"", "href=\"#veld-bedient\"")
                .contains("Kies een lijn")
                .contains("neemt niet deel")
                .contains("id=\"veld-bedient\"");
        assertThat(Http.api(port, "regisseur")
                        .get("/api/v1/samenwerkingen/" + id + "/organen")
                        .json()
                        .path("totaal")
                        .asInt())
                .isZero();

        Http.Antwoord goed = r.formulier(basis + "/organen", "naam=Directie", "lijn=UITVOERING", "soort=", "bedient=");
        assertThat(goed.status()).isEqualTo(302);
        String orgaan =
                goed.header("Location").replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
        assertThat(orgaan).startsWith(basis + "/organen/");

        r.get(orgaan);
        String directeur = directeur();
        Http.Antwoord zetelFout = r.formulier(
                orgaan + "/zetels",
                Map.of("persoon", "Dirk", "gemeente", "", "rol", "AMBTELIJK", "stemmen", "veel", "account", "niemand"));
        assertThat(zetelFout.status()).isEqualTo(400);
        assertThat(zetelFout.body())
                .contains("href=\"#veld-stemmen\"", "href=\"#veld-account\"")
                .contains("Er is geen account met de gebruikersnaam niemand");
        Http.Antwoord zetel = r.formulier(
                orgaan + "/zetels",
                Map.of(
                        "persoon",
                        "Dirk",
                        "gemeente",
                        "",
                        "rol",
                        "AMBTELIJK",
                        "functie",
                        "directeur",
                        "stemmen",
                        "1",
                        "account",
                        directeur));
        assertThat(zetel.status()).isEqualTo(302);
        assertThat(r.get(orgaan).body()).contains("Dirk").contains("directeur").contains(directeur);
    }

    @Test
    void eenAmbtenaarLeestMaarOntwerptNiet() {
        long id = TestSamenwerkingen.maak(port, "regisseur", ZEIST, DE_BILT);
        String basis = "/samenwerkingen/" + id + "/bestuur";
        Http a = Http.browser(port, "ambtenaar1");
        Http.Antwoord pagina = a.get(basis);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains("Organogram").doesNotContain("Orgaan toevoegen");
        long orgaan = Http.api(port, "regisseur")
                .postJson("/api/v1/samenwerkingen/" + id + "/organen", Map.of("naam", "Directie", "lijn", "UITVOERING"))
                .json()
                .path("id")
                .asLong();
        Http.Antwoord orgaanPagina = a.get(basis + "/organen/" + orgaan);
        assertThat(orgaanPagina.status()).isEqualTo(200);
        assertThat(orgaanPagina.body()).contains("Directie").doesNotContain("Zetel toevoegen");
        assertThat(Http.api(port, "ambtenaar1")
                        .get("/api/v1/samenwerkingen/" + id + "/organen/" + orgaan)
                        .status())
                .isEqualTo(200);
        Http.Antwoord poging = a.formulier(basis + "/organen", "naam=X", "lijn=KLANT", "soort=", "bedient=");
        assertThat(poging.status()).isEqualTo(403);
        assertThat(Http.api(port, "regisseur")
                        .get("/api/v1/samenwerkingen/" + id + "/organen")
                        .json()
                        .path("totaal")
                        .asInt())
                .isEqualTo(1);
    }
}
