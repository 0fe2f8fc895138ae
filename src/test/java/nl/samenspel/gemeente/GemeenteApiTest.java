package nl.samenspel.gemeente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SamenspelTest
class GemeenteApiTest {

    @LocalServerPort
    int port;

    @Test
    void zoekenOpBiltVindtDeBiltMetAlleVelden() {
        Http.Antwoord a = Http.api(port, "ambtenaar1").get("/api/v1/gemeenten?naam=bilt");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("API-Version")).isEqualTo("1.5.0");
        JsonNode json = a.json();
        assertThat(json.path("totaal").asLong()).isEqualTo(1);
        JsonNode deBilt = json.path("gemeenten").get(0);
        assertThat(deBilt.path("code").asString()).isEqualTo("GM0310");
        assertThat(deBilt.path("naam").asString()).isEqualTo("De Bilt");
        assertThat(deBilt.path("provincie").asString()).isEqualTo("Utrecht");
        assertThat(deBilt.path("provincieCode").asString()).isEqualTo("PV26");
        assertThat(deBilt.path("inwoners").asInt()).isEqualTo(43718);
    }

    @Test
    void zoekenNegeertAccentenEnApostroffen() {
        Http api = Http.api(port, "regisseur");
        assertThat(codes(api.get("/api/v1/gemeenten?naam=gravenhage").json())).containsExactly("GM0518");
        assertThat(codes(api.get("/api/v1/gemeenten?naam=SUDWEST").json())).containsExactly("GM1900");
    }

    @Test
    void provinciefilterOpNaamOfCodeGeeftAlleenDieProvincie() {
        Http api = Http.api(port, "ambtenaar2");
        JsonNode utrecht =
                api.get("/api/v1/gemeenten?provincie=Utrecht&paginaGrootte=100").json();
        assertThat(utrecht.path("totaal").asLong()).isEqualTo(26);
        assertThat(utrecht.path("gemeenten"))
                .hasSize(26)
                .allSatisfy(g -> assertThat(g.path("provincie").asString()).isEqualTo("Utrecht"));

        JsonNode fryslan = api.get("/api/v1/gemeenten?provincie=PV21").json();
        assertThat(fryslan.path("totaal").asLong()).isEqualTo(18);
        assertThat(api.get("/api/v1/gemeenten?provincie=fryslan")
                        .json()
                        .path("totaal")
                        .asLong())
                .isEqualTo(18);

        JsonNode berg = api.get("/api/v1/gemeenten?naam=berg&provincie=Limburg").json();
        assertThat(codes(berg)).contains("GM0893").doesNotContain("GM0373", "GM0748");
    }

    @Test
    void pagineringGeeftElkeGemeentePreciesEenKeerMetHetTotaal() {
        Http api = Http.api(port, "ambtenaar1");
        JsonNode eerste = api.get("/api/v1/gemeenten").json();
        assertThat(eerste.path("pagina").asInt()).isEqualTo(1);
        assertThat(eerste.path("paginaGrootte").asInt()).isEqualTo(20);
        assertThat(eerste.path("totaal").asLong()).isEqualTo(342);
        assertThat(eerste.path("gemeenten")).hasSize(20);

        List<String> alle = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            JsonNode pagina =
                    api.get("/api/v1/gemeenten?paginaGrootte=100&pagina=" + p).json();
            assertThat(pagina.path("pagina").asInt()).isEqualTo(p);
            alle.addAll(codes(pagina));
        }
        assertThat(alle).hasSize(342);
        Set<String> uniek = new HashSet<>(alle);
        assertThat(uniek).hasSize(342);
    }

    @Test
    void onzinnigePagineringWordtBegrensd() {
        Http api = Http.api(port, "ambtenaar1");
        JsonNode groot =
                api.get("/api/v1/gemeenten?paginaGrootte=100000&pagina=-3").json();
        assertThat(groot.path("paginaGrootte").asInt()).isEqualTo(100);
        assertThat(groot.path("pagina").asInt()).isEqualTo(1);
        assertThat(groot.path("gemeenten")).hasSize(100);

        Http.Antwoord ver = api.get("/api/v1/gemeenten?pagina=99999999999");
        assertThat(ver.status()).isEqualTo(200);
        assertThat(ver.json().path("gemeenten")).isEmpty();
        assertThat(ver.json().path("totaal").asLong()).isEqualTo(342);
    }

    @Test
    void paginaDieGeenGetalIsGeeft400ProblemJson() {
        Http.Antwoord a = Http.api(port, "ambtenaar1").get("/api/v1/gemeenten?pagina=abc");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.json().path("title").asString()).isEqualTo("Ongeldige parameter");
        assertThat(a.json().path("invalidParams").path(0).path("name").asString())
                .isEqualTo("pagina");
    }

    @Test
    void onbekendeProvincieGeeft400MetUitlegPerVeld() {
        Http.Antwoord a = Http.api(port, "ambtenaar1").get("/api/v1/gemeenten?provincie=Atlantis");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        JsonNode veld = a.json().path("invalidParams").get(0);
        assertThat(veld.path("name").asString()).isEqualTo("provincie");
        assertThat(veld.path("reason").asString()).contains("provincie bestaat niet");

        Http.Antwoord lang = Http.api(port, "ambtenaar1").get("/api/v1/gemeenten?naam=" + "a".repeat(5000));
        assertThat(lang.status()).isEqualTo(400);
        assertThat(lang.json().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("naam");
    }

    @Test
    void eenGemeenteMetHaarRegios() {
        Http.Antwoord a = Http.api(port, "raadslid1").get("/api/v1/gemeenten/GM0310");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("API-Version")).isEqualTo("1.5.0");
        JsonNode json = a.json();
        assertThat(json.path("naam").asString()).isEqualTo("De Bilt");
        assertThat(json.path("inwoners").asInt()).isEqualTo(43718);
        JsonNode regios = json.path("regios");
        assertThat(regios).hasSize(3);
        assertThat(regios.get(1).path("type").asString()).isEqualTo("veiligheidsregio");
        assertThat(regios.get(1).path("code").asString()).isEqualTo("VR09");
        assertThat(regios.get(1).path("peiljaar").asInt()).isEqualTo(2023);
        assertThat(regios.get(1).path("bron").asString()).isEqualTo("S2");
        assertThat(regios.get(2).path("code").asString()).isEqualTo("AM13");
        assertThat(regios.get(2).path("naam").asString()).isEqualTo("Midden-Utrecht");
    }

    @Test
    void onbekendeGemeenteGeeft404ProblemJson() {
        for (String code : List.of("GM9998", "onzin", "%3Cscript%3E")) {
            Http.Antwoord a = Http.api(port, "ambtenaar1").get("/api/v1/gemeenten/" + code);
            assertThat(a.status()).as(code).isEqualTo(404);
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            assertThat(a.json().path("title").asString()).isEqualTo("Niet gevonden");
        }
    }

    @Test
    void zonderInloggenGeeft401() {
        for (String pad : List.of("/api/v1/gemeenten", "/api/v1/gemeenten/GM0310", "/api/v1/provincies")) {
            Http.Antwoord a = Http.anoniem(port).get(pad);
            assertThat(a.status()).as(pad).isEqualTo(401);
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            assertThat(a.header("API-Version")).isEqualTo("1.5.0");
        }
        assertThat(Http.api(port, "ambtenaar1", "verkeerd-wachtwoord")
                        .get("/api/v1/gemeenten")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void provinciesMetAantallen() {
        JsonNode json = Http.api(port, "uitvoerder").get("/api/v1/provincies").json();
        assertThat(json.path("provincies")).hasSize(12);
        long gemeenten = 0;
        long inwoners = 0;
        for (JsonNode p : json.path("provincies")) {
            gemeenten += p.path("aantalGemeenten").asLong();
            inwoners += p.path("inwoners").asLong();
            if (p.path("code").asString().equals("PV26")) {
                assertThat(p.path("naam").asString()).isEqualTo("Utrecht");
                assertThat(p.path("aantalGemeenten").asInt()).isEqualTo(26);
            }
        }
        assertThat(gemeenten).isEqualTo(342);
        assertThat(inwoners).isEqualTo(17_942_942L);
    }

    @Test
    void deApiIsGedocumenteerd() {
        Http.Antwoord a = Http.anoniem(port).get("/api/v1/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        JsonNode paden = a.json().path("paths");
        assertThat(paden.has("/gemeenten")).isTrue();
        assertThat(paden.has("/gemeenten/{code}")).isTrue();
        assertThat(paden.path("/gemeenten").path("get").path("tags").get(0).asString())
                .isEqualTo("Gemeenten");
    }

    private static List<String> codes(JsonNode lijst) {
        List<String> codes = new ArrayList<>();
        lijst.path("gemeenten").forEach(g -> codes.add(g.path("code").asString()));
        return codes;
    }
}
