package nl.samenspel.samenwerking;

import static nl.samenspel.samenwerking.TestData.DE_BILT;
import static nl.samenspel.samenwerking.TestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.samenspel.audit.AuditTrail;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The phase change needs the version the client saw (ADR 0005): If-Match in the API (428 without, 412 stale) and
 * the hidden field on the page (stale or missing: the page says so). Refused means nothing stored.
 */
@SamenspelTest
class FaseVersieTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    private long nieuw() {
        return TestData.id(TestData.maak(port, "regisseur", TestData.uniek("Faseversie"), ZEIST, DE_BILT));
    }

    private void nietsVastgelegd(long id, int auditVoor) {
        Http r = Http.api(port, "regisseur");
        assertThat(r.get("/api/v1/samenwerkingen/" + id).json().path("fase").asString())
                .isEqualTo("VERKENNEN");
        assertThat(r.get("/api/v1/samenwerkingen/" + id + "/fase-overgangen")
                        .json()
                        .size())
                .isZero();
        assertThat(audit.voorSamenwerking(id)).hasSize(auditVoor);
    }

    @Test
    void deApiZonderIfMatchIs428EnMetEenVerouderdeIs412() {
        long id = nieuw();
        String pad = "/api/v1/samenwerkingen/" + id;
        Http r = Http.api(port, "regisseur");
        String etag = r.get(pad).header("ETag");
        int auditVoor = audit.voorSamenwerking(id).size();

        Http.Antwoord zonder = r.postJson(pad + "/fase", Map.of("fase", "ONDERHANDELEN"));
        assertThat(zonder.status()).as(zonder.body()).isEqualTo(428);
        assertThat(zonder.header("Content-Type")).contains("problem+json");

        Http.Antwoord verouderd = r.postJson(pad + "/fase", Map.of("fase", "ONDERHANDELEN"), "\"999\"");
        assertThat(verouderd.status()).as(verouderd.body()).isEqualTo(412);
        assertThat(verouderd.header("Content-Type")).contains("problem+json");
        nietsVastgelegd(id, auditVoor);

        Http.Antwoord door = r.postJson(pad + "/fase", Map.of("fase", "ONDERHANDELEN"), etag);
        assertThat(door.status()).as(door.body()).isEqualTo(200);
        assertThat(door.header("ETag")).isNotEqualTo(etag);
        // The old ETag is now stale: a second client that read before the change is refused.
        assertThat(r.postJson(pad + "/fase", Map.of("fase", "VERKENNEN"), etag).status())
                .isEqualTo(412);
        assertThat(r.get(pad).json().path("fase").asString()).isEqualTo("ONDERHANDELEN");
    }

    @Test
    void hetFormulierMetEenVerouderdeOfOntbrekendeVersieSlaatNietsOpEnZegtDat() {
        long id = nieuw();
        int auditVoor = audit.voorSamenwerking(id).size();
        Http r = Http.browser(port, "regisseur");
        String pagina = r.get("/samenwerkingen/" + id).body();
        assertThat(pagina).contains("name=\"versie\" value=\"0\"");

        for (Map<String, String> velden :
                java.util.List.of(Map.of("fase", "ONDERHANDELEN", "versie", "5"), Map.of("fase", "ONDERHANDELEN"))) {
            Http.Antwoord a = r.formulier("/samenwerkingen/" + id + "/fase", velden);
            assertThat(a.status()).as(a.body()).isEqualTo(409);
            assertThat(a.body()).contains("Iemand anders heeft deze gegevens intussen gewijzigd");
        }
        nietsVastgelegd(id, auditVoor);

        assertThat(r.formulier("/samenwerkingen/" + id + "/fase", Map.of("fase", "ONDERHANDELEN", "versie", "0"))
                        .status())
                .isEqualTo(302);
        assertThat(Http.api(port, "regisseur")
                        .get("/api/v1/samenwerkingen/" + id)
                        .json()
                        .path("fase")
                        .asString())
                .isEqualTo("ONDERHANDELEN");
    }
}
