package nl.samenspel.raad;

import static nl.samenspel.raad.RaadData.BUNNIK;
import static nl.samenspel.raad.RaadData.DE_BILT;
import static nl.samenspel.raad.RaadData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import nl.samenspel.support.TestSamenwerkingen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The council's overview through the API: what a council member reads, shared content only, and who gets it. */
@SamenspelTest
class RaadsoverzichtApiTest {

    @LocalServerPort
    int port;

    RaadData.Casus casus;

    @BeforeEach
    void casus() {
        casus = RaadData.casus(port);
    }

    private String pad() {
        return "/api/v1/samenwerkingen/" + casus.id() + "/raadsoverzicht";
    }

    private static String geheimVrij(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.body())
                .as("nothing from Zeist's confidential position")
                .doesNotContain(RaadData.GEHEIM)
                .doesNotContain(String.valueOf(RaadData.GEHEIM_BEDRAG))
                .doesNotContain("987.654");
        return a.body();
    }

    @Test
    void eenRaadslidLeestInGewoneTaalWatDeSamenwerkingVoorDeEigenGemeenteBetekent() {
        Http.Antwoord a = Http.api(port, "raadslid1").get(pad());
        geheimVrij(a);
        JsonNode o = a.json();

        assertThat(o.path("titel").asString()).isEqualTo(casus.titel());
        assertThat(o.path("omschrijving").asString()).isEqualTo("Samen de gemeentelijke belastingen heffen en innen.");
        assertThat(o.path("gemeente").path("code").asString()).isEqualTo(ZEIST);
        assertThat(o.path("rol").asString()).isEqualTo("Zeist doet mee, samen met De Bilt en Bunnik.");

        JsonNode taken = o.path("taken");
        assertThat(taken.size()).isEqualTo(3);
        assertThat(taak(taken, "WOZ-waardering").path("route").asString()).isEqualTo("INKOPEN");
        assertThat(taak(taken, "WOZ-waardering").path("routeTekst").asString())
                .isEqualTo("Zeist koopt deze taak in bij De Bilt. De Bilt voert de taak uit.");
        assertThat(taak(taken, "Invordering").path("routeTekst").asString())
                .isEqualTo("De gemeenten doen deze taak samen.");
        assertThat(taak(taken, "Kwijtschelding").path("route").isNull()).isTrue();
        assertThat(taak(taken, "Kwijtschelding").path("routeTekst").asString())
                .isEqualTo("Nog niet gekozen hoe deze taak gedaan wordt.");

        assertThat(o.path("fase").path("code").asString()).isEqualTo("ONDERHANDELEN");
        assertThat(o.path("fase").path("naam").asString()).isEqualTo("Onderhandelen");
        assertThat(o.path("fase").path("sinds").asString()).isEqualTo("2026-03-02");
        assertThat(o.path("fase").path("uitleg").asString()).isNotBlank();

        // Oldest first: the council of Zeist decided on the first step, then the steering group moved on.
        JsonNode besluiten = o.path("besluiten");
        assertThat(besluiten.size()).as(besluiten.toString()).isEqualTo(2);
        JsonNode stap = besluiten.get(0);
        assertThat(stap.path("soort").asString()).isEqualTo("VASTSTELLING");
        assertThat(stap.path("datum").asString()).isEqualTo("2026-02-10");
        assertThat(stap.path("orgaan").asString()).isEqualTo("RAAD");
        assertThat(stap.path("orgaanNaam").asString()).isEqualTo("Gemeenteraad van Zeist");
        assertThat(stap.path("gemeente").asString()).isEqualTo(ZEIST);
        assertThat(stap.path("referentie").asString()).isEqualTo("Raadsbesluit 2026-07");
        assertThat(stap.path("tekst").asString()).isEqualTo("Zeist stelde de stap \u201cWat willen we\u201d vast.");
        JsonNode fase = besluiten.get(1);
        assertThat(fase.path("soort").asString()).isEqualTo("FASE");
        assertThat(fase.path("datum").asString()).isEqualTo("2026-03-02");
        assertThat(fase.path("orgaan").asString()).isEqualTo("STUURGROEP");
        assertThat(fase.path("tekst").asString()).isEqualTo("De samenwerking ging naar de fase Onderhandelen.");

        // Only De Bilt shared its position; Zeist's own draft is not there, not even for Zeist's council member.
        JsonNode posities = o.path("posities");
        assertThat(posities.size()).isEqualTo(1);
        assertThat(posities.get(0).path("gemeente").path("code").asString()).isEqualTo(DE_BILT);
        assertThat(posities.get(0).path("eigen").asBoolean()).isFalse();
        assertThat(posities.get(0).path("watWillenWij").asString()).isEqualTo(RaadData.GEDEELD_WIL);
        assertThat(posities.get(0).path("watWillenWijNiet").asString()).isEqualTo(RaadData.GEDEELD_NIET);
        assertThat(posities.get(0).path("maximumPerJaar").asInt()).isEqualTo(120_000);
        assertThat(o.path("nietGedeeld").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Zeist", "Bunnik");

        // Honest placeholders, no invented numbers.
        assertThat(o.path("kosten").asString()).isEqualTo("Kosten voor Zeist: nog niet vastgelegd in Samenspel.");
        assertThat(o.path("raad").asString()).contains("nog geen vorm gekozen");
    }

    @Test
    void deToetsIsDieVanDeGedeeldePositiesMetDeOpenPuntenAlsWatKanHelpen() {
        JsonNode toets = Http.api(port, "raadslid1").get(pad()).json().path("toets");
        assertThat(toets.path("regels").size()).isEqualTo(7);
        toets.path("regels")
                .forEach(r -> assertThat(r.path("statusTekst").asString()).isNotBlank());

        // The same open checks the council member sees on the toets page (the shared view), each once.
        JsonNode volledig = Http.api(port, "raadslid1")
                .get("/api/v1/samenwerkingen/" + casus.id() + "/toets")
                .json();
        List<String> open = volledig.path("regels")
                .valueStream()
                .flatMap(r -> r.path("bevindingen").valueStream())
                .filter(b -> b.path("status").asString().equals("OPEN"))
                .map(b -> b.path("titel").asString())
                .distinct()
                .toList();
        assertThat(open).as("the move with something missing is a finding").isNotEmpty();
        assertThat(toets.path("aandachtspunten")
                        .valueStream()
                        .map(p -> p.path("titel").asString())
                        .toList())
                .containsExactlyInAnyOrderElementsOf(open);
        toets.path("aandachtspunten")
                .forEach(p -> assertThat(p.path("wat").asString()).isNotBlank());
        assertThat(toets.path("status").asString()).isIn("AANDACHT", "RISICO");
    }

    @Test
    void deRegisseurZietVoorZeistPreciesWatHetRaadslidZietEnKanEenAnderePartijKiezen() {
        Http regisseur = Http.api(port, "regisseur");
        // The regisseur's own check reads Zeist's draft: its end goal clashes with De Bilt's (R1.6) ...
        String r16 = "De einddoelen van de partijen lopen uiteen";
        assertThat(regisseur
                        .get("/api/v1/samenwerkingen/" + casus.id() + "/toets")
                        .body())
                .contains(r16);
        // ... which the council's overview, computed from shared positions only, does not know.
        assertThat(regisseur.get(pad()).body()).doesNotContain(r16);
        String raad = geheimVrij(Http.api(port, "raadslid1").get(pad()));
        // The regisseur may read Zeist's draft elsewhere, but this view is the shared one, also its check.
        assertThat(Http.JSON.readTree(geheimVrij(regisseur.get(pad() + "?gemeente=" + ZEIST))))
                .isEqualTo(Http.JSON.readTree(raad));
        assertThat(Http.JSON.readTree(geheimVrij(regisseur.get(pad())))).isEqualTo(Http.JSON.readTree(raad));

        JsonNode deBilt = Http.JSON.readTree(
                geheimVrij(regisseur.get(pad() + "?gemeente=" + DE_BILT.toLowerCase(java.util.Locale.ROOT))));
        assertThat(deBilt.path("gemeente").path("naam").asString()).isEqualTo("De Bilt");
        assertThat(deBilt.path("rol").asString()).isEqualTo("De Bilt doet mee, samen met Zeist en Bunnik.");
        assertThat(taak(deBilt.path("taken"), "WOZ-waardering")
                        .path("routeTekst")
                        .asString())
                .isEqualTo("De Bilt voert deze taak uit voor Zeist en Bunnik.");
        assertThat(deBilt.path("posities").get(0).path("eigen").asBoolean()).isTrue();

        JsonNode bunnik =
                Http.JSON.readTree(geheimVrij(Http.api(port, "ambtenaar3").get(pad())));
        assertThat(bunnik.path("gemeente").path("code").asString())
                .as("own municipality")
                .isEqualTo(BUNNIK);
        assertThat(Http.api(port, "ambtenaar1")
                        .get(pad() + "?gemeente=" + DE_BILT)
                        .status())
                .isEqualTo(200);
        geheimVrij(Http.api(port, "beheerder").get(pad() + "?gemeente=" + ZEIST));
    }

    @Test
    void eenRaadslidKrijgtAlleenDeEigenGemeenteEnWieNietMeedoetNiets() {
        Http raadslid = Http.api(port, "raadslid1");
        Http.Antwoord ander = raadslid.get(pad() + "?gemeente=" + DE_BILT);
        assertThat(ander.status()).as(ander.body()).isEqualTo(403);
        assertThat(ander.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ander.body()).doesNotContain(RaadData.GEDEELD_WIL);
        assertThat(raadslid.get(pad() + "?gemeente=" + ZEIST).status()).isEqualTo(200);

        // A samenwerking Zeist does not take part in: as if it did not exist.
        long zonderZeist = TestSamenwerkingen.maak(port, "regisseur", DE_BILT, BUNNIK);
        Http.Antwoord vreemd = raadslid.get("/api/v1/samenwerkingen/" + zonderZeist + "/raadsoverzicht");
        assertThat(vreemd.status()).as(vreemd.body()).isEqualTo(404);
        assertThat(Http.api(port, "ambtenaar1")
                        .get("/api/v1/samenwerkingen/" + zonderZeist + "/raadsoverzicht")
                        .status())
                .isEqualTo(404);
        assertThat(Http.api(port, "uitvoerder").get(pad()).status()).isEqualTo(404);
        assertThat(Http.anoniem(port).get(pad()).status()).isEqualTo(401);
        assertThat(raadslid.get("/api/v1/samenwerkingen/999999999/raadsoverzicht")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void eenOnleesbareOfNietDeelnemendeGemeenteIsEenDuidelijke400() {
        Http regisseur = Http.api(port, "regisseur");
        assertThat(velden(regisseur.get(pad() + "?gemeente=Zeist")))
                .containsExactly(Map.entry("gemeente", "Vul een gemeentecode in, zoals GM0355."));
        assertThat(velden(regisseur.get(pad() + "?gemeente=GM0344")))
                .containsExactly(Map.entry("gemeente", "Gemeente GM0344 doet niet mee aan deze samenwerking."));
    }

    @Test
    void hetEndpointStaatInHetOpenApiDocument() {
        JsonNode doc = Http.api(port, "regisseur").get("/api/v1/openapi.json").json();
        // Paths are relative to the server, /api/v1.
        JsonNode get =
                doc.path("paths").path("/samenwerkingen/{id}/raadsoverzicht").path("get");
        assertThat(get.isMissingNode()).isFalse();
        assertThat(get.path("summary").asString()).isEqualTo("Overzicht voor de raad");
    }

    private static JsonNode taak(JsonNode taken, String naam) {
        return taken.valueStream()
                .filter(t -> t.path("naam").asString().equals(naam))
                .findFirst()
                .orElseThrow(() -> new AssertionError(naam + " in " + taken));
    }

    private static Map<String, String> velden(Http.Antwoord a) {
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        Map<String, String> velden = new java.util.LinkedHashMap<>();
        a.json()
                .path("invalidParams")
                .forEach(p ->
                        velden.put(p.path("name").asString(), p.path("reason").asString()));
        return velden;
    }

    @Test
    void deRaadLeestDeGekozenVormMetDeRedenEnHetBestuurZonderAccounts() {
        JsonNode voor = Http.api(port, "raadslid1").get(pad()).json();
        assertThat(voor.path("vormkeuze").isNull()).isTrue();
        assertThat(voor.path("organen")).isEmpty();

        RaadData.ontwerp(port, casus.id());
        Http.Antwoord a = Http.api(port, "raadslid1").get(pad());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.body()).doesNotContain("bestuurder1").doesNotContain("\"account\"");
        JsonNode vorm = a.json().path("vormkeuze");
        assertThat(vorm.path("vorm").asString()).isEqualTo("OPENBAAR_LICHAAM");
        assertThat(vorm.path("vormNaam").asString()).isEqualTo("Openbaar lichaam");
        assertThat(vorm.path("uitleg").asString()).contains("algemeen bestuur");
        assertThat(vorm.path("motivering").asString()).isEqualTo(RaadData.VORM_REDEN);
        assertThat(vorm.path("datum").asString()).matches("\\d{4}-\\d{2}-\\d{2}");

        JsonNode organen = a.json().path("organen");
        assertThat(organen.valueStream().map(o -> o.path("naam").asString()).toList())
                .contains("Algemeen bestuur", "Opdrachtgeversoverleg");
        JsonNode ab = organen.valueStream()
                .filter(o -> o.path("naam").asString().equals("Algemeen bestuur"))
                .findFirst()
                .orElseThrow();
        assertThat(ab.path("lijn").asString()).isEqualTo("TOEZICHT");
        assertThat(ab.path("lijnNaam").asString()).isEqualTo("Toezicht");
        JsonNode zetel = ab.path("zetels").get(0);
        assertThat(zetel.path("persoon").asString()).isEqualTo("Anna de Wit");
        assertThat(zetel.path("gemeente").asString()).isEqualTo(ZEIST);
        assertThat(zetel.path("gemeenteNaam").asString()).isEqualTo("Zeist");
        assertThat(zetel.path("rol").asString()).isEqualTo("BESTUURLIJK");
        assertThat(zetel.path("portefeuilles").get(0).asString()).isEqualTo("Financi\u00ebn");
        assertThat(zetel.path("stemmen").asInt()).isEqualTo(2);
        assertThat(zetel.has("account")).isFalse();
        assertThat(organen.valueStream()
                        .filter(o -> o.path("naam").asString().equals("Opdrachtgeversoverleg"))
                        .findFirst()
                        .orElseThrow()
                        .path("lijn")
                        .asString())
                .isEqualTo("KLANT");
    }
}
