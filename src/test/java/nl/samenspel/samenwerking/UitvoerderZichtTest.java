package nl.samenspel.samenwerking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.samenspel.account.AccountService;
import nl.samenspel.platform.NietGevondenException;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12: an UITVOERDER whose account holds a seat on a samenwerking's execution line sees it (list, page, API)
 * and changes nothing; without a seat, or once the seat is gone, the samenwerking does not exist for them. The
 * seats live in the bestuur module, which hands the accounts over through {@link Samenwerkingen#zetUitvoerders};
 * here that method is called directly.
 */
@SamenspelTest
class UitvoerderZichtTest {

    // Municipalities no other test uses for a samenwerking.
    static final String MAASTRICHT = "GM0935";
    static final String HAARLEM = "GM0392";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Samenwerkingen samenwerkingen;

    private static long totaal(Http api) {
        return api.get("/api/v1/samenwerkingen?gearchiveerd=true&paginaGrootte=100")
                .json()
                .path("totaal")
                .asLong();
    }

    @Test
    void metEenZetelZietDeUitvoerderDeSamenwerkingZonderZetelNiet() {
        String titel = TestData.uniek("Uitvoering Maastricht");
        long id = TestData.id(TestData.maak(port, "regisseur", titel, MAASTRICHT, HAARLEM));
        String directeur = TestData.account(accounts, "directeur", Rol.UITVOERDER, null);
        String medewerker = TestData.account(accounts, "medewerker", Rol.UITVOERDER, null);
        Http api = Http.api(port, directeur);
        assertThat(api.get("/api/v1/samenwerkingen/" + id).status()).isEqualTo(404);
        assertThat(totaal(api)).isZero();

        samenwerkingen.zetUitvoerders(id, Set.of(directeur));

        JsonNode lijst = api.get("/api/v1/samenwerkingen?gearchiveerd=true&paginaGrootte=100")
                .json();
        assertThat(lijst.path("totaal").asLong()).isEqualTo(1);
        assertThat(lijst.path("samenwerkingen").get(0).path("id").asLong()).isEqualTo(id);
        Http.Antwoord een = api.get("/api/v1/samenwerkingen/" + id);
        assertThat(een.status()).as(een.body()).isEqualTo(200);
        assertThat(een.json().path("titel").asString()).isEqualTo(titel);
        assertThat(api.get("/api/v1/samenwerkingen/" + id + "/fase-overgangen").status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/samenwerkingen/" + id + "/historie").status())
                .isEqualTo(403);
        Http browser = Http.browser(port, directeur);
        Http.Antwoord pagina = browser.get("/samenwerkingen/" + id);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains(titel).contains("Maastricht").contains("Haarlem");
        assertThat(browser.get("/samenwerkingen").body()).contains("/samenwerkingen/" + id + "\"");

        // another uitvoerder, without a seat: nothing, as before
        Http ander = Http.api(port, medewerker);
        assertThat(ander.get("/api/v1/samenwerkingen/" + id).status()).isEqualTo(404);
        assertThat(totaal(ander)).isZero();
        assertThat(Http.browser(port, medewerker).get("/samenwerkingen/" + id).status())
                .isEqualTo(404);

        // the set is replaced: the seat moves to the colleague
        samenwerkingen.zetUitvoerders(id, Set.of(medewerker));
        assertThat(api.get("/api/v1/samenwerkingen/" + id).status()).isEqualTo(404);
        assertThat(browser.get("/samenwerkingen/" + id).status()).isEqualTo(404);
        assertThat(totaal(api)).isZero();
        assertThat(ander.get("/api/v1/samenwerkingen/" + id).status()).isEqualTo(200);
        assertThat(totaal(ander)).isEqualTo(1);

        samenwerkingen.zetUitvoerders(id, Set.of());
        assertThat(ander.get("/api/v1/samenwerkingen/" + id).status()).isEqualTo(404);
    }

    @Test
    void deUitvoerderWijzigtNietsAanDeSamenwerking() {
        long id = TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Alleen lezen"), MAASTRICHT, HAARLEM));
        String directeur = TestData.account(accounts, "directeur", Rol.UITVOERDER, null);
        samenwerkingen.zetUitvoerders(id, Set.of(directeur));
        Http api = Http.api(port, directeur);
        assertThat(api.putJson(
                                "/api/v1/samenwerkingen/" + id,
                                java.util.Map.of(
                                        "titel", "Overgenomen", "omschrijving", "x", "gemeenten", List.of(MAASTRICHT)),
                                "\"0\"")
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson("/api/v1/samenwerkingen/" + id + "/fase", java.util.Map.of("fase", "ONDERHANDELEN"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/samenwerkingen/" + id).json().path("titel").asString())
                .startsWith("Alleen lezen");
        // the next step is there to read, but nothing waits for the uitvoerder
        Http.Antwoord volgende = api.get("/api/v1/samenwerkingen/" + id + "/volgende-stap");
        assertThat(volgende.status()).as(volgende.body()).isEqualTo(200);
        assertThat(volgende.json().path("voorU").isEmpty()).isTrue();
        assertThat(api.get("/api/v1/mijn-taken").json().path("samenwerkingen").isEmpty())
                .isTrue();
        // the page offers no change either (the regisseur's page does)
        String bewerken = "href=\"/samenwerkingen/" + id + "/bewerken\"";
        String fase = "action=\"/samenwerkingen/" + id + "/fase\"";
        assertThat(Http.browser(port, "regisseur").get("/samenwerkingen/" + id).body())
                .contains(bewerken)
                .contains(fase);
        String pagina =
                Http.browser(port, directeur).get("/samenwerkingen/" + id).body();
        assertThat(pagina).doesNotContain(bewerken).doesNotContain(fase);
    }

    @Test
    void deStartpaginaNoemtWatDeUitvoerderUitvoertOfHoeHijDatGaatZien() {
        String zonder = TestData.account(accounts, "zonder-zetel", Rol.UITVOERDER, null);
        String start = Http.browser(port, zonder).get("/").body();
        assertThat(start)
                .contains("zodra de regisseur u een zetel geeft op de uitvoeringslijn")
                .doesNotContain("(0)")
                .doesNotContain("U heeft nog geen samenwerkingen");

        String titel = TestData.uniek("Start uitvoering");
        long id = TestData.id(TestData.maak(port, "regisseur", titel, MAASTRICHT, HAARLEM));
        String met = TestData.account(accounts, "met-zetel", Rol.UITVOERDER, null);
        samenwerkingen.zetUitvoerders(id, Set.of(met));
        String metZetel = Http.browser(port, met).get("/").body();
        assertThat(metZetel)
                .contains("/samenwerkingen/" + id + "\"")
                .contains(titel)
                .contains("de samenwerkingen die u uitvoert")
                .doesNotContain("zodra de regisseur u een zetel geeft");
    }

    @Test
    void eenOnbekendeSamenwerkingKrijgtGeenUitvoerders() {
        assertThatThrownBy(() -> samenwerkingen.zetUitvoerders(999_999_999L, Set.of("wie-dan-ook")))
                .isInstanceOf(NietGevondenException.class);
    }
}
