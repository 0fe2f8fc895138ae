package nl.samenspel.toets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.util.List;
import java.util.Map;
import nl.samenspel.platform.Nazending;
import nl.samenspel.support.Http;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A failed re-evaluation is not lost (ADR 0012): the event stays an incomplete publication in Spring Modulith's
 * registry, the writer's change stands, and the retry brings the check up to date.
 */
@SamenspelTest
@TestPropertySource(
        properties = {
            "samenspel.gebeurtenissen.opnieuw-na=PT0S",
            "samenspel.gebeurtenissen.interval=PT1H",
            // A context of its own (other properties, a spy), so a database of its own too: its pool and its event
            // registry must not meet those of the shared context (VernieuwdePoolTest counts the open sessions).
            "spring.datasource.url=jdbc:h2:mem:samenspel-nazending;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE;QUERY_CACHE_SIZE=128;LOCK_TIMEOUT=10000;"
                    + "DB_CLOSE_DELAY=-1",
            "samenspel.test.postgres-database=nazending"
        })
class ToetsNazendingTest {

    private static final String ZEIST = "GM0355";
    private static final String DE_BILT = "GM0310";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Nazending nazending;

    @MockitoSpyBean
    Toetser toetser;

    @AfterEach
    void herstel() {
        reset(toetser);
    }

    @Test
    void eenMislukteHerevaluatieBlijftOnvoltooidEnWordtLaterAlsnogGedaan() {
        Http.Antwoord nieuw = Http.api(port, "regisseur")
                .postJson(
                        "/api/v1/samenwerkingen",
                        Map.of(
                                "titel",
                                "Nazending " + System.nanoTime(),
                                "omschrijving",
                                "Samen belastingen heffen",
                                "gemeenten",
                                List.of(ZEIST, DE_BILT)));
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        long id = nieuw.json().path("id").asLong();
        // R1.2: Zeist has not said what it does not want yet.
        assertThat(status(id)).isEqualTo("OPEN");
        assertThat(onvoltooid(id)).isZero();

        doThrow(new IllegalStateException("toets even onbereikbaar (test)"))
                .doCallRealMethod()
                .when(toetser)
                .evalueer(any());
        Http.Antwoord positie = Http.api(port, "ambtenaar1")
                .putJson(
                        "/api/v1/samenwerkingen/" + id + "/posities/" + ZEIST,
                        Map.of(
                                "watWillenWij",
                                "Minder kwetsbaar",
                                "watWillenWijNiet",
                                "Geen nieuwe bestuurslaag",
                                "behoeften",
                                List.of(),
                                "gedeeld",
                                true),
                        null);

        assertThat(positie.status())
                .as("the writer's change stands: " + positie.body())
                .isIn(200, 201);
        assertThat(status(id)).as("evaluation failed, the finding is stale").isEqualTo("OPEN");
        assertThat(onvoltooid(id))
                .as("the failed re-evaluation is kept as an incomplete publication")
                .isEqualTo(1);

        nazending.verstuurOpnieuw();

        assertThat(status(id))
                .as("retried: Zeist's answer resolves the finding")
                .isEqualTo("OPGELOST");
        assertThat(onvoltooid(id)).isZero();
    }

    private String status(long id) {
        return jdbc.sql("""
                SELECT status FROM bevinding
                WHERE samenwerking_id = :id AND weergave = 'VOLLEDIG' AND controle = 'R1.2' AND onderwerp = :g""")
                .param("id", id)
                .param("g", ZEIST)
                .query(String.class)
                .single();
    }

    /** Incomplete publications for the check's listener about this samenwerking. */
    private long onvoltooid(long id) {
        return jdbc.sql("""
                SELECT serialized_event FROM event_publication
                WHERE completion_date IS NULL AND listener_id LIKE '%ToetsLuisteraar%'""").query(String.class).list().stream()
                .filter(e -> e.matches(".*\\b" + id + "\\b.*"))
                .count();
    }
}
