package nl.samenspel.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Retries events whose listener failed (ADR 0012). Spring Modulith's registry records every event for a
 * transactional listener when it is published and completes it when the listener succeeded; what is still
 * incomplete after {@code samenspel.gebeurtenissen.opnieuw-na} (default one minute, well past any listener still
 * running) is handed to its listener again, every {@code samenspel.gebeurtenissen.interval}, after a restart too.
 * Completed publications are kept a week for inspection, then removed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class Nazending {

    private static final Logger LOG = LoggerFactory.getLogger(Nazending.class);

    private final IncompleteEventPublications onvoltooid;
    private final CompletedEventPublications voltooid;
    private final Duration opnieuwNa;

    Nazending(
            IncompleteEventPublications onvoltooid,
            CompletedEventPublications voltooid,
            @Value("${samenspel.gebeurtenissen.opnieuw-na:PT1M}") Duration opnieuwNa) {
        this.onvoltooid = onvoltooid;
        this.voltooid = voltooid;
        this.opnieuwNa = opnieuwNa;
    }

    /** Hands every publication that is incomplete for longer than the configured age to its listener again. */
    @Scheduled(
            initialDelayString = "${samenspel.gebeurtenissen.interval:PT1M}",
            fixedDelayString = "${samenspel.gebeurtenissen.interval:PT1M}")
    public void verstuurOpnieuw() {
        try {
            onvoltooid.resubmitIncompletePublicationsOlderThan(opnieuwNa);
            voltooid.deletePublicationsOlderThan(Duration.ofDays(7));
        } catch (RuntimeException e) {
            // A database outage must not stop the schedule; the next run tries again.
            LOG.warn("event=nazending-mislukt fout={}", e.toString());
        }
    }
}
