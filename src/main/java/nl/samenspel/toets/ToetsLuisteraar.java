package nl.samenspel.toets;

import java.util.List;
import nl.samenspel.samenwerking.SamenwerkingGebeurtenis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the check current: after every committed change of a samenwerking (any module's event implementing
 * {@link SamenwerkingGebeurtenis}), that one samenwerking is evaluated again, synchronously, so the next page
 * already shows it. A failing evaluation never undoes the user's change; the next change or a full evaluation
 * catches up.
 */
@Component
class ToetsLuisteraar {

    private static final Logger LOG = LoggerFactory.getLogger(ToetsLuisteraar.class);

    private final Toetser toetser;

    ToetsLuisteraar(Toetser toetser) {
        this.toetser = toetser;
    }

    /**
     * After an upgrade to V9 the shared view of existing samenwerkingen is empty until their next change; evaluate
     * those now, so nobody sees an all-clear that is only missing data. Afterwards this finds only samenwerkingen
     * that are in order in the shared view, and evaluating them again changes nothing.
     */
    @EventListener(ApplicationReadyEvent.class)
    void gestart() {
        try {
            Toetser.Uitkomst u = toetser.evalueerZonderGedeeldeWeergave();
            LOG.info("event=toets-start samenwerkingen={} verschenen={}", u.samenwerkingen(), u.verschenen());
        } catch (RuntimeException e) {
            LOG.warn("event=toets-start-mislukt fout={}", e.toString());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void gewijzigd(SamenwerkingGebeurtenis gebeurtenis) {
        try {
            toetser.evalueer(List.of(gebeurtenis.samenwerkingId()));
        } catch (RuntimeException e) {
            LOG.warn("event=toets-evaluatie-mislukt samenwerking={} fout={}", gebeurtenis.samenwerkingId(), e.toString());
        }
    }
}
