package nl.samenspel.verkenning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspel.support.Http;

/** Helpers for the verkenning tests: a fresh samenwerking of Zeist, De Bilt and Bunnik with tasks, through the API. */
final class VerkenningTestData {

    static final String ZEIST = "GM0355";
    static final String DE_BILT = "GM0310";
    static final String BUNNIK = "GM0312";
    static final String UTRECHT = "GM0344";

    private static final AtomicInteger TELLER = new AtomicInteger();

    private VerkenningTestData() {}

    static long samenwerking(int port, String... gemeenten) {
        Http.Antwoord a = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                "Verkenning " + System.nanoTime() % 1_000_000 + "-" + TELLER.incrementAndGet(),
                                "omschrijving",
                                "Samen de belastingen uitvoeren.",
                                "gemeenten",
                                List.of(gemeenten)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    static long samenwerking(int port) {
        return samenwerking(port, ZEIST, DE_BILT, BUNNIK);
    }

    static long taak(int port, long id, String naam) {
        Http.Antwoord a = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen/" + id + "/taken",
                        Map.of("naam", naam, "omschrijving", "Omschrijving van " + naam));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    static Map<String, Object> behoefte(long taak, String naar, String sterkte) {
        return Map.of("taak", taak, "naar", naar, "sterkte", sterkte, "toelichting", "Omdat " + naar + " " + sterkte);
    }

    static Http.Antwoord positie(
            int port, String gebruiker, long id, String code, boolean gedeeld, List<Map<String, Object>> behoeften) {
        return Http.api(port, gebruiker)
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/posities/" + code,
                        Map.of(
                                "watWillenWij",
                                "Geheim doel van " + code,
                                "watWillenWijNiet",
                                "Geen nieuwe bestuurslaag",
                                "behoeften",
                                behoeften,
                                "kosten",
                                Map.of("maximumPerJaar", 125000, "eigenRuimte", "Beperkt"),
                                "gedeeld",
                                gedeeld),
                        null);
    }
}
