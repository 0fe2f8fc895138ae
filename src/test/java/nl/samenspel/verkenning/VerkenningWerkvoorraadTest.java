package nl.samenspel.verkenning;

import static nl.samenspel.verkenning.VerkenningTestData.BUNNIK;
import static nl.samenspel.verkenning.VerkenningTestData.DE_BILT;
import static nl.samenspel.verkenning.VerkenningTestData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.samenspel.gemeente.Gemeente;
import nl.samenspel.samenwerking.Fase;
import nl.samenspel.samenwerking.OpenPunt;
import nl.samenspel.samenwerking.Samenwerking;
import nl.samenspel.samenwerking.Werkvoorraad;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the positions wait for: a party without a position fills it in, a party confirms what was recorded for it. */
@SamenspelTest
class VerkenningWerkvoorraadTest {

    @LocalServerPort
    int port;

    @Autowired
    List<Werkvoorraad> werkvoorraden;

    private List<OpenPunt> open(long id) {
        Samenwerking s = new Samenwerking(
                id,
                "t",
                "o",
                Fase.VERKENNEN,
                "regisseur",
                false,
                false,
                0,
                Instant.EPOCH,
                Instant.EPOCH,
                List.of(
                        new Gemeente(ZEIST, "Zeist", "Utrecht", "PV26", 1),
                        new Gemeente(DE_BILT, "De Bilt", "Utrecht", "PV26", 1),
                        new Gemeente(BUNNIK, "Bunnik", "Utrecht", "PV26", 1)));
        Werkvoorraad verkenning = werkvoorraden.stream()
                .filter(VerkenningWerkvoorraad.class::isInstance)
                .findFirst()
                .orElseThrow();
        return verkenning.open(s);
    }

    @Test
    void elkePartijZonderPositieEnElkeOnbevestigdePositieIsEenOpenPuntVoorDieGemeente() {
        long id = VerkenningTestData.samenwerking(port);
        assertThat(open(id))
                .extracting(p -> p.gemeenteCode() + " " + p.wat().sleutel() + " " + p.pad())
                .containsExactly(
                        ZEIST + " verkenning.werk.positie-invullen /samenwerkingen/" + id + "/posities/" + ZEIST,
                        DE_BILT + " verkenning.werk.positie-invullen /samenwerkingen/" + id + "/posities/" + DE_BILT,
                        BUNNIK + " verkenning.werk.positie-invullen /samenwerkingen/" + id + "/posities/" + BUNNIK);
        assertThat(open(id)).allMatch(p -> p.fase() == Fase.VERKENNEN && p.wachtOp() == OpenPunt.WachtOp.GEMEENTE);

        String pad = "/api/v1/samenwerkingen/" + id + "/posities/";
        Http.Antwoord namens = Http.api(port, "regisseur")
                .putJson(pad + ZEIST, Map.of("watWillenWij", "Geheime wens van Zeist", "namens", true), null);
        assertThat(namens.status()).as(namens.body()).isEqualTo(201);
        assertThat(Http.api(port, "ambtenaar2")
                        .putJson(pad + DE_BILT, Map.of("watWillenWij", "Eigen wens"), null)
                        .status())
                .isEqualTo(201);
        List<OpenPunt> punten = open(id);
        assertThat(punten)
                .extracting(p -> p.gemeenteCode() + " " + p.wat().sleutel())
                .containsExactly(
                        ZEIST + " verkenning.werk.positie-bevestigen", BUNNIK + " verkenning.werk.positie-invullen");
        assertThat(punten.toString()).doesNotContain("Geheime wens");
        assertThat(punten.get(0).wat().argumenten()).containsExactly("Zeist");

        assertThat(Http.api(port, "ambtenaar1")
                        .postJson(pad + ZEIST + "/bevestiging", Map.of(), namens.header("ETag"))
                        .status())
                .isEqualTo(200);
        assertThat(open(id)).extracting(OpenPunt::gemeenteCode).containsExactly(BUNNIK);
    }
}
