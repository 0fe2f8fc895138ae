package nl.samenspel.toets;

import java.util.List;
import nl.samenspel.account.AccountGewijzigd;
import nl.samenspel.samenwerking.SamenwerkingFeiten;
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
 * already shows it. A failing evaluation never undoes the user's change; the event publication registry retries it
 * (ADR 0012).
 */
@Component
class ToetsLuisteraar {

    private static final Logger LOG = LoggerFactory.getLogger(ToetsLuisteraar.class);

    private final Toetser toetser;
    private final SamenwerkingFeiten samenwerkingen;
    private final ControleStand stand;

    ToetsLuisteraar(Toetser toetser, SamenwerkingFeiten samenwerkingen, ControleStand stand) {
        this.toetser = toetser;
        this.samenwerkingen = samenwerkingen;
        this.stand = stand;
    }

    /**
     * At start-up, bring the stored findings in line with the checks of this version. After a deploy that changed a
     * check (its fingerprint, {@link ControleStand}) every samenwerking is evaluated once: a stored finding must
     * not keep arguments its new sentence no longer fits, or a cause the check no longer sees. Otherwise only the
     * samenwerkingen without a shared view (an upgrade to V9) are evaluated, which is cheap.
     */
    @EventListener(ApplicationReadyEvent.class)
    void gestart() {
        try {
            String nu = stand.vingerafdruk(toetser.controles());
            boolean gewijzigd = !stand.bewaard().map(nu::equals).orElse(false);
            EvaluatieUitkomst u = gewijzigd ? toetser.evalueerAlle() : toetser.evalueerZonderGedeeldeWeergave();
            if (gewijzigd) {
                stand.bewaar(nu);
            }
            LOG.info(
                    "event=toets-start controles-gewijzigd={} samenwerkingen={} verschenen={} opgelost={}",
                    gewijzigd,
                    u.samenwerkingen(),
                    u.verschenen(),
                    u.opgelost());
        } catch (RuntimeException e) {
            LOG.warn("event=toets-start-mislukt fout={}", e.toString());
        }
    }

    /**
     * Runs right after the commit, in the writer's thread, so the next page shows the new findings. A failure is
     * logged and rethrown: the event publication registry then keeps the publication incomplete and
     * {@code platform.Nazending} hands it to this method again later (ADR 0012). The writer's change stands.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void gewijzigd(SamenwerkingGebeurtenis gebeurtenis) {
        try {
            toetser.evalueer(List.of(gebeurtenis.samenwerkingId()));
        } catch (RuntimeException e) {
            LOG.warn(
                    "event=toets-evaluatie-mislukt samenwerking={} fout={} opnieuw=later",
                    gebeurtenis.samenwerkingId(),
                    e.toString());
            throw e;
        }
    }

    /**
     * An account changed (roles, municipality, active) or was created: the samenwerkingen that name it as their
     * regisseur are evaluated again (R6.2 and R6.3 read that account). Durable like {@link #gewijzigd}.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void accountGewijzigd(AccountGewijzigd gebeurtenis) {
        List<Long> ids = samenwerkingen.metRegisseur(gebeurtenis.gebruikersnaam());
        if (ids.isEmpty()) {
            return;
        }
        try {
            toetser.evalueer(ids);
        } catch (RuntimeException e) {
            LOG.warn(
                    "event=toets-evaluatie-mislukt account={} samenwerkingen={} fout={} opnieuw=later",
                    gebeurtenis.gebruikersnaam(),
                    ids.size(),
                    e.toString());
            throw e;
        }
    }
}
