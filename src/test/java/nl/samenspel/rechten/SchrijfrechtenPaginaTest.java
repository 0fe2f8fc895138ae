package nl.samenspel.rechten;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pages enforce the same write matrix as the API and offer no button for what a user may not do. */
@SamenspelTest
class SchrijfrechtenPaginaTest {

    static final String ZEIST = "GM0355";
    static final String DE_BILT = "GM0310";
    private static final AtomicInteger TELLER = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long samenwerking() {
        Http.Antwoord s = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                "Pagina " + TELLER.incrementAndGet() + "-" + System.nanoTime() % 100_000,
                                "omschrijving",
                                "Samen",
                                "gemeenten",
                                List.of(ZEIST, DE_BILT)));
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        return s.json().path("id").asLong();
    }

    private long aantalTaken(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM taak WHERE samenwerking_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    /** The reported case: a civil servant of De Bilt deleted, via the page, a task Zeist's alderman had added. */
    @Test
    void eenAmbtenaarVerwijdertGeenTaakVanEenAndereGemeenteViaDePagina() {
        long id = samenwerking();
        Http.Antwoord taak = Http.api(port, "bestuurder1")
                .postJson("/api/v1/samenwerkingen/" + id + "/taken", Map.of("naam", "Belastingen heffen"));
        long taakId = taak.json().path("id").asLong();
        String basis = "/samenwerkingen/" + id + "/taken";
        String verwijderen = basis + "/" + taakId + "/verwijderen";

        Http bilt = Http.browser(port, "ambtenaar2");
        String pagina = bilt.get(basis).body();
        assertThat(pagina)
                .contains("Belastingen heffen")
                .doesNotContain(verwijderen)
                .doesNotContain("bewerk=" + taakId);
        assertThat(pagina).contains("action=\"" + basis + "\"");
        Http.Antwoord poging = bilt.formulier(verwijderen, Map.of("versie", "0"));
        assertThat(poging.status()).isEqualTo(403);
        assertThat(aantalTaken(id)).isEqualTo(1);

        Http zeist = Http.browser(port, "ambtenaar1");
        assertThat(zeist.get(basis).body()).contains(verwijderen).contains("bewerk=" + taakId);
        assertThat(zeist.formulier(verwijderen, Map.of("versie", "0")).status()).isEqualTo(302);
        assertThat(aantalTaken(id)).isZero();
    }

    @Test
    void verwijderenVanEenDoelAlleenBijWieHetMag() {
        long id = samenwerking();
        String wat = "/samenwerkingen/" + id + "/stappen/wat";
        Http zeist = Http.browser(port, "ambtenaar1");
        zeist.get(wat);
        assertThat(zeist.formulier(wat + "/doelen", Map.of("soort", "DOEL", "tekst", "Minder kwetsbaar"))
                        .status())
                .isEqualTo(302);
        long doel = jdbc.sql("SELECT id FROM doel WHERE samenwerking_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        String knop = wat + "/doelen/" + doel + "/verwijderen";

        assertThat(zeist.get(wat).body()).contains(knop);
        assertThat(Http.browser(port, "regisseur").get(wat).body()).contains(knop);
        Http bilt = Http.browser(port, "ambtenaar2");
        assertThat(bilt.get(wat).body()).contains("Minder kwetsbaar").doesNotContain(knop);
        assertThat(bilt.formulier(knop, Map.of("versie", "0")).status()).isEqualTo(403);

        // Once De Bilt agreed to step WAT, Zeist no longer removes its goal alone; the regisseur still can.
        assertThat(Http.api(port, "ambtenaar2")
                        .postJson("/api/v1/samenwerkingen/" + id + "/stappen/wat/besproken", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(zeist.get(wat).body()).doesNotContain(knop);
        assertThat(zeist.formulier(knop, Map.of("versie", "0")).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM doel WHERE samenwerking_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** "Positie delen" is part of the position form: what was typed is saved and shared in one step. */
    @Test
    void delenBewaartWatErNetIsGetypt() {
        long id = samenwerking();
        String pad = "/samenwerkingen/" + id + "/posities/" + ZEIST;
        Http zeist = Http.browser(port, "ambtenaar1");
        zeist.get(pad);
        assertThat(zeist.formulier(pad, Map.of("watWillenWij", "Eerste versie", "actie", "opslaan"))
                        .status())
                .isEqualTo(302);
        String pagina = zeist.get(pad).body();
        // No separate share form any more that would reload the page and lose the typing below it.
        assertThat(pagina).doesNotContain(pad + "/delen").contains("name=\"actie\" value=\"delen\"");
        assertThat(pagina.indexOf("value=\"delen\"")).isGreaterThan(pagina.indexOf("action=\"" + pad + "\""));

        Http.Antwoord delen = zeist.formulier(
                pad, Map.of("watWillenWij", "Net getypt, nog niet opgeslagen", "versie", "0", "actie", "delen"));
        assertThat(delen.status()).isEqualTo(302);
        assertThat(delen.header("Location")).endsWith("melding=gedeeld");
        Map<String, Object> rij = jdbc.sql("SELECT wat_willen_wij, gedeeld FROM positie WHERE samenwerking_id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(rij.values()).containsExactly("Net getypt, nog niet opgeslagen", true);
        assertThat(zeist.get(pad + "?melding=gedeeld").body())
                .contains("De positie is gedeeld")
                .contains("name=\"actie\" value=\"intrekken\"");

        assertThat(zeist.formulier(pad, Map.of("watWillenWij", "Weer privé", "versie", "1", "actie", "intrekken"))
                        .status())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT gedeeld FROM positie WHERE samenwerking_id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }
}
