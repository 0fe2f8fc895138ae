package nl.samenspel.toets;

import java.util.List;
import nl.samenspel.platform.SamenwerkingGebeurtenis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void gewijzigd(SamenwerkingGebeurtenis gebeurtenis) {
        try {
            toetser.evalueer(List.of(gebeurtenis.samenwerkingId()));
        } catch (RuntimeException e) {
            LOG.warn("event=toets-evaluatie-mislukt samenwerking={} fout={}", gebeurtenis.samenwerkingId(), e.toString());
        }
    }
}
