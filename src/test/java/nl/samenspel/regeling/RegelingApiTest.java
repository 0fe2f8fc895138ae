package nl.samenspel.regeling;

import static nl.samenspel.support.Rollen.DE_BILT;
import static nl.samenspel.support.Rollen.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.platform.Gebeurdatum;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The regeling's required content and the raden's decisions through the API (issue 12 points 2 and 6): the checklist
 * follows from the chosen form, the regisseur marks and unmarks items with a version, a raad's decision is recorded
 * by the regisseur or that municipality's own staff, bad input stores nothing, and the council's view shows what it
 * can do under the chosen form.
 */
@SamenspelTest
class RegelingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    private static String pad(long id) {
        return "/api/v1/samenwerkingen/" + id + "/regeling-inhoud";
    }

    private static List<String> onderdelen(JsonNode lijst) {
        return lijst.valueStream().map(n -> n.path("onderdeel").asString()).toList();
    }

    private static List<String> open(JsonNode inhoud) {
        return inhoud.path("open").valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void zonderVormZegtDeLijstDatHijUitDeVormVolgtEnBijEenContractWatErWelGeldt() {
        long id = RegelingData.zonderVorm(port, ZEIST, DE_BILT);
        Http regisseur = Http.api(port, "regisseur");
        Http.Antwoord leeg = regisseur.get(pad(id));
        assertThat(leeg.status()).as(leeg.body()).isEqualTo(200);
        assertThat(leeg.header("ETag")).isEqualTo("\"0\"");
        assertThat(leeg.json().path("vorm").isNull()).isTrue();
        assertThat(leeg.json().path("onderdelen").size()).isZero();
        assertThat(leeg.json().path("toelichting").asString()).contains("volgt uit de vorm");

        Http.Antwoord markeren = regisseur.putJson(
                pad(id) + "/onderdelen/belangen", Map.of("status", "GEREGELD", "verwijzing", "art. 2"), "\"0\"");
        assertThat(markeren.status()).as(markeren.body()).isEqualTo(409);

        RegelingData.kies(port, id, "CONTRACT");
        JsonNode contract = regisseur.get(pad(id)).json();
        assertThat(contract.path("wgr").asBoolean()).isFalse();
        assertThat(contract.path("onderdelen").size()).isZero();
        assertThat(contract.path("toelichting").asString()).contains("contract").contains("opgezegd");
    }

    @Test
    void deRegisseurVinktOnderdelenAfEnMaaktDatOngedaanMetDeJuisteVersie() {
        long id = RegelingData.metVorm(port, "OPENBAAR_LICHAAM", ZEIST, DE_BILT);
        Http regisseur = Http.api(port, "regisseur");
        Http.Antwoord lijst = regisseur.get(pad(id));
        JsonNode inhoud = lijst.json();
        assertThat(inhoud.path("vorm").asString()).isEqualTo("OPENBAAR_LICHAAM");
        assertThat(onderdelen(inhoud.path("onderdelen"))).hasSize(RegelingOnderdeel.values().length);
        JsonNode uittreding = inhoud.path("onderdelen")
                .valueStream()
                .filter(n -> n.path("onderdeel").asString().equals("UITTREDING_GEVOLGEN"))
                .findFirst()
                .orElseThrow();
        assertThat(uittreding.path("label").asString()).isEqualTo("Gevolgen van uittreding");
        assertThat(uittreding.path("vraag").asString()).contains("financieel");
        assertThat(uittreding.path("wetsgrond").path("verwijzing").asString()).isEqualTo("Wgr art. 9");
        assertThat(uittreding.path("wetsgrond").path("bronUrl").asString()).startsWith("https://");
        assertThat(uittreding.path("status").isNull()).isTrue();
        JsonNode adviescommissie = inhoud.path("onderdelen")
                .valueStream()
                .filter(n -> n.path("onderdeel").asString().equals("ADVIESCOMMISSIE"))
                .findFirst()
                .orElseThrow();
        assertThat(adviescommissie.path("wetsgrond").path("zekerheid").asString())
                .isEqualTo("NIET_GEVERIFIEERD");
        assertThat(adviescommissie.path("magAfgewogen").asBoolean()).isTrue();

        Http.Antwoord geregeld = regisseur.putJson(
                pad(id) + "/onderdelen/uittreding-gevolgen",
                Map.of("status", "GEREGELD", "verwijzing", "artikel 12 van het ontwerp"),
                "\"0\"");
        assertThat(geregeld.status()).as(geregeld.body()).isEqualTo(200);
        assertThat(geregeld.header("ETag")).isEqualTo("\"1\"");
        assertThat(open(geregeld.json())).doesNotContain("UITTREDING_GEVOLGEN");

        Http.Antwoord verouderd = regisseur.putJson(
                pad(id) + "/onderdelen/EVALUATIE", Map.of("status", "GEREGELD", "verwijzing", "art. 20"), "\"0\"");
        assertThat(verouderd.status()).isEqualTo(412);

        Http.Antwoord afgewogen = regisseur.putJson(
                pad(id) + "/onderdelen/adviescommissie",
                Map.of("status", "AFGEWOGEN", "verwijzing", "Twee raden; zij overleggen rechtstreeks"),
                "\"1\"");
        assertThat(afgewogen.status()).as(afgewogen.body()).isEqualTo(200);
        Http.Antwoord nietAfTeWegen = regisseur.putJson(
                pad(id) + "/onderdelen/evaluatie", Map.of("status", "AFGEWOGEN", "verwijzing", "Niet nodig"), "\"2\"");
        assertThat(nietAfTeWegen.status()).isEqualTo(400);
        assertThat(nietAfTeWegen.body()).contains("alleen de adviescommissie");

        Http.Antwoord ongedaan = regisseur.delete(pad(id) + "/onderdelen/uittreding-gevolgen", "\"2\"");
        assertThat(ongedaan.status()).as(ongedaan.body()).isEqualTo(200);
        assertThat(audit.voorSamenwerking(id).stream()
                        .filter(e -> e.entiteitType().equals("regeling_onderdeel"))
                        .count())
                .as("every mark and undo audited")
                .isEqualTo(3);
        JsonNode na = Http.api(port, "ambtenaar1").get(pad(id)).json();
        assertThat(open(na)).contains("UITTREDING_GEVOLGEN").doesNotContain("ADVIESCOMMISSIE");
        assertThat(na.path("versie").asLong()).isEqualTo(3);
    }

    @Test
    void eenAnderDanDeRegisseurOfSlechteInvoerVinktNietsAf() {
        long id = RegelingData.metVorm(port, "BEDRIJFSVOERINGSORGANISATIE", ZEIST, DE_BILT);
        Http regisseur = Http.api(port, "regisseur");
        String onderdeel = pad(id) + "/onderdelen/BELANGEN";
        Map<String, String> goed = Map.of("status", "GEREGELD", "verwijzing", "art. 2");

        assertThat(Http.api(port, "ambtenaar1")
                        .putJson(onderdeel, goed, "\"0\"")
                        .status())
                .isEqualTo(403);
        assertThat(Http.api(port, "bestuurder1")
                        .putJson(onderdeel, goed, "\"0\"")
                        .status())
                .isEqualTo(403);
        Http.Antwoord zonder = regisseur.putJson(onderdeel, Map.of("status", "GEREGELD"), "\"0\"");
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.body()).contains("verwijzing");
        assertThat(regisseur
                        .putJson(pad(id) + "/onderdelen/adviescommissie", goed, "\"0\"")
                        .status())
                .as("een bedrijfsvoeringsorganisatie kent geen adviescommissie")
                .isEqualTo(409);
        assertThat(regisseur
                        .putJson(pad(id) + "/onderdelen/koepel", goed, "\"0\"")
                        .status())
                .isEqualTo(404);
        assertThat(regisseur.putJson(onderdeel, goed, null).status()).isEqualTo(428);

        JsonNode na = regisseur.get(pad(id)).json();
        assertThat(na.path("versie").asLong()).isZero();
        assertThat(na.path("open").size()).isEqualTo(na.path("onderdelen").size());
    }

    @Test
    void eenAndereVormBewaartWatAfgevinktIsEnToontHetApart() {
        long id = RegelingData.metVorm(port, "OPENBAAR_LICHAAM", ZEIST, DE_BILT);
        Http regisseur = Http.api(port, "regisseur");
        Http.Antwoord v = regisseur.putJson(
                pad(id) + "/onderdelen/VEREFFENING", Map.of("status", "GEREGELD", "verwijzing", "art. 30"), "\"0\"");
        assertThat(v.status()).as(v.body()).isEqualTo(200);

        RegelingData.kies(port, id, "CENTRUMREGELING");
        JsonNode centrum = regisseur.get(pad(id)).json();
        assertThat(onderdelen(centrum.path("onderdelen"))).doesNotContain("VEREFFENING", "VESTIGINGSPLAATS");
        assertThat(onderdelen(centrum.path("nietMeerVereist"))).containsExactly("VEREFFENING");
        assertThat(centrum.path("nietMeerVereist").get(0).path("verwijzing").asString())
                .isEqualTo("art. 30");

        RegelingData.kies(port, id, "OPENBAAR_LICHAAM");
        JsonNode terug = regisseur.get(pad(id)).json();
        assertThat(open(terug)).doesNotContain("VEREFFENING");
        assertThat(terug.path("nietMeerVereist").size()).isZero();
    }

    @Test
    void eenRaadsbesluitLegtDeRegisseurOfDeEigenGemeenteVastNooitEenAndereOfEenRaadslid() {
        long id = RegelingData.metVorm(port, "OPENBAAR_LICHAAM", ZEIST, DE_BILT);
        String zeist = "/api/v1/samenwerkingen/" + id + "/raadsbesluiten/" + ZEIST + "/toestemming";
        String bilt = "/api/v1/samenwerkingen/" + id + "/raadsbesluiten/" + DE_BILT + "/zienswijze";
        Map<String, String> besluit = Map.of(
                "datum", "2026-03-01", "document", "Raadsbesluit 2026-041", "url", "https://zeist.nl/besluit/41");

        assertThat(Http.api(port, "ambtenaar2").putJson(zeist, besluit, "\"0\"").status())
                .as("De Bilt legt het besluit van Zeist niet vast")
                .isEqualTo(403);
        assertThat(Http.api(port, "raadslid1").putJson(zeist, besluit, "\"0\"").status())
                .as("een raadslid legt niets vast")
                .isEqualTo(403);
        assertThat(Http.api(port, "ambtenaar3").putJson(zeist, besluit, "\"0\"").status())
                .as("Bunnik doet niet mee en ziet de samenwerking niet")
                .isEqualTo(404);

        Http.Antwoord eigen = Http.api(port, "ambtenaar1").putJson(zeist, besluit, "\"0\"");
        assertThat(eigen.status()).as(eigen.body()).isEqualTo(200);
        JsonNode gemeente = eigen.json().path("gemeenten").get(0);
        assertThat(gemeente.path("code").asString()).isEqualTo(ZEIST);
        assertThat(gemeente.path("toestemming").path("datum").asString()).isEqualTo("2026-03-01");
        assertThat(gemeente.path("toestemming").path("document").asString()).isEqualTo("Raadsbesluit 2026-041");
        assertThat(gemeente.path("toestemming").path("door").asString()).isEqualTo("ambtenaar1");
        assertThat(gemeente.path("zienswijze").isNull()).isTrue();
        assertThat(audit.voorSamenwerking(id))
                .as("audited: who, and the decision before and after")
                .anyMatch(e -> e.entiteitType().equals("regeling_raadsbesluit")
                        && e.gebruiker().equals("ambtenaar1")
                        && e.wijzigingen().stream()
                                .anyMatch(w -> w.veld().equals("toestemming." + ZEIST)
                                        && w.voor() == null
                                        && String.valueOf(w.na()).contains("Raadsbesluit 2026-041")));

        Http.Antwoord regisseur = Http.api(port, "regisseur")
                .putJson(bilt, Map.of("datum", "2026-02-20", "document", "Zienswijze De Bilt"), "\"1\"");
        assertThat(regisseur.status()).as(regisseur.body()).isEqualTo(200);
        assertThat(regisseur
                        .json()
                        .path("gemeenten")
                        .get(1)
                        .path("zienswijze")
                        .path("url")
                        .isNull())
                .isTrue();

        Http.Antwoord verouderd = Http.api(port, "bestuurder1").putJson(zeist, besluit, "\"1\"");
        assertThat(verouderd.status()).isEqualTo(412);
    }

    @Test
    void eenRaadsbesluitInDeToekomstOfZonderDocumentSlaatNietsOp() {
        long id = RegelingData.metVorm(port, "GEMEENSCHAPPELIJK_ORGAAN", ZEIST, DE_BILT);
        Http regisseur = Http.api(port, "regisseur");
        String zeist = "/api/v1/samenwerkingen/" + id + "/raadsbesluiten/" + ZEIST + "/toestemming";
        String morgen = Gebeurdatum.vandaag().plusDays(1).toString();

        Http.Antwoord toekomst = regisseur.putJson(zeist, Map.of("datum", morgen, "document", "Besluit"), "\"0\"");
        assertThat(toekomst.status()).isEqualTo(400);
        assertThat(toekomst.body()).contains("datum");
        Http.Antwoord onleesbaar = regisseur.putJson(zeist, Map.of("datum", "1 maart", "document", "Besluit"), "\"0\"");
        assertThat(onleesbaar.status()).isEqualTo(400);
        Http.Antwoord zonderDocument = regisseur.putJson(zeist, Map.of("datum", "2026-03-01"), "\"0\"");
        assertThat(zonderDocument.status()).isEqualTo(400);
        assertThat(zonderDocument.body()).contains("document");
        Http.Antwoord link =
                regisseur.putJson(zeist, Map.of("document", "Besluit", "url", "javascript:alert(1)"), "\"0\"");
        assertThat(link.status()).isEqualTo(400);
        assertThat(link.body()).contains("https://");
        Http.Antwoord geenPartij = regisseur.putJson(
                "/api/v1/samenwerkingen/" + id + "/raadsbesluiten/GM0344/toestemming",
                Map.of("document", "Besluit"),
                "\"0\"");
        assertThat(geenPartij.status()).isEqualTo(400);
        assertThat(regisseur
                        .putJson(zeist.replace("toestemming", "motie"), Map.of("document", "x"), "\"0\"")
                        .status())
                .isEqualTo(404);

        JsonNode na = regisseur.get(pad(id)).json();
        assertThat(na.path("versie").asLong()).isZero();
        assertThat(na.path("gemeenten").get(0).path("toestemming").isNull()).isTrue();
    }

    @Test
    void hetOntwerpNaarDeRadenGeeftHetEindeVanDeAchtWeken() {
        long id = RegelingData.metVorm(port, "CENTRUMREGELING", ZEIST, DE_BILT);
        Http.Antwoord verzonden =
                Http.api(port, "regisseur").putJson(pad(id) + "/ontwerp", Map.of("verzondenOp", "2026-01-05"), "\"0\"");
        assertThat(verzonden.status()).as(verzonden.body()).isEqualTo(200);
        assertThat(verzonden.json().path("ontwerpVerzonden").asString()).isEqualTo("2026-01-05");
        assertThat(verzonden.json().path("zienswijzeTermijnTot").asString())
                .isEqualTo(LocalDate.of(2026, 1, 5).plusWeeks(8).toString());
        assertThat(Http.api(port, "ambtenaar1")
                        .putJson(pad(id) + "/ontwerp", Map.of("verzondenOp", "2026-01-05"), "\"1\"")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void hetRaadsoverzichtToontWatDeRaadOnderDeGekozenVormKanEnZijnEigenToestemming() {
        long id = RegelingData.zonderVorm(port, ZEIST, DE_BILT);
        Http raadslid = Http.api(port, "raadslid1");
        String overzicht = "/api/v1/samenwerkingen/" + id + "/raadsoverzicht";
        JsonNode zonder = raadslid.get(overzicht).json();
        assertThat(zonder.path("raad").asString()).contains("nog geen vorm gekozen");
        assertThat(zonder.path("instrumenten").path("lijst").size()).isZero();

        RegelingData.kies(port, id, "OPENBAAR_LICHAAM");
        Http.api(port, "bestuurder1")
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/raadsbesluiten/" + ZEIST + "/toestemming",
                        Map.of("datum", "2026-03-01", "document", "Raadsbesluit 41"),
                        "\"0\"");
        JsonNode met = raadslid.get(overzicht).json();
        assertThat(met.path("raad").asString()).contains("Openbaar lichaam");
        List<String> codes = met.path("instrumenten")
                .path("lijst")
                .valueStream()
                .map(n -> n.path("code").asString())
                .toList();
        assertThat(codes).contains("ZIENSWIJZE_BEGROTING", "ADVIESCOMMISSIE", "REGIONALE_ONDERZOEKSCOMMISSIE");
        JsonNode begroting = met.path("instrumenten")
                .path("lijst")
                .valueStream()
                .filter(n -> n.path("code").asString().equals("ZIENSWIJZE_BEGROTING"))
                .findFirst()
                .orElseThrow();
        assertThat(begroting.path("termijnWeken").asInt()).isEqualTo(12);
        assertThat(begroting.path("wetsgrond").asString()).startsWith("Wgr art. 35");
        assertThat(met.path("instrumenten").path("toestemming").asString())
                .contains("Zeist")
                .contains("1 maart 2026")
                .contains("Raadsbesluit 41");
        assertThat(met.path("instrumenten").path("zienswijze").asString()).contains("nog niet naar de raden");

        RegelingData.kies(port, id, "PRIVAATRECHTELIJK");
        JsonNode priv = raadslid.get(overzicht).json();
        assertThat(priv.path("instrumenten").path("lijst").get(0).path("code").asString())
                .isEqualTo("WENSEN_EN_BEDENKINGEN");
        assertThat(priv.path("instrumenten").path("toestemming").isNull()).isTrue();
    }
}
