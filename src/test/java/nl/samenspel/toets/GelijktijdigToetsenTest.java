package nl.samenspel.toets;

import static nl.samenspel.toets.ToetsData.BUNNIK;
import static nl.samenspel.toets.ToetsData.ZEIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.samenspel.account.AccountService;
import nl.samenspel.support.SamenspelTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two writes to one samenwerking that commit at the same moment each start an evaluation. Those evaluations take
 * turns (the samenwerking's row lock): without that, both saw "no finding yet", both inserted it, and the second
 * failed on the unique key and was dropped, leaving the check behind.
 */
@SamenspelTest
class GelijktijdigToetsenTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Toetser toetser;

    @Test
    void gelijktijdigeEvaluatiesVanEenSamenwerkingLukkenAllebei() throws Exception {
        long id = ToetsData.samenwerking(port, ToetsData.regisseur(accounts), ZEIST, BUNNIK);
        int aantalBevindingen = jdbc.sql("SELECT COUNT(*) FROM bevinding WHERE samenwerking_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        assertThat(aantalBevindingen)
                .as("een nieuwe samenwerking heeft open punten")
                .isPositive();

        ExecutorService draden = Executors.newFixedThreadPool(4);
        try {
            for (int ronde = 0; ronde < 10; ronde++) {
                // Back to "never evaluated", so every evaluation wants to insert the same findings.
                jdbc.sql(
                                "DELETE FROM bevinding_gebeurtenis WHERE bevinding_id IN (SELECT id FROM bevinding WHERE samenwerking_id = ?)")
                        .param(id)
                        .update();
                jdbc.sql("DELETE FROM bevinding WHERE samenwerking_id = ?")
                        .param(id)
                        .update();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<EvaluatieUitkomst>> uitkomsten = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    uitkomsten.add(draden.submit(() -> {
                        start.await();
                        return toetser.evalueer(List.of(id));
                    }));
                }
                start.countDown();
                for (Future<EvaluatieUitkomst> u : uitkomsten) {
                    u.get(30, TimeUnit.SECONDS); // throws if an evaluation failed
                }
                assertThat(jdbc.sql("SELECT COUNT(*) FROM bevinding WHERE samenwerking_id = ?")
                                .param(id)
                                .query(Integer.class)
                                .single())
                        .isEqualTo(aantalBevindingen);
            }
        } finally {
            draden.shutdownNow();
        }
    }
}
