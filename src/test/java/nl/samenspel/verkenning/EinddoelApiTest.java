package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.BUNNIK;
import static nl.samenspel.verkenning.VerkenningTestData.DE_BILT;
import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The end goal of a position (issue 10, point 4) on API and page, the side-by-side view with its confidentiality,
 * the diverging end goals check R1.6 in both views of the toets, and unequal dependence (point 5) in the analysis
 * and as check R5.5.
 */
@SamenspelTest
class EinddoelApiTest {

    @LocalServerPort
    int port;

    static String pad(long id, String code) {
        return "/api/v1/samenwerkingen/" + id + "/posities/" + code;
    }

    /** Saves a position (created or replaced) as that municipality's civil servant; returns the answer. */
    Http.Antwoord bewaar(String ambtenaar, long id, String code, Map<String, Object> velden) {
        Http api = Http.api(port, ambtenaar);
        Http.Antwoord huidig = api.get(pad(id, code));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("watWillenWij", "Doel van " + code);
        body.put("watWillenWijNiet", "Grens van " + code);
        body.putAll(velden);
        return api.putJson(pad(id, code), body, huidig.status() == 200 ? huidig.header("ETag") : null);
    }

    void bewaarOk(String ambtenaar, long id, String code, Map<String, Object> velden) {
        Http.Antwoord a = bewaar(ambtenaar, id, code, velden);
        assertThat(a.status()).as(a.body()).isIn(200, 201);
    }

    /** The open findings of one check in the toets as this user sees it, by subject. */
    List<String> open(String gebruiker, long id, String controle) {
        Http.Antwoord a = Http.api(port, gebruiker).get("/api/v1/samenwerkingen/" + id + "/toets");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<String> uit = new ArrayList<>();
        a.json()
                .path("regels")
                .forEach(r -> r.path("bevindingen").forEach(b -> {
                    if (b.path("controle").asString().equals(controle)
                            && b.path("status").asString().equals("OPEN")) {
                        uit.add(b.path("onderwerp").asString() + " | "
                                + b.path("omschrijving").asString());
                    }
                }));
        return uit;
    }

    @Test
    void hetEinddoelGaatHeenEnTerugEnEenOudeClientLaatHetStaan() {
        long id = VerkenningTestData.samenwerking(port);
        Http.Antwoord a = bewaar(
                "ambtenaar1",
                id,
                ZEIST,
                Map.of(
                        "einddoel", "AMBTELIJKE_FUSIE",
                        "einddoelToelichting", "Over vijf jaar een ambtelijke organisatie",
                        "uitgeslotenEinddoelen", List.of("BESTUURLIJKE_FUSIE_OP_TERMIJN", "ZELFSTANDIG_BLIJVEN")));
        assertThat(a.status()).as(a.body()).isEqualTo(201);

        JsonNode p = Http.api(port, "ambtenaar1").get(pad(id, ZEIST)).json();
        assertThat(p.path("einddoel").asString()).isEqualTo("AMBTELIJKE_FUSIE");
        assertThat(p.path("einddoelToelichting").asString()).isEqualTo("Over vijf jaar een ambtelijke organisatie");
        assertThat(p.path("uitgeslotenEinddoelen").valueStream().map(JsonNode::asString))
                .containsExactly("ZELFSTANDIG_BLIJVEN", "BESTUURLIJKE_FUSIE_OP_TERMIJN");

        // A client that predates the end goal sends the position without it: the end goal stays.
        bewaarOk("ambtenaar1", id, ZEIST, Map.of("watWillenWij", "Iets anders"));
        p = Http.api(port, "ambtenaar1").get(pad(id, ZEIST)).json();
        assertThat(p.path("watWillenWij").asString()).isEqualTo("Iets anders");
        assertThat(p.path("einddoel").asString()).isEqualTo("AMBTELIJKE_FUSIE");
        assertThat(p.path("uitgeslotenEinddoelen")).hasSize(2);

        // Empty text and an empty list clear them.
        bewaarOk("ambtenaar1", id, ZEIST, Map.of("einddoel", "", "uitgeslotenEinddoelen", List.of()));
        p = Http.api(port, "ambtenaar1").get(pad(id, ZEIST)).json();
        assertThat(p.path("einddoel").isNull()).as(p.toString()).isTrue();
        assertThat(p.path("uitgeslotenEinddoelen")).isEmpty();
    }

