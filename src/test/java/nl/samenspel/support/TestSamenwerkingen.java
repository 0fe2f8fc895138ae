package nl.samenspel.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspel.gemeente.GemeenteCode;
import nl.samenspel.samenwerking.NieuweSamenwerking;
import nl.samenspel.samenwerking.Samenwerkingen;

/**
 * Samenwerkingen for tests, made as users make them: through the REST API, as the {@link TestAccounts#REGISSEUR}
 * (or whoever is given). Each test makes its own; none relies on the demo case.
 */
public final class TestSamenwerkingen {

    /**
     * The title of the tests' practice case (oefencasus). The application knows one practice case, the source of
     * every practice copy ({@code POST /api/v1/oefensamenwerkingen}); it cannot be made through the API, only
     * seeded through {@link Samenwerkingen#zaaiOefencasus}, as the demo module does in a demo set-up.
     */
    public static final String OEFENCASUS = "Oefencasus: samen de belastingen (test)";

    private static final AtomicInteger TELLER = new AtomicInteger();

    private TestSamenwerkingen() {}

    /** {@code basis} made unique within this JVM (and, very likely, across runs on a kept database). */
    public static String uniek(String basis) {
        return basis + "-" + System.nanoTime() % 1_000_000 + "-" + TELLER.incrementAndGet();
    }

    /** A new samenwerking of {@code gemeenten}, made by {@code regisseur} through the API; returns its id. */
    public static long maak(int port, String regisseur, String... gemeenten) {
        Http.Antwoord a = Http.api(port, regisseur)
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                uniek("Samenwerking"),
                                "omschrijving",
                                "Samen de belastingen uitvoeren.",
                                "gemeenten",
                                List.of(gemeenten)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.json().path("id").asLong();
    }

    /**
     * The practice case of Zeist, De Bilt and Bunnik led by {@link TestAccounts#REGISSEUR}, seeded on first use in
     * this context through the samenwerking module's service, with step content (a goal, a non-goal and two tensions)
     * added through the API as its regisseur. Later calls find it again. Returns its id.
     */
    public static synchronized long oefencasus(int port, Samenwerkingen samenwerkingen) {
        long id = samenwerkingen.zaaiOefencasus(new NieuweSamenwerking(
                OEFENCASUS,
                "Een verzonnen casus om mee te oefenen, gemaakt door de tests.",
                List.of(
                        new GemeenteCode(TestAccounts.ZEIST),
                        new GemeenteCode(TestAccounts.DE_BILT),
                        new GemeenteCode(TestAccounts.BUNNIK)),
                TestAccounts.REGISSEUR));
        Http r = Http.api(port, TestAccounts.REGISSEUR);
        String basis = "/api/v1/samenwerkingen/" + id;
        Http.Antwoord spanningen = r.get(basis + "/spanningen");
        assertThat(spanningen.status()).as(spanningen.body()).isEqualTo(200);
        if (spanningen.json().path("totaal").asInt() > 0) {
            return id;
        }
        Http.Antwoord wat = r.get(basis + "/stappen/wat");
        assertThat(wat.status()).as(wat.body()).isEqualTo(200);
        Http.Antwoord doelen = r.putJson(
                basis + "/stappen/wat",
                Map.of(
                        "doelen",
                        List.of(
                                Map.of(
                                        "soort",
                                        "DOEL",
                                        "tekst",
                                        "Samen één belastingpakket beheren",
                                        "bronGemeente",
                                        TestAccounts.DE_BILT),
                                Map.of("soort", "NIET_DOEL", "tekst", "Geen gezamenlijke tarieven"))),
                wat.header("ETag"));
        assertThat(doelen.status()).as(doelen.body()).isEqualTo(200);
        for (Map<String, String> spanning : List.of(
                Map.of("omschrijving", "Ruimere betalingsregelingen in Bunnik?", "soort", "UNIFORMITEIT_MAATWERK"),
                Map.of("omschrijving", "Kosten naar inwonertal of naar aanslagen?", "soort", "KOSTEN_VERDELING"))) {
            Http.Antwoord s = r.postJson(basis + "/spanningen", spanning);
            assertThat(s.status()).as(s.body()).isEqualTo(201);
        }
        return id;
    }
}
