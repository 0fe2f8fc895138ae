package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.behoefte;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.samenspel.account.AccountService;
import nl.samenspel.account.NieuwAccount;
import nl.samenspel.samenwerking.Samenwerkingen;
import nl.samenspel.security.Rol;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff of the shared organisation with a seat on the execution line (issue 12) read a samenwerking like a reader
 * outside its municipalities: Delft's shared position, never Maastricht's unshared one (recorded on its behalf by
 * the regisseur), on no page, in no API answer, not side by side, not in the analysis, the toets, the council's
 * overview or the history; and they change nothing.
 */
@SamenspelTest
class UitvoerderVertrouwelijkheidTest {

    // Municipalities no other test uses.
    static final String MAASTRICHT = "GM0935";
    static final String DELFT = "GM0503";
    static final String HAARLEM = "GM0392";

    static final String GEHEIM = "Maastricht houdt de heffing liever zelf";
    static final String GEDEELD = "Delft wil samen taxeren en deelt dat";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Samenwerkingen samenwerkingen;

    long id;
    String uitvoerder;

    @BeforeEach
    void eenSamenwerkingMetEenGedeeldeEnEenVertrouwelijkePositie() {
        id = VerkenningTestData.samenwerking(port, MAASTRICHT, DELFT, HAARLEM);
        long woz = VerkenningTestData.taak(port, id, "WOZ-taxatie");
        Http.Antwoord namens = Http.api(port, "regisseur")
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/posities/" + MAASTRICHT,
                        Map.of(
                                "watWillenWij",
                                GEHEIM,
                                "einddoel",
                                "ZELFSTANDIG_BLIJVEN",
                                "behoeften",
                                List.of(behoefte(woz, DELFT, "STERK")),
                                "gedeeld",
                                false,
                                "namens",
                                true),
                        null);
        assertThat(namens.status()).as(namens.body()).isEqualTo(201);
        String delft = account("amb-delft", Rol.AMBTENAAR, DELFT);
        Http.Antwoord eigen = Http.api(port, delft)
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/posities/" + DELFT,
                        Map.of(
                                "watWillenWij",
                                GEDEELD,
                                "behoeften",
                                List.of(behoefte(woz, MAASTRICHT, "ENIGSZINS")),
                                "gedeeld",
                                true),
                        null);
        assertThat(eigen.status()).as(eigen.body()).isEqualTo(201);
        uitvoerder = account("directeur", Rol.UITVOERDER, null);
        samenwerkingen.zetUitvoerders(id, Set.of(uitvoerder));
    }

    private String account(String basis, Rol rol, String gemeente) {
        String naam = (basis + "-" + System.nanoTime() % 1_000_000).toLowerCase(Locale.ROOT);
        accounts.maak(new NieuwAccount(naam, "Test " + naam, "samenspel", Set.of(rol), gemeente));
        return naam;
    }

    @Test
    void deUitvoerderLeestAlleenWatGedeeldIs() {
        String api = "/api/v1/samenwerkingen/" + id;
        String pagina = "/samenwerkingen/" + id;
        Http http = Http.api(port, uitvoerder);
        assertThat(http.get(api + "/posities/" + MAASTRICHT).status()).isEqualTo(404);
        Http.Antwoord delft = http.get(api + "/posities/" + DELFT);
        assertThat(delft.status()).as(delft.body()).isEqualTo(200);
        assertThat(delft.json().path("watWillenWij").asString()).isEqualTo(GEDEELD);
        for (String pad : List.of(
                "",
                "/posities",
                "/posities/naast-elkaar",
                "/behoefteanalyse",
                "/toets",
                "/stappen",
                "/raadsoverzicht?gemeente=" + MAASTRICHT)) {
            Http.Antwoord a = http.get(api + pad);
            assertThat(a.status()).as(pad + ": " + a.body()).isEqualTo(200);
            assertThat(a.body())
                    .as(pad)
                    .doesNotContain(GEHEIM)
                    .doesNotContain("ZELFSTANDIG_BLIJVEN")
                    .doesNotContain("R1.8");
        }
        assertThat(http.get(api + "/posities").body()).contains(GEDEELD);
        // the history is the regisseur's and the beheerder's only
        assertThat(http.get(api + "/historie").status()).isEqualTo(403);

        Http browser = Http.browser(port, uitvoerder);
        assertThat(browser.get(pagina + "/posities/" + MAASTRICHT).status()).isEqualTo(404);
        for (String pad : List.of(
                "",
                "/posities",
                "/posities/" + DELFT,
                "/posities/naast-elkaar",
                "/behoefteanalyse",
                "/toets",
                "/stappen",
                "/voor-de-raad?gemeente=" + MAASTRICHT)) {
            Http.Antwoord a = browser.get(pagina + pad);
            assertThat(a.status()).as(pad).isEqualTo(200);
            assertThat(a.body())
                    .as(pad)
                    .doesNotContain(GEHEIM)
                    .doesNotContain("namens Maastricht")
                    .doesNotContain("Zelfstandig blijven");
        }
        assertThat(browser.get(pagina + "/posities/naast-elkaar").body()).contains(GEDEELD);
        assertThat(browser.get(pagina + "/historie").status()).isEqualTo(403);

        // the same strings are there for who may read them, so their absence above means something
        Http.Antwoord regisseur = Http.api(port, "regisseur").get(api + "/posities/" + MAASTRICHT);
        assertThat(regisseur.json().path("watWillenWij").asString()).isEqualTo(GEHEIM);
        assertThat(Http.browser(port, "regisseur")
                        .get(pagina + "/posities/naast-elkaar")
                        .body())
                .contains(GEHEIM)
                .contains(GEDEELD);
    }

    @Test
    void deUitvoerderWijzigtNiets() {
        String api = "/api/v1/samenwerkingen/" + id;
        Http http = Http.api(port, uitvoerder);
        assertThat(http.putJson(
                                api + "/posities/" + HAARLEM,
                                Map.of("watWillenWij", "Haarlem volgens de uitvoerder", "gedeeld", true),
                                null)
                        .status())
                .isEqualTo(403);
        assertThat(http.postJson(api + "/posities/" + MAASTRICHT + "/bevestiging", Map.of(), "\"0\"")
                        .status())
                .isIn(403, 404);
        assertThat(http.postJson(api + "/taken", Map.of("naam", "Innen", "omschrijving", "Innen"))
                        .status())
                .isEqualTo(403);
        assertThat(http.postJson(api + "/stappen/wat/besproken", Map.of()).status())
                .isEqualTo(403);
        assertThat(http.putJson(
                                api,
                                Map.of("titel", "x", "omschrijving", "y", "gemeenten", List.of(MAASTRICHT, DELFT)),
                                "\"0\"")
                        .status())
                .isEqualTo(403);
        // nothing changed: Haarlem has no position, there is still one task
        assertThat(Http.api(port, "regisseur").get(api + "/posities/" + HAARLEM).status())
                .isEqualTo(404);
        assertThat(Http.api(port, "regisseur").get(api + "/taken").json().size())
                .isEqualTo(1);
    }
}