    @Test
    void eenOnbekendEinddoelIs400EnSlaatNietsOp() {
        long id = VerkenningTestData.samenwerking(port);
        bewaarOk("ambtenaar1", id, ZEIST, Map.of("einddoel", "NOG_OPEN"));

        Http.Antwoord a = bewaar("ambtenaar1", id, ZEIST, Map.of("einddoel", "WERELDVREDE"));
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.header("Content-Type")).contains("problem+json");
        assertThat(a.json().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("einddoel");
        assertThat(a.json().path("invalidParams").get(0).path("reason").asString())
                .isEqualTo("Kies een van de einddoelen uit de lijst.");

        Http.Antwoord b = bewaar("ambtenaar1", id, ZEIST, Map.of("uitgeslotenEinddoelen", List.of("FUSIE")));
        assertThat(b.status()).as(b.body()).isEqualTo(400);
        assertThat(b.json().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("uitgeslotenEinddoelen");

        Http.Antwoord c = bewaar(
                "ambtenaar1",
                id,
                ZEIST,
                Map.of("einddoel", "AMBTELIJKE_FUSIE", "uitgeslotenEinddoelen", List.of("AMBTELIJKE_FUSIE")));
        assertThat(c.status()).as(c.body()).isEqualTo(400);
        assertThat(c.json().path("invalidParams").get(0).path("reason").asString())
                .isEqualTo("U kunt niet het einddoel uitsluiten dat u zelf kiest.");

        assertThat(Http.api(port, "ambtenaar1")
                        .get(pad(id, ZEIST))
                        .json()
                        .path("einddoel")
                        .asString())
                .as("nothing stored")
                .isEqualTo("NOG_OPEN");
    }

    @Test
    void hetFormulierToontEnBewaartHetEinddoel() {
        long id = VerkenningTestData.samenwerking(port);
        Http browser = Http.browser(port, "ambtenaar2");
        String pagina = "/samenwerkingen/" + id + "/posities/" + DE_BILT;
        String leeg = browser.get(pagina).body();
        assertThat(leeg)
                .contains("name=\"einddoel\"", "name=\"uitgeslotenEinddoelen\"", "Dit sluiten wij in elk geval uit");

        Http.Antwoord fout = browser.formulier(
                pagina, "watWillenWij=Samen sterk", "einddoel=ONZIN", "uitgeslotenEinddoelen=AMBTELIJKE_FUSIE");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("Kies een van de einddoelen uit de lijst.", "href=\"#veld-einddoel\"");

        Http.Antwoord ok = browser.formulier(
                pagina,
                "watWillenWij=Samen sterk",
                "einddoel=AMBTELIJKE_SAMENWERKING",
                "einddoelToelichting=Wij blijven een eigen gemeente",
                "uitgeslotenEinddoelen=AMBTELIJKE_FUSIE",
                "uitgeslotenEinddoelen=BESTUURLIJKE_FUSIE_OP_TERMIJN");
        assertThat(ok.status()).as(ok.body()).isEqualTo(302);

        JsonNode p = Http.api(port, "ambtenaar2").get(pad(id, DE_BILT)).json();
        assertThat(p.path("einddoel").asString()).isEqualTo("AMBTELIJKE_SAMENWERKING");
        assertThat(p.path("einddoelToelichting").asString()).isEqualTo("Wij blijven een eigen gemeente");
        assertThat(p.path("uitgeslotenEinddoelen").valueStream().map(JsonNode::asString))
                .containsExactly("AMBTELIJKE_FUSIE", "BESTUURLIJKE_FUSIE_OP_TERMIJN");
        String terug = browser.get(pagina).body();
        assertThat(terug)
                .containsPattern("value=\"AMBTELIJKE_SAMENWERKING\"\\s+selected")
                .containsPattern("value=\"BESTUURLIJKE_FUSIE_OP_TERMIJN\"\\s+checked");

        // Unticking every box on the page clears the exclusions (a form sends nothing for no box).
        Http.Antwoord leegGemaakt = browser.formulier(
                pagina,
                "versie=" + p.path("versie").asLong(),
                "watWillenWij=Samen sterk",
                "einddoel=AMBTELIJKE_SAMENWERKING");
        assertThat(leegGemaakt.status()).as(leegGemaakt.body()).isEqualTo(302);
        assertThat(Http.api(port, "ambtenaar2").get(pad(id, DE_BILT)).json().path("uitgeslotenEinddoelen"))
                .isEmpty();
    }

    /** Zeist (shared) sees a merger in time; Bunnik (not shared) rules it out; De Bilt (shared) stays independent. */
    long drieEinddoelen() {
        long id = VerkenningTestData.samenwerking(port);
        bewaarOk(
                "ambtenaar1",
                id,
                ZEIST,
                Map.of(
                        "einddoel",
                        "BESTUURLIJKE_FUSIE_OP_TERMIJN",
                        "einddoelToelichting",
                        "Zeist denkt aan fusie",
                        "gedeeld",
                        true));
        bewaarOk(
                "ambtenaar3",
                id,
                BUNNIK,
                Map.of(
                        "einddoel",
                        "AMBTELIJKE_SAMENWERKING",
                        "einddoelToelichting",
                        "Bunnik wil het geheim houden",
                        "uitgeslotenEinddoelen",
                        List.of("BESTUURLIJKE_FUSIE_OP_TERMIJN"),
                        "gedeeld",
                        false));
        return id;
    }

    @Test
    void naastElkaarZietDeRegisseurAllesEnAnderenAlleenWatGedeeldIs() {
        long id = drieEinddoelen();
        String api = "/api/v1/samenwerkingen/" + id + "/posities/naast-elkaar";
        String pagina = "/samenwerkingen/" + id + "/posities/naast-elkaar";

        JsonNode regisseur = Http.api(port, "regisseur").get(api).json();
        assertThat(regisseur
                        .path("partijen")
                        .valueStream()
                        .map(p -> p.path("gemeente").asString()))
                .containsExactly(ZEIST, DE_BILT, BUNNIK);
        JsonNode bunnik = regisseur.path("partijen").get(2);
        assertThat(bunnik.path("zichtbaar").asBoolean()).isTrue();
        assertThat(bunnik.path("einddoel").asString()).isEqualTo("AMBTELIJKE_SAMENWERKING");
        assertThat(bunnik.path("uitgeslotenEinddoelen").get(0).asString()).isEqualTo("BESTUURLIJKE_FUSIE_OP_TERMIJN");
        assertThat(regisseur.path("partijen").get(1).path("zichtbaar").asBoolean())
                .as("De Bilt wrote nothing")
                .isFalse();
        String regisseurPagina = Http.browser(port, "regisseur").get(pagina).body();
        assertThat(regisseurPagina)
                .contains("Bunnik wil het geheim houden", "Zeist denkt aan fusie", "Bestuurlijke fusie op termijn");

        // A civil servant of another municipality and a council member (even of a shared party) see Zeist only.
        for (String gebruiker : List.of("ambtenaar2", "raadslid1", "bestuurder1")) {
            Http.Antwoord a = Http.api(port, gebruiker).get(api);
            assertThat(a.status()).as(gebruiker + a.body()).isEqualTo(200);
            assertThat(a.body()).as(gebruiker).doesNotContain("geheim houden", "AMBTELIJKE_SAMENWERKING");
            JsonNode b = a.json().path("partijen").get(2);
            assertThat(b.path("zichtbaar").asBoolean()).as(gebruiker).isFalse();
            assertThat(b.path("einddoel").isNull()).as(gebruiker).isTrue();
            assertThat(a.json().path("partijen").get(0).path("einddoel").asString())
                    .isEqualTo("BESTUURLIJKE_FUSIE_OP_TERMIJN");
            Http.Antwoord p = Http.browser(port, gebruiker).get(pagina);
            assertThat(p.status()).isEqualTo(200);
            assertThat(p.body())
                    .as(gebruiker)
                    .contains("Zeist denkt aan fusie", "Nog niet gedeeld of nog niet ingevuld")
                    .doesNotContain("geheim houden", "Ambtelijke samenwerking");
        }
        // Bunnik itself reads its own draft.
        assertThat(Http.api(port, "ambtenaar3")
                        .get(api)
                        .json()
                        .path("partijen")
                        .get(2)
                        .path("zichtbaar")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void uiteenlopendeEinddoelenVuurtInDeWeergaveDieHetMagWetenEnVerdwijnt() {
        long id = drieEinddoelen();
        // The regisseur sees what follows from Bunnik's draft; others see nothing of it.
        assertThat(open("regisseur", id, "R1.6"))
                .containsExactly(ZEIST + ":" + BUNNIK
                        + " | Zeist ziet als einddoel een bestuurlijke fusie op termijn, maar Bunnik sluit dat uit.");
        assertThat(open("ambtenaar2", id, "R1.6")).isEmpty();
        assertThat(open("raadslid1", id, "R1.6")).isEmpty();

        // De Bilt shares that it stays independent: that rules out a merger too, and everybody may know it.
        bewaarOk("ambtenaar2", id, DE_BILT, Map.of("einddoel", "ZELFSTANDIG_BLIJVEN", "gedeeld", true));
        assertThat(open("raadslid1", id, "R1.6"))
                .containsExactly(ZEIST + ":" + DE_BILT
                        + " | Zeist ziet als einddoel een bestuurlijke fusie op termijn, maar De Bilt sluit dat uit.");
        assertThat(open("regisseur", id, "R1.6")).hasSize(2);

        // Zeist changes its end goal to one nobody rules out: the findings clear.
        bewaarOk("ambtenaar1", id, ZEIST, Map.of("einddoel", "AMBTELIJKE_SAMENWERKING"));
        assertThat(open("regisseur", id, "R1.6")).isEmpty();
        assertThat(open("raadslid1", id, "R1.6")).isEmpty();
    }

    @Test
    void ongelijkeAfhankelijkheidInDeAnalyseEnAlsBevinding() {
        long id = VerkenningTestData.samenwerking(port, ZEIST, DE_BILT);
        long inning = VerkenningTestData.taak(port, id, "Invordering");
        bewaarOk(
                "ambtenaar1",
                id,
                ZEIST,
                Map.of("gedeeld", true, "behoeften", List.of(VerkenningTestData.behoefte(inning, DE_BILT, "STERK"))));
        bewaarOk(
                "ambtenaar2",
                id,
                DE_BILT,
                Map.of("gedeeld", true, "behoeften", List.of(VerkenningTestData.behoefte(inning, ZEIST, "ENIGSZINS"))));

        JsonNode paar = Http.api(port, "regisseur")
                .get("/api/v1/samenwerkingen/" + id + "/behoefteanalyse")
                .json()
                .path("taken")
                .get(0)
                .path("paren")
                .get(0);
        assertThat(paar.path("classificatie").asString()).isEqualTo("WEDERZIJDS");
        assertThat(paar.path("afhankelijkheid").asString()).isEqualTo("ONGELIJK");
        assertThat(paar.path("meestAfhankelijk").asString()).isEqualTo(ZEIST);
        assertThat(paar.path("minstAfhankelijk").asString()).isEqualTo(DE_BILT);
        assertThat(paar.path("uitleg").asString()).contains("niet even sterk", "wat De Bilt aan deze samenwerking");
        assertThat(Http.browser(port, "ambtenaar1")
                        .get("/samenwerkingen/" + id + "/behoefteanalyse")
                        .body())
                .contains("Wederzijds, maar ongelijk");
        assertThat(open("raadslid1", id, "R5.5"))
                .containsExactly(
                        inning + ":" + ZEIST + ":" + DE_BILT
                                + " | Bij taak Invordering heeft Zeist De Bilt sterk nodig, maar heeft De Bilt Zeist maar enigszins nodig.");

        // De Bilt turns out to need Zeist strongly too: equal, and the finding clears.
        bewaarOk(
                "ambtenaar2",
                id,
                DE_BILT,
                Map.of("gedeeld", true, "behoeften", List.of(VerkenningTestData.behoefte(inning, ZEIST, "STERK"))));
        JsonNode gelijk = Http.api(port, "regisseur")
                .get("/api/v1/samenwerkingen/" + id + "/behoefteanalyse")
                .json()
                .path("taken")
                .get(0)
                .path("paren")
                .get(0);
        assertThat(gelijk.path("afhankelijkheid").asString()).isEqualTo("GELIJK");
        assertThat(gelijk.path("meestAfhankelijk").isNull()).isTrue();
        assertThat(open("raadslid1", id, "R5.5")).isEmpty();
        assertThat(open("regisseur", id, "R5.5")).isEmpty();
    }

    @Test
    void deOpenApiNoemtDeEinddoelenEnDeAfhankelijkheid() {
        JsonNode doc = Http.api(port, "regisseur").get("/api/v1/openapi.json").json();
        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(schemas.path("PositieInvoerJson")
                        .path("properties")
                        .path("einddoel")
                        .path("enum")
                        .toString())
                .contains("BESTUURLIJKE_FUSIE_OP_TERMIJN", "NOG_OPEN");
        assertThat(schemas.path("PaarJson")
                        .path("properties")
                        .path("afhankelijkheid")
                        .path("enum")
                        .toString())
                .contains("GELIJK", "ONGELIJK");
    }
}
